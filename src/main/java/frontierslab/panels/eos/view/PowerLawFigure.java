package frontierslab.panels.eos.view;

import frontierslab.panels.eos.model.PowerLawExperiment.PowerLawSnapshot;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.PowerLawParams;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Ghost;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import frontierslab.sim.Numbers;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code eos-power-law} drawn: in 1-D the iterates x_t on the graph of f = |x|^q (each step a segment from
 * (x_t, f(x_t)) to (x_{t+1}, f(x_{t+1})), so a sign flip is a jump across the minimum), in 2-D the trajectory on the
 * contour plot of (x² + y²)^{q/2}; on both, where η·λ_max = 2 (the lecture's limit) and where it equals the true edge
 * 2(q − 1) (vertical lines in 1-D, circles in 2-D, and their positions in the subtitle). Beside it the loss on a log axis
 * and η·λ_max over the steps with a reference line at 2 and one at the true edge, each labelled; and the run's
 * {@link Cobweb cobweb diagram}, which shows the period-2 orbit at the true edge and whether it attracts or repels.
 */
public final class PowerLawFigure implements ExperimentFigure<PowerLawSnapshot> {

    private final Palette palette;
    private final JFreeChart landscape;
    private final SwitchableSquarePlot plane;
    private final XYSeries graph = new XYSeries("f", false, true);
    private final XYSeries path = new XYSeries("gradient descent", false, true);
    private final TraceSeries pathOnGraph = new TraceSeries(path, "x", "loss", false);
    private final TraceSeries pathOnPlane = new TraceSeries(path, "x", "y", false);
    private final TextTitle where;
    private final Cobweb cobweb;
    private final XYSeriesCollection landscapeData = new XYSeriesCollection();
    private final XYLineAndShapeRenderer landscapeRenderer = new frontierslab.plot.TrajectoryRenderer(true, true);
    private final JFreeChart loss;
    private final JFreeChart etaLambda;
    private final TraceSeries lossSeries;
    private final TraceSeries etaLambdaSeries;
    private final ValueMarker lectureLimit;
    private final ValueMarker trueEdge;
    private final LandscapeLayer layer = new LandscapeLayer(160);
    private final Marks radiusRings;
    private final Marks radiusLabels;
    private PowerLawParams drawnSurface;
    /** The exponent and half-width of the heat map on the plot, or NaN when none is drawn (1-D). */
    private double heatExponent = Double.NaN;
    private double heatHalfWidth = Double.NaN;

    public PowerLawFigure(Palette palette) {
        this.palette = palette;
        XYSeriesCollection data = landscapeData;
        data.addSeries(graph);
        data.addSeries(path);
        XYLineAndShapeRenderer renderer = landscapeRenderer;
        renderer.setSeriesPaint(0, palette.muted());
        renderer.setSeriesStroke(0, palette.line());
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(1, palette.series(0));
        renderer.setSeriesStroke(1, palette.thinLine());
        double r = 2.2 * palette.lineWidth();
        renderer.setSeriesShape(1, new Ellipse2D.Double(-r / 2, -r / 2, r, r));
        plane = new SwitchableSquarePlot(data, Charts.numberAxis("x"), Charts.numberAxis("y"), renderer,
                48 * palette.number("chart-font-scale"));
        landscape = new JFreeChart("f", palette.font(Font.BOLD, 15), plane, true);
        Charts.style(landscape, palette);
        plane.setDomainGridlinesVisible(false);
        plane.setRangeGridlinesVisible(false);
        layer.marks(plane);
        radiusRings = Marks.on(renderer, org.jfree.chart.ui.Layer.BACKGROUND);
        radiusLabels = Marks.on(renderer, org.jfree.chart.ui.Layer.FOREGROUND);
        where = new TextTitle("", palette.font(Font.PLAIN, 12));
        where.setPaint(palette.foreground());
        landscape.addSubtitle(0, where);

        cobweb = new Cobweb(palette);
        loss = Charts.curves(palette, "Loss f(wₜ)", "step t", "f (log scale)", true, "loss");
        etaLambda = Charts.curves(palette, "η·λ_max", "step t", "η·λ_max", false, "η·λ_max");
        XYPlot etaPlot = etaLambda.getXYPlot();
        lectureLimit = Charts.horizontalLine(palette, etaPlot, 2.0, "");
        trueEdge = Charts.horizontalLine(palette, etaPlot, 2.0, "");
        trueEdge.setPaint(palette.alarm());
        trueEdge.setStroke(palette.line());
        trueEdge.setLabelPaint(palette.alarm());
        for (ValueMarker m : List.of(lectureLimit, trueEdge)) {
            etaPlot.removeRangeMarker(m);
            etaPlot.addRangeMarker(m, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        lossSeries = new TraceSeries(series(loss), "step", "loss", true);
        etaLambdaSeries = new TraceSeries(series(etaLambda), "step", "eta_lambda_max", false);
    }

    private static XYSeries series(JFreeChart chart) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
    }

    /** s* of the 2-cycle the cobweb marks, if it shows one. */
    OptionalDouble cobwebOrbit() {
        return cobweb.orbit();
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("landscape", landscape), new FigureChart("loss", loss),
                new FigureChart("eta-lambda-max", etaLambda));
    }

    @Override
    public void show(PowerLawSnapshot s) {
        PowerLawParams p = s.params();
        if (!p.equals(drawnSurface) && (drawnSurface == null || !sameSurface(p, drawnSurface))) {
            drawSurface(p);
        }
        drawnSurface = p;
        if (p.view() == PowerLawParams.View.LANDSCAPE) {
            (p.twoDimensional() ? pathOnPlane : pathOnGraph).update(s.trace());
        }
        if (p.view() == PowerLawParams.View.COBWEB) {
            cobweb.update(s.trace(), p.twoDimensional());
        }
        lossSeries.update(s.trace());
        etaLambdaSeries.update(s.trace());
        scaleEtaLambdaAxis(p, s);
    }

    /** Everything but the number of steps decides the picture behind the path. */
    private static boolean sameSurface(PowerLawParams a, PowerLawParams b) {
        return a.dimension() == b.dimension() && a.view() == b.view() && a.q() == b.q() && a.eta() == b.eta() && a.x0() == b.x0()
                && (a.y0() == b.y0() || !a.twoDimensional());
    }

    /**
     * The half-width of the view: 1.25 times the start's largest coordinate, widened to show the radii where
     * η·λ_max = 2 and where it equals the edge when they lie within 1.5 times the start's distance (farther out they
     * would shrink the path to a dot; the subtitle still gives them). A start at the minimum shows [−1, 1].
     */
    static double halfWidth(PowerLawParams p) {
        double startSize = Math.max(Math.abs(p.x0()), p.twoDimensional() ? Math.abs(p.y0()) : 0);
        double startRadius = p.twoDimensional() ? Math.hypot(p.x0(), p.y0()) : Math.abs(p.x0());
        double reach = startSize;
        for (double target : new double[] {2, p.edgeOfStability()}) {
            OptionalDouble r = p.radiusWhereEtaLambdaMaxIs(target);
            if (r.isPresent() && r.getAsDouble() <= 1.5 * startRadius) {
                reach = Math.max(reach, r.getAsDouble());
            }
        }
        // a start at the minimum itself (allowed for q ≥ 2) gives no scale of its own: show the unit square
        return reach > 0 ? 1.25 * reach : 1.0;
    }

    private void drawSurface(PowerLawParams p) {
        plane.setDataset(0, landscapeData);
        plane.setRenderer(0, landscapeRenderer);
        path.clear();
        pathOnGraph.restart();
        pathOnPlane.restart();
        XYLineAndShapeRenderer renderer = landscapeRenderer;
        plane.clearDomainMarkers();
        double h = halfWidth(p);
        double q = p.q();
        plane.getDomainAxis().setRange(-h, h);
        plane.setEqualScales(p.twoDimensional());
        renderer.setSeriesVisibleInLegend(0, !p.twoDimensional());
        graph.clear();
        if (p.twoDimensional()) {
            plane.getDomainAxis().setLabel("x");
            plane.getRangeAxis().setLabel("y");
            plane.getRangeAxis().setRange(-h, h);
            if (q != heatExponent || h != heatHalfWidth) {
                layer.draw(plane, palette, PowerLawExperiment.surface(p), true, 12);
                heatExponent = q;
                heatHalfWidth = h;
            }
            landscape.getTitle().setText("f = (x² + y²)^" + compact(q / 2));
        } else {
            if (!Double.isNaN(heatExponent)) {
                layer.marks(plane).clear();
                heatExponent = Double.NaN;
                heatHalfWidth = Double.NaN;
            }
            plane.getDomainAxis().setLabel("x");
            plane.getRangeAxis().setLabel("f(x) = |x|^q");
            DoubleUnaryOperator f = PowerLawExperiment.curve(p);
            double top = f.applyAsDouble(h);
            plane.getRangeAxis().setRange(-0.04 * top, 1.08 * top);
            graph.setNotify(false);
            int n = 400;
            for (int i = 0; i <= n; i++) {
                double x = -h + 2 * h * i / n;
                graph.add(x, f.applyAsDouble(x), false);
            }
            graph.setNotify(true);
            landscape.getTitle().setText("f(x) = |x|^" + compact(q));
        }
        if (p.view() == PowerLawParams.View.COBWEB) {
            drawCobweb(p, h);
            return;
        }
        double shown = h;
        boolean offView = p.radiusWhereEtaLambdaMaxIs(2).stream().anyMatch(r -> r > shown);
        where.setText(edgeSentence(p) + (offView ? "  (off the view)" : ""));
        String name = p.twoDimensional() ? "η·λ_max = " : "ηf'' = ";
        List<XYAnnotation> rings = new ArrayList<>();
        List<XYAnnotation> labels = new ArrayList<>();
        plane.clearDomainMarkers();
        markRadius(p, 2, palette.reference(), palette.dashed(), name + "2", rings, labels);
        if (p.edgeOfStability() != 2) {
            markRadius(p, p.edgeOfStability(), palette.alarm(), palette.line(), name + compact(p.edgeOfStability()),
                    rings, labels);
        }
        radiusRings.set(rings);
        radiusLabels.set(labels);
        loss.getTitle().setText(p.twoDimensional() ? "Loss f(wₜ)" : "Loss f(xₜ)");
        etaLambda.getTitle().setText(p.twoDimensional() ? "η·λ_max(wₜ)" : "η·λ_max = η f''(xₜ)");
    }

    /** The main chart as the cobweb diagram, on the square [−h, h]², with the loss and η·λ_max charts' titles. */
    private void drawCobweb(PowerLawParams p, double landscapeHalfWidth) {
        double h = cobwebHalfWidth(p, landscapeHalfWidth);
        plane.clearDomainMarkers();
        plane.setEqualScales(true);
        plane.getDomainAxis().setRange(-h, h);
        plane.getRangeAxis().setRange(-h, h);
        cobweb.drawMap(p, h);
        cobweb.showOn(plane);
        landscape.getTitle().setText(Cobweb.title(p));
        where.setText(cobweb.subtitle());
        loss.getTitle().setText(p.twoDimensional() ? "Loss f(wₜ)" : "Loss f(xₜ)");
        etaLambda.getTitle().setText(p.twoDimensional() ? "η·λ_max(wₜ)" : "η·λ_max = η f''(xₜ)");
    }

    /**
     * The cobweb's half-width: the landscape's, widened to 1.25 times the start's distance (in 2-D the start's
     * coordinates are smaller than its distance), and to 1.6 s* when the 2-cycle ±s* lies within twice the start's
     * distance, so that a staircase spiralling out of it, or into it from outside, makes several visible turns first.
     */
    static double cobwebHalfWidth(PowerLawParams p, double landscapeHalfWidth) {
        double start = p.twoDimensional() ? Math.hypot(p.x0(), p.y0()) : Math.abs(p.x0());
        OptionalDouble orbit = PowerLawExperiment.periodTwoAmplitude(p);
        double h = Math.max(landscapeHalfWidth, 1.25 * start);
        if (orbit.isPresent() && orbit.getAsDouble() <= 2 * start) {
            return Math.max(h, 1.6 * orbit.getAsDouble());
        }
        return h;
    }

    /**
     * The subtitle: where η·λ_max equals 2 and where it equals the edge, as distances to the minimum ("ηf'' = 2 at
     * |x| = 0.2367, 2.2 (edge) at 0.6139").
     */
    static String edgeSentence(PowerLawParams p) {
        String r = p.twoDimensional() ? "r" : "|x|";
        String name = p.twoDimensional() ? "η·λ_max" : "ηf''";
        if (p.q() == 2) {
            return "q = 2: " + name + " = " + compact(p.etaLambdaMaxAtRadius(1)) + " everywhere";
        }
        String atTwo = name + " = 2 at " + r + " = " + Readout.format(p.radiusWhereEtaLambdaMaxIs(2).orElseThrow());
        if (p.edgeOfStability() == 2) {
            return atTwo + " (the edge)";
        }
        return atTwo + ", " + compact(p.edgeOfStability()) + " (edge) at "
                + Readout.format(p.radiusWhereEtaLambdaMaxIs(p.edgeOfStability()).orElseThrow());
    }

    /** A number in at most four significant digits without trailing zeros: 2.1, not 2.100. */
    static String compact(double v) {
        return Numbers.compact(v, 4);
    }

    private void markRadius(PowerLawParams p, double target, Color colour, Stroke stroke, String label,
                            List<XYAnnotation> rings, List<XYAnnotation> labels) {
        OptionalDouble at = p.radiusWhereEtaLambdaMaxIs(target);
        if (at.isEmpty()) {
            return;
        }
        double r = at.getAsDouble();
        double h = plane.getDomainAxis().getUpperBound();
        if (r > h * 1.5) {
            return;
        }
        if (p.twoDimensional()) {
            XYShapeAnnotation circle = new XYShapeAnnotation(new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), stroke, colour);
            rings.add(circle);
            if (r < 0.92 * h) {
                XYTextAnnotation text = new XYTextAnnotation(label, 0, r);
                text.setFont(palette.font(Font.BOLD, 12));
                text.setPaint(colour);
                text.setBackgroundPaint(palette.withAlpha(palette.background(), 0.8));
                text.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                labels.add(text);
            }
        } else {
            for (double x : new double[] {-r, r}) {
                ValueMarker line = new ValueMarker(x, colour, stroke);
                if (x > 0) {
                    line.setLabel(label);
                    line.setLabelFont(palette.font(Font.BOLD, 12));
                    line.setLabelPaint(colour);
                    // both labels inside the line, the edge's one row lower, so that neither is cut nor overlaps
                    line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                    double row = target == 2 ? 2 : 2 + 22 * palette.number("chart-font-scale");
                    line.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(row, 4, 2, 4));
                }
                plane.addDomainMarker(line);
            }
        }
    }

    private void scaleEtaLambdaAxis(PowerLawParams p, PowerLawSnapshot s) {
        double edge = p.edgeOfStability();
        lectureLimit.setLabel(edge == 2 ? "lecture's limit 2 = the edge" : "lecture's limit 2");
        trueEdge.setValue(edge);
        trueEdge.setLabel(edge == 2 ? "" : "edge 2(q−1) = " + compact(edge));
        // the upper line's label above it, the lower one's below it, so that they never overlap
        placeLabel(lectureLimit, 2 >= edge);
        placeLabel(trueEdge, edge > 2);
        double top = Math.max(2, edge);
        double largest = 0;
        for (double v : s.trace().columnValues("eta_lambda_max")) {
            largest = Math.max(largest, v);
        }
        etaLambda.getXYPlot().getRangeAxis().setRange(0, Math.min(Math.max(1.35 * top, 1.1 * largest), 3 * top));
    }

    private static void placeLabel(ValueMarker marker, boolean above) {
        marker.setLabelAnchor(above ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
    }

    /**
     * The loss and η·λ_max; not the landscape, whose axes, dimension and view (graph, plane or cobweb) change with
     * the parameters, so that an earlier path on it could mean another thing.
     */
    @Override
    public List<Ghost.Source> ghostSources() {
        return List.of(new Ghost.Source("loss", 0), new Ghost.Source("eta-lambda-max", 0));
    }

    @Override
    public List<Readout> readouts(PowerLawSnapshot s) {
        double edge = s.params().edgeOfStability();
        return List.of(
                Readout.stability("eta-lambda-max", "η·λ_max", s.etaLambdaMaxNow(), edge, 2 * Math.max(2, edge),
                        s.status().isDiverged()),
                Readout.count("step", "step", s.step()),
                Readout.number("loss", "loss", s.lossNow(), ""));
    }
}
