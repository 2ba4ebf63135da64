package frontierslab.panels.eos.view;

import frontierslab.math.eos.Valley;
import frontierslab.math.eos.ValleyPoint;
import frontierslab.panels.eos.model.ValleyExperiment.ValleySnapshot;
import frontierslab.panels.eos.model.ValleyParams;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Ghost;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code eos-valley} drawn: the contour plot of L with the valley of minima drawn in segments coloured by their
 * sharpness (green well below 2/η, orange at 2/η, red well above), the minima where the sharpness equals 2/η as black
 * dots, the trajectory (drag its start), where gradient flow from the start would stop (hollow circle) and where GD
 * stopped (filled). Beside it D = w₁² − w₂² over the steps (on the ellipse, which has no such D, the residual
 * 1 − a x² − y² across the valley instead), and the sharpness over the steps: λ_max at the iterate (it oscillates) and
 * λ of the gradient-flow limit (it shows the drift), with the 2/η line.
 */
public final class ValleyFigure implements ExperimentFigure<ValleySnapshot> {

    /** Segments of the drawn valley per branch. */
    private static final int VALLEY_VERTICES = 240;
    /** Up to this many iterates the trajectory shows a dot at each. */
    private static final int DOTTED_ITERATES = 600;
    /** Sharpness ratios s·η/2 at which the colour is fully green (1/3) or fully red (3). */
    private static final double COLOUR_SPAN = 3;

    private static final String FLOW_END = "gradient flow's end";
    private static final String GD_NOW = "GD now";

    private final Palette palette;
    private final JFreeChart landscape;
    private final JFreeChart balance;
    private final JFreeChart sharpness;
    private final LandscapeLayer layer = new LandscapeLayer(140);
    private final TextTitle legend;
    private final TraceSeries path;
    private final TraceSeries balanceSeries;
    private final TraceSeries residualSeries;
    private final TraceSeries sharpnessSeries;
    private final TraceSeries flowLimitSeries;
    private final ValueMarker twoOverEta;
    private Marks valleyLine;
    private Marks valleyDots;
    private final List<double[]> dots = new ArrayList<>();
    private ValleyParams drawnSurface;
    private ValleyParams drawnValley;
    private ValleyParams drawnEnds;
    private long drawnEndStep = -1;

    public ValleyFigure(Palette palette) {
        this.palette = palette;
        landscape = Charts.plane(palette, "L", "w₁", "w₂", -1, 1, -1, 1, "gradient descent", FLOW_END, GD_NOW);
        legend = new TextTitle("", palette.font(Font.PLAIN, 12));
        legend.setPaint(palette.foreground());
        landscape.addSubtitle(0, legend);
        balance = Charts.curves(palette, "D", "step t", "D", false, "D");
        sharpness = Charts.curves(palette, "Sharpness", "step t", "λ", false, "λ_max at wₜ",
                "λ of the gradient-flow limit of wₜ");
        twoOverEta = Charts.horizontalLine(palette, sharpness.getXYPlot(), 1, "");
        sharpness.getXYPlot().removeRangeMarker(twoOverEta);
        sharpness.getXYPlot().addRangeMarker(twoOverEta, Layer.BACKGROUND);
        // the drifting flow-limit curve thick and on top of the oscillating λ_max(wₜ)
        sharpness.getXYPlot().setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        var sharpnessRenderer = sharpness.getXYPlot().getRenderer();
        sharpnessRenderer.setSeriesStroke(0, palette.thinLine());
        sharpnessRenderer.setSeriesPaint(0, palette.series(0));
        sharpnessRenderer.setSeriesPaint(1, palette.series(1));
        sharpnessRenderer.setSeriesStroke(1, new BasicStroke(1.5f * palette.lineWidth(), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        path = new TraceSeries(series(landscape, 0), "w1", "w2", false);
        balanceSeries = new TraceSeries(series(balance, 0), "step", "d", false);
        residualSeries = new TraceSeries(series(balance, 0), "step", "residual", false);
        sharpnessSeries = new TraceSeries(series(sharpness, 0), "step", "sharpness", false);
        flowLimitSeries = new TraceSeries(series(sharpness, 1), "step", "flow_limit_sharpness", false);
        var pathRenderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) landscape.getXYPlot().getRenderer();
        pathRenderer.setSeriesStroke(0, palette.thinLine());
        double r = 1.2 * palette.lineWidth();
        pathRenderer.setSeriesShape(0, new Ellipse2D.Double(-r / 2, -r / 2, r, r));
        double big = 6 * palette.lineWidth();
        for (int i = 1; i <= 2; i++) {
            pathRenderer.setSeriesLinesVisible(i, false);
            pathRenderer.setSeriesShape(i, new Ellipse2D.Double(-big / 2, -big / 2, big, big));
        }
        pathRenderer.setSeriesPaint(1, palette.series(1));
        pathRenderer.setSeriesShapesFilled(1, false);
        pathRenderer.setSeriesStroke(1, palette.line());
        pathRenderer.setSeriesPaint(2, palette.series(0));
        pathRenderer.setUseOutlinePaint(true);
        pathRenderer.setSeriesOutlinePaint(1, palette.series(1));
        pathRenderer.setSeriesOutlineStroke(1, palette.line());
        pathRenderer.setSeriesOutlinePaint(2, palette.foreground());
        pathRenderer.setSeriesOutlineStroke(2, palette.thinLine());
        pathRenderer.setSeriesOutlinePaint(0, palette.series(0));
        pathRenderer.setSeriesVisibleInLegend(0, false);
    }

    private org.jfree.chart.renderer.xy.XYLineAndShapeRenderer pathRenderer() {
        return (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) landscape.getXYPlot().getRenderer();
    }

    /** The centres of the dots drawn where the valley's sharpness equals 2/η. */
    List<double[]> twoOverEtaDots() {
        return dots.stream().map(double[]::clone).toList();
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("landscape", landscape), new FigureChart("balance", balance),
                new FigureChart("sharpness", sharpness));
    }

    /**
     * The square shown, {lower, upper} on both axes, fixed per surface so that dragging the start never moves the axes:
     * for the product model the first quadrant, where its presets move, with the flattest minimum (−√y, −√y) of the
     * other branch; the whole ellipse otherwise.
     */
    public static double[] bounds(ValleyParams p) {
        if (p.product()) {
            return new double[] {-1.5, 6.5};
        }
        double h = Math.max(1.6, 1.3 / Math.sqrt(p.a()));
        return new double[] {-h, h};
    }

    @Override
    public void show(ValleySnapshot s) {
        ValleyParams p = s.params();
        XYPlot plot = landscape.getXYPlot();
        boolean surfaceChanged = drawnSurface == null || !p.sameSurface(drawnSurface);
        if (surfaceChanged) {
            double[] box = bounds(p);
            plot.getDomainAxis().setRange(box[0], box[1]);
            plot.getRangeAxis().setRange(box[0], box[1]);
            plot.getDomainAxis().setLabel(p.product() ? "w₁" : "x = w₁");
            plot.getRangeAxis().setLabel(p.product() ? "w₂" : "y = w₂");
            var loss = p.valley().landscape();
            layer.draw(plot, palette, (x, y) -> loss.value(new double[] {x, y}), true, 12);
            landscape.getTitle().setText(p.product()
                    ? (p.loss() == frontierslab.math.landscape.ProductValley.Loss.LOG_COSH ? "L = log cosh(w₁w₂ − y)"
                    : "L = ½(w₁w₂ − y)²") + ", y = " + PowerLawFigure.compact(p.y())
                    : "L = (1 − a x² − y²)², a = " + PowerLawFigure.compact(p.a()));
            balance.getTitle().setText(p.product() ? "D = w₁² − w₂² (gradient flow keeps it)"
                    : "Across the valley: 1 − a x² − y² (no D here)");
            balance.getXYPlot().getRangeAxis().setLabel(p.product() ? "D" : "1 − a x² − y²");
            drawnSurface = p;
            drawnValley = null;
        }
        if (drawnValley == null || !p.sameSurface(drawnValley) || p.eta() != drawnValley.eta()) {
            drawValley(p);
            drawnValley = p;
        }
        if (!p.equals(drawnEnds) || s.step() != drawnEndStep) {
            drawEnds(p, s);
            drawnEnds = p;
            drawnEndStep = s.step();
        }
        path.update(s.trace());
        // a dot per iterate while they can be told apart; beyond that the zig-zag line says the same, faster
        pathRenderer().setSeriesShapesVisible(0, s.trace().rows() <= DOTTED_ITERATES);
        (p.product() ? balanceSeries : residualSeries).update(s.trace());
        sharpnessSeries.update(s.trace());
        flowLimitSeries.update(s.trace());
        twoOverEta.setValue(p.twoOverEta());
        twoOverEta.setLabel("2/η = " + PowerLawFigure.compact(p.twoOverEta()));
        scaleAxes(p, s);
    }

    /** The valley in segments coloured by sharpness and the minima where it equals 2/η. */
    private void drawValley(ValleyParams p) {
        if (valleyLine == null) {
            valleyLine = Marks.cachedOn(landscape.getXYPlot(), Layer.BACKGROUND);
            valleyDots = Marks.on(landscape.getXYPlot(), Layer.FOREGROUND);
        }
        List<XYAnnotation> line = new ArrayList<>();
        List<XYAnnotation> minima = new ArrayList<>();
        dots.clear();
        Valley valley = p.valley();
        double[] box = bounds(p);
        double edge = p.twoOverEta();
        BasicStroke thick = new BasicStroke(2.2f * palette.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (List<ValleyPoint> piece : valley.minimaInside(box[0], box[1], box[0], box[1], VALLEY_VERTICES)) {
            for (int i = 0; i + 1 < piece.size(); i++) {
                ValleyPoint a = piece.get(i);
                ValleyPoint b = piece.get(i + 1);
                Color colour = sharpnessColour(0.5 * (a.sharpness() + b.sharpness()), edge);
                line.add(new XYLineAnnotation(a.w1(), a.w2(), b.w1(), b.w2(), thick, colour));
            }
        }
        double dot = 4.5 * palette.lineWidth();
        for (double[] m : valley.minimaWithSharpness(edge)) {
            if (m[0] < box[0] || m[0] > box[1] || m[1] < box[0] || m[1] > box[1]) {
                continue;
            }
            minima.add(new XYShapeAnnotation(circle(m, dot, landscape.getXYPlot()), palette.thinLine(),
                    palette.background(), palette.reference()));
            dots.add(m.clone());
        }
        valleyLine.set(line);
        valleyDots.set(minima);

        legend.setText("valley coloured by λ: green < 2/η = " + PowerLawFigure.compact(edge) + " < red;  ● λ = 2/η");
    }

    /** The minimum gradient flow reaches from the start (hollow) and GD's last iterate (filled), with λ in the legend. */
    private void drawEnds(ValleyParams p, ValleySnapshot s) {
        Valley valley = p.valley();
        XYSeries flowEnd = series(landscape, 1);
        XYSeries gdNow = series(landscape, 2);
        flowEnd.clear();
        gdNow.clear();
        Optional<double[]> flow = valley.gradientFlowLimit(p.start());
        flow.ifPresent(m -> flowEnd.add(m[0], m[1]));
        flowEnd.setKey(flow.map(m -> FLOW_END + ", λ = " + PowerLawFigure.compact(valley.sharpnessAtMinimum(m)))
                .orElse(FLOW_END));
        if (!s.trace().isEmpty() && s.step() > 0) {
            gdNow.add(s.now("w1"), s.now("w2"));
            gdNow.setKey(GD_NOW + ", λ = " + PowerLawFigure.compact(s.now("sharpness")));
        } else {
            gdNow.setKey(GD_NOW);
        }
    }

    /** A circle of {@code pixels} diameter at point m, in data units of the plot's (square) axes at a 640-pixel side. */
    private static Ellipse2D circle(double[] m, double pixels, XYPlot plot) {
        double r = 0.5 * pixels * plot.getDomainAxis().getRange().getLength() / 640;
        return new Ellipse2D.Double(m[0] - r, m[1] - r, 2 * r, 2 * r);
    }

    /**
     * The colour of sharpness s against 2/η: the good colour at s ≤ (2/η)/3, orange at 2/η, the alarm colour at
     * s ≥ 3·(2/η), mixed on a log scale between.
     */
    Color sharpnessColour(double s, double twoOverEta) {
        double t = 0.5 + 0.5 * Math.log(s / twoOverEta) / Math.log(COLOUR_SPAN);
        t = Math.max(0, Math.min(1, t));
        Color middle = palette.series(4);
        return t < 0.5 ? Palette.mix(palette.good(), middle, 2 * t) : Palette.mix(middle, palette.alarm(), 2 * t - 1);
    }

    /**
     * The curve charts' vertical ranges: automatic, except that a diverged run's last values (which grow without
     * bound) are left off the top, so that the steps before them stay readable.
     */
    private void scaleAxes(ValleyParams p, ValleySnapshot s) {
        boolean diverged = s.status().isDiverged();
        XYPlot sp = sharpness.getXYPlot();
        XYPlot bp = balance.getXYPlot();
        if (!diverged) {
            sp.getRangeAxis().setAutoRange(true);
            bp.getRangeAxis().setAutoRange(true);
            double top = Math.max(sp.getRangeAxis().getUpperBound(), 1.15 * p.twoOverEta());
            sp.getRangeAxis().setRange(Math.min(0, sp.getRangeAxis().getLowerBound()), top);
            return;
        }
        double startSharpness = s.trace().get(0, "sharpness");
        double startFlow = s.trace().get(0, "flow_limit_sharpness");
        double top = 3 * Math.max(p.twoOverEta(), Math.max(startSharpness, startFlow));
        sp.getRangeAxis().setRange(0, top);
        String column = p.product() ? "d" : "residual";
        double start = Math.abs(s.trace().get(0, column));
        double span = 3 * Math.max(1, start);
        bp.getRangeAxis().setRange(-span, span);
    }

    /**
     * The path (its legend, full with the two end points, leaves the ghost's name to the charts beside it), D (or the
     * residual), λ_max at wₜ and the flow limit's λ; not the end points or the valley.
     */
    @Override
    public List<Ghost.Source> ghostSources() {
        return List.of(new Ghost.Source("landscape", 0, false), new Ghost.Source("balance", 0),
                new Ghost.Source("sharpness", 0), new Ghost.Source("sharpness", 1));
    }

    @Override
    public List<Readout> readouts(ValleySnapshot s) {
        double eta = s.params().eta();
        return List.of(
                Readout.count("step", "step", s.step()),
                Readout.stability("eta-lambda-max", "η·λ_max(wₜ)", eta * s.now("sharpness"), 2, 4,
                        s.status().isDiverged()),
                Readout.stability("eta-lambda-flow", "η·λ of the flow limit", eta * s.now("flow_limit_sharpness"), 2, 4,
                        s.status().isDiverged()));
    }

    @Override
    public Optional<DragHandle> dragHandle() {
        return Optional.of(new DragHandle("landscape", "w1", "w2"));
    }
}
