package frontierslab.panels.sam.view;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.Sam;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.panels.sam.model.TwoBasinExperiment.UpdateParts;
import frontierslab.panels.sam.model.TwoBasinMinima;
import frontierslab.panels.sam.model.TwoBasinParams.View;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.InsideTextAnnotation;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import frontierslab.sim.Trace;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code sam-two-basin} drawn, in two charts.
 *
 * <p>The contour plot of L (framing both wells, the sharp well, or SAM's next update up close, as the view control
 * says) with both trajectories (drag or click to move their common start), the two minima marked and labelled from
 * their computed values and Hessian eigenvalues, and SAM's next update (Foret et al., ICLR 2021) taken apart at its
 * current iterate w, each part with its own colour and line pattern ({@link Part}): the ball ‖ε‖ ≤ ρ, the gradient
 * ∇L(w), the first-order perturbation ε̂ = ρ∇L(w)/‖∇L(w)‖ to w + ε̂, the gradient ∇L(w + ε̂) there, SAM's step
 * −η∇L(w + ε̂) and GD's step −η∇L(w) from the same w. Up close the frame is SAM's step itself; what lies beyond it
 * (w + ε̂, the end of GD's step) is marked where its arrow leaves the view, with its distance.
 *
 * <p>The run over the steps, three panels on one step axis: the loss L(wₜ), the distance of each iterate to A (solid)
 * and to B (dotted), and the sharpness λ_max(∇²L(wₜ)) with the line 2/η below which gradient descent can rest in a
 * minimum. SAM is blue and GD vermillion throughout, as in the lecture's figure; twins are dashed.
 */
public final class TwoBasinFigure implements ExperimentFigure<TwoBasinSnapshot> {

    private static final double H = TwoBasinExperiment.PLOT_HALF_WIDTH;
    /** Half the side of the square around A in the sharp-well view. */
    public static final double SHARP_WELL_HALF_WIDTH = 1.5;
    private static final int SAM = 0;
    private static final int GD = 1;
    private static final int TWIN_SAM = 2;
    private static final int TWIN_GD = 3;
    /** The stages of one SAM update, drawn one after another when Step animates it. */
    static final int STAGES = 3;
    /** The up-close frame's half-side when SAM's update is (nearly) zero. */
    static final double UP_CLOSE_MIN_HALF_WIDTH = 1e-6;

    private final Palette palette;
    private final JFreeChart landscape;
    private final JFreeChart run;
    private final XYPlot lossPlot;
    private final XYPlot distancePlot;
    private final XYPlot sharpnessPlot;
    private final LandscapeLayer layer = new LandscapeLayer(160);
    private final List<TraceSeries> always = new ArrayList<>();
    private final List<TraceSeries> twins = new ArrayList<>();
    private final ValueMarker stabilityLine;
    private final Marks updateMarks;
    private UpdateParts shownUpdate;
    private boolean shownUpClose;
    private final Marks viewMarks;
    private final Marks distanceLabels;
    private double[] framed;

    public TwoBasinFigure(Palette palette) {
        this.palette = palette;
        landscape = Charts.plane(palette, "Demo 2: GD and SAM from one start", "x₁", "x₂", -H, H, -H, H,
                "SAM", "GD", "SAM twin", "GD twin");
        XYPlot plane = landscape.getXYPlot();
        styleTrajectories((XYLineAndShapeRenderer) plane.getRenderer());
        markMinimum(plane, TwoBasinMinima.SHARP);
        markMinimum(plane, TwoBasinMinima.FLAT);
        layer.marks(plane);
        viewMarks = Marks.on(plane, Layer.FOREGROUND);
        updateMarks = Marks.on(plane, Layer.FOREGROUND);
        path(plane, SAM, "sam", always);
        path(plane, GD, "gd", always);
        path(plane, TWIN_SAM, "twin_sam", twins);
        path(plane, TWIN_GD, "twin_gd", twins);

        lossPlot = panel("L(wₜ)", "SAM", "GD", "SAM twin");
        distancePlot = panel("distance", "SAM → A", "GD → A", "SAM twin → A", "SAM → B", "GD → B");
        sharpnessPlot = panel("λ_max", "SAM", "GD");
        styleCurves(lossPlot.getRenderer(), false);
        styleCurves(distancePlot.getRenderer(), true);
        styleCurves(sharpnessPlot.getRenderer(), false);
        distanceLabels = Marks.on(distancePlot, Layer.FOREGROUND);
        curve(lossPlot, SAM, "sam_loss", always);
        curve(lossPlot, GD, "gd_loss", always);
        curve(lossPlot, TWIN_SAM, "twin_sam_loss", twins);
        curve(distancePlot, 0, "sam_distance_sharp", always);
        curve(distancePlot, 1, "gd_distance_sharp", always);
        curve(distancePlot, 2, "twin_sam_distance_sharp", twins);
        curve(distancePlot, 3, "sam_distance_flat", always);
        curve(distancePlot, 4, "gd_distance_flat", always);
        curve(sharpnessPlot, SAM, "sam_sharpness", always);
        curve(sharpnessPlot, GD, "gd_sharpness", always);
        stabilityLine = Charts.horizontalLine(palette, sharpnessPlot, 20, "2/η");
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(frontierslab.plot.RoundAxis.steps("step t"));
        combined.setGap(12);
        combined.add(lossPlot, 1);
        combined.add(distancePlot, 1);
        combined.add(sharpnessPlot, 1);
        combined.setFixedLegendItems(runLegend(false));
        run = new JFreeChart("Loss, distance, sharpness", palette.font(Font.BOLD, 15), combined, true);
        Charts.style(run, palette);
    }

    /** One panel of the run chart: a curve chart's plot, styled by {@link Charts#curves}. */
    private XYPlot panel(String yLabel, String... series) {
        XYPlot plot = Charts.curves(palette, "", "step t", yLabel, false, series).getXYPlot();
        return plot;
    }

    private void styleTrajectories(XYLineAndShapeRenderer renderer) {
        renderer.setSeriesPaint(SAM, palette.series(0));
        renderer.setSeriesPaint(GD, palette.series(1));
        renderer.setSeriesPaint(TWIN_SAM, palette.series(5));
        renderer.setSeriesPaint(TWIN_GD, palette.withAlpha(palette.series(1), 0.6));
        renderer.setSeriesShapesVisible(TWIN_SAM, false);
        renderer.setSeriesShapesVisible(TWIN_GD, false);
        renderer.setSeriesStroke(TWIN_SAM, palette.dashed());
        renderer.setSeriesStroke(TWIN_GD, palette.dashed());
    }

    private void styleCurves(XYItemRenderer renderer, boolean distances) {
        renderer.setSeriesPaint(0, palette.series(0));
        renderer.setSeriesPaint(1, palette.series(1));
        renderer.setSeriesPaint(2, palette.series(5));
        renderer.setSeriesStroke(2, palette.dashed());
        if (distances) {
            renderer.setSeriesPaint(3, palette.series(0));
            renderer.setSeriesPaint(4, palette.series(1));
            // square dots: round ones cost the rasteriser a curve each
            Stroke dotted = new BasicStroke(palette.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f,
                    new float[] {palette.lineWidth(), 2.5f * palette.lineWidth()}, 0f);
            renderer.setSeriesStroke(3, dotted);
            renderer.setSeriesStroke(4, dotted);
        }
    }

    private static void path(XYPlot plot, int index, String prefix, List<TraceSeries> into) {
        into.add(new TraceSeries(series(plot, index), prefix + "_x1", prefix + "_x2", false));
    }

    private static void curve(XYPlot plot, int index, String column, List<TraceSeries> into) {
        into.add(new TraceSeries(series(plot, index), "step", column, false));
    }

    private static XYSeries series(XYPlot plot, int i) {
        return ((XYSeriesCollection) plot.getDataset()).getSeries(i);
    }

    private void markMinimum(XYPlot plot, TwoBasinMinima.Basin basin) {
        double r = 0.06;
        Path2D.Double cross = new Path2D.Double();
        cross.moveTo(basin.x1() - r, basin.x2() - r);
        cross.lineTo(basin.x1() + r, basin.x2() + r);
        cross.moveTo(basin.x1() - r, basin.x2() + r);
        cross.lineTo(basin.x1() + r, basin.x2() - r);
        plot.getRenderer().addAnnotation(new XYShapeAnnotation(cross, palette.line(), palette.foreground()),
                Layer.FOREGROUND);
        plot.getRenderer().addAnnotation(text(basin.letter(), basin.x1(), basin.x2(), TextAnchor.TOP_RIGHT, Font.BOLD,
                palette.foreground()), Layer.FOREGROUND);
    }

    /**
     * "A: sharp, global min" and "L = −5.00, λ = 50.0, 50.0", two lines for a corner, and a third, "at (2.00, 2.00)",
     * when the minimum is outside the frame.
     */
    static String[] labelLines(TwoBasinMinima.Basin b, double[] frame) {
        boolean inside = b.x1() >= frame[0] && b.x1() <= frame[1] && b.x2() >= frame[2] && b.x2() <= frame[3];
        String head = b.letter() + ": " + b.sharpness() + ", " + b.kind() + " min";
        String numbers = "L = " + short3(b.loss()) + ", λ = " + short3(b.largerCurvature()) + ", "
                + short3(b.smallerCurvature());
        return inside ? new String[] {head, numbers}
                : new String[] {head, numbers, "at (" + short3(b.x1()) + ", " + short3(b.x2()) + "), off this view"};
    }

    /** Three significant digits, with a true minus sign. */
    static String short3(double v) {
        return frontierslab.sim.Numbers.format(v);
    }

    private XYTextAnnotation text(String s, double x, double y, TextAnchor anchor, int style, Color colour) {
        XYTextAnnotation t = new InsideTextAnnotation(s, x, y);
        t.setFont(palette.font(style, 11));
        t.setPaint(colour);
        t.setBackgroundPaint(palette.withAlpha(palette.background(), 0.75));
        t.setTextAnchor(anchor);
        return t;
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("landscape", landscape), new FigureChart("run", run));
    }

    @Override
    public void show(TwoBasinSnapshot s) {
        Trace.View view = s.trace();
        for (TraceSeries t : always) {
            t.update(view);
        }
        boolean twin = s.params().twin();
        for (TraceSeries t : twins) {
            if (twin) {
                t.update(view);
            } else {
                t.series().clear();
            }
        }
        boolean upClose = s.params().view() == View.SAM_UPDATE;
        landscape.getXYPlot().setFixedLegendItems(legend(twin, upClose));
        ((CombinedDomainXYPlot) run.getXYPlot()).setFixedLegendItems(runLegend(twin));
        XYItemRenderer paths = landscape.getXYPlot().getRenderer();
        double alpha = s.params().view() == View.SAM_UPDATE ? 0.35 : 1.0;
        paths.setSeriesPaint(SAM, palette.withAlpha(palette.series(0), alpha));
        paths.setSeriesPaint(GD, palette.withAlpha(palette.series(1), alpha));
        frame(frameFor(s), s.params().view());
        shownUpdate = s.next();
        shownUpClose = upClose;
        drawUpdate(s.next(), upClose, STAGES);
        labelDistances(view);
        double eta = s.params().eta();
        stabilityLine.setValue(2 / eta);
        stabilityLine.setLabel("2/η = " + Readout.format(2 / eta));
        double top = Math.max(2 / eta, TwoBasinMinima.SHARP.largerCurvature()) * 1.12;
        sharpnessPlot.getRangeAxis().setRange(Math.min(0, lowest(view)) - 0.02 * top, top);
    }

    /** SAM and GD, and SAM's twin (drawn in the loss and distance panels) when twins are on. */
    private LegendItemCollection runLegend(boolean twin) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("SAM", legendBar(), palette.series(0)));
        items.add(item("GD", legendBar(), palette.series(1)));
        if (twin) {
            items.add(item("SAM twin", dashedBar(), palette.series(5)));
        }
        return items;
    }

    /** The paths, then, up close, the parts of SAM's next update, each with its colour and line pattern. */
    private LegendItemCollection legend(boolean twin, boolean upClose) {
        LegendItemCollection items = new LegendItemCollection();
        double w = 6 * palette.lineWidth();
        Shape bar = legendBar();
        Shape dot = new Ellipse2D.Double(-w / 2, -w / 2, w, w);
        items.add(item("SAM", bar, palette.series(0)));
        items.add(item("GD", bar, palette.series(1)));
        if (twin) {
            items.add(item("twins", dashedBar(), palette.series(5)));
        }
        for (Part part : upClose ? Part.values() : new Part[0]) {
            LegendItem entry = part.marker() ? item(part.label, dot, part.colour(palette))
                    : Legends.line(part.label, part.stroke(palette), part.colour(palette));
            entry.setLabelFont(palette.font(Font.PLAIN, 12));
            entry.setLabelPaint(palette.foreground());
            items.add(entry);
        }
        return items;
    }

    /** A bar with gaps, for the dashed arrow of GD's step. */
    private Shape dashedBar() {
        double w = 6 * palette.lineWidth();
        double h = palette.lineWidth();
        java.awt.geom.Path2D.Double dashes = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < 3; i++) {
            dashes.append(new Rectangle2D.Double(-w + i * (2 * w / 3), -h, w / 2, 2 * h), false);
        }
        return dashes;
    }

    private Shape legendBar() {
        double w = 6 * palette.lineWidth();
        return new Rectangle2D.Double(-w, -palette.lineWidth(), 2 * w, 2 * palette.lineWidth());
    }

    private LegendItem item(String label, Shape shape, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, shape, colour);
        item.setLabelFont(palette.font(Font.PLAIN, 12));
        item.setLabelPaint(palette.foreground());
        return item;
    }

    /**
     * {xMin, xMax, yMin, yMax} of the contour plot for the snapshot's view. Up close, a square centred on SAM's update
     * w → w − η∇L(w + ε̂) whose half-side is the update's larger component, so that the update spans half the plot
     * (at the lecture's settings it is 0.004 long, against ρ = 0.5: the ball and w + ε̂ are then off the view, and
     * their arrows say so at the edge).
     */
    static double[] frameFor(TwoBasinSnapshot s) {
        View v = s.params().view();
        if (v == View.BOTH_WELLS) {
            return new double[] {-H, H, -H, H};
        }
        if (v == View.SHARP_WELL) {
            double cx = TwoBasinMinima.SHARP.x1();
            double cy = TwoBasinMinima.SHARP.x2();
            double h = SHARP_WELL_HALF_WIDTH;
            return new double[] {cx - h, cx + h, cy - h, cy + h};
        }
        UpdateParts parts = s.next();
        double[] w = parts.update().w();
        double[] n = parts.update().next();
        double h = Math.max(UP_CLOSE_MIN_HALF_WIDTH, Math.max(Math.abs(n[0] - w[0]), Math.abs(n[1] - w[1])));
        double cx = 0.5 * (w[0] + n[0]);
        double cy = 0.5 * (w[1] + n[1]);
        return new double[] {cx - h, cx + h, cy - h, cy + h};
    }

    private void frame(double[] range, View view) {
        if (framed != null && java.util.Arrays.equals(framed, range)) {
            return;
        }
        framed = range;
        XYPlot plane = landscape.getXYPlot();
        plane.getDomainAxis().setRange(range[0], range[1]);
        plane.getRangeAxis().setRange(range[2], range[3]);
        layer.draw(plane, palette, TwoBasinSurface::value, false, 14);
        landscape.getTitle().setText(switch (view) {
            case BOTH_WELLS -> "Both wells";
            case SHARP_WELL -> "The sharp well A";
            case SAM_UPDATE -> "SAM's next update";
        });
        List<XYAnnotation> labels = new ArrayList<>();
        double span = range[1] - range[0];
        double line = span * 0.045 * palette.number("chart-font-scale");
        double inset = span * 0.02;
        // up close, the minima are far off and their corners are where the update's arrows leave the view
        String[] a = view == View.SAM_UPDATE ? new String[0] : labelLines(TwoBasinMinima.SHARP, range);
        String[] b = view == View.SAM_UPDATE ? new String[0] : labelLines(TwoBasinMinima.FLAT, range);
        for (int i = 0; i < a.length; i++) {
            labels.add(text(a[i], range[0] + inset, range[2] + inset + (a.length - 1 - i) * line,
                    TextAnchor.BOTTOM_LEFT, i == 0 ? Font.BOLD : Font.PLAIN, palette.color("map-sharp")));
        }
        for (int i = 0; i < b.length; i++) {
            labels.add(text(b[i], range[1] - inset, range[3] - inset - i * line, TextAnchor.TOP_RIGHT,
                    i == 0 ? Font.BOLD : Font.PLAIN, palette.color("map-flat")));
        }
        viewMarks.set(labels);
    }

    private void labelDistances(Trace.View view) {
        if (view.isEmpty()) {
            distanceLabels.clear();
            return;
        }
        List<XYAnnotation> labels = new ArrayList<>();
        double toA = view.get(0, "sam_distance_sharp");
        double toB = view.get(0, "sam_distance_flat");
        for (String[] c : new String[][] {{"to A", "sharp"}, {"to B (dotted)", "flat"}}) {
            boolean upper = c[1].equals("sharp") == (toA > toB);
            XYTextAnnotation t = text(c[0], 0, c[1].equals("sharp") ? toA : toB,
                    upper ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT, Font.PLAIN, palette.foreground());
            labels.add(t);
        }
        distanceLabels.set(labels);
    }

    private static double lowest(Trace.View view) {
        double low = 0;
        for (String c : List.of("gd_sharpness", "sam_sharpness")) {
            for (double v : view.columnValues(c)) {
                low = Math.min(low, v);
            }
        }
        return low;
    }

    /**
     * The parts of SAM's next update, each with its own colour (Okabe–Ito) and line pattern: the point w, the gradient
     * ∇L(w) (drawn ×η, the length of the step it would make), the perturbation ε̂ to w + ε̂, the gradient there
     * (×η), SAM's step −η∇L(w + ε̂) and GD's step −η∇L(w) from the same w.
     */
    enum Part {
        W("w", 6, null),
        GRADIENT("∇L(w) ×η", 5, new float[] {0.5f, 2.2f}),
        EPSILON("ε̂", 2, new float[] {5f, 2f, 0.5f, 2f}),
        PERTURBED("w + ε̂", 3, null),
        PERTURBED_GRADIENT("∇L(w + ε̂) ×η", 4, new float[] {2.5f, 1.5f}),
        SAM_STEP("SAM step", 0, new float[0]),
        GD_STEP("GD step", 1, new float[] {6f, 3f});

        final String label;
        private final int colour;
        private final float[] dashes;

        Part(String label, int colour, float[] dashes) {
            this.label = label;
            this.colour = colour;
            this.dashes = dashes;
        }

        boolean marker() {
            return dashes == null;
        }

        Color colour(Palette palette) {
            return palette.series(colour);
        }

        /** Solid for SAM's step; otherwise dashes in units of the line width, one pattern per part. */
        Stroke stroke(Palette palette) {
            float w = palette.lineWidth() * (this == SAM_STEP ? 1.4f : 1f);
            if (dashes == null || dashes.length == 0) {
                return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            }
            float[] scaled = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                scaled[i] = dashes[i] * w;
            }
            return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
        }
    }

    /** Up close, SAM's update drawn in its three stages: ascend to w + ε̂, evaluate ∇L there, descend. */
    @Override
    public int updateStages() {
        return shownUpClose && shownUpdate != null ? STAGES : 0;
    }

    @Override
    public void showUpdateStage(int stage) {
        if (updateStages() == 0 || stage < 1 || stage > STAGES) {
            throw new IllegalArgumentException("stage " + stage + " of " + updateStages());
        }
        drawUpdate(shownUpdate, true, stage);
    }

    /**
     * The parts of SAM's next update: from stage 1 (ascend) w, ∇L(w), the ball of radius ρ, ε̂ and w + ε̂; from stage 2
     * (evaluate) ∇L(w + ε̂); at stage 3 (descend) the SAM step and, for comparison, GD's step.
     */
    private void drawUpdate(UpdateParts parts, boolean upClose, int stage) {
        List<XYAnnotation> marks = new ArrayList<>();
        Sam.Update u = parts.update();
        double[] w = u.w();
        double[] p = u.perturbedPoint();
        double[] next = u.next();
        double[] gdEnd = parts.gradientStepEnd();
        double rho = parts.rho();
        double eta = parts.eta();
        double scale = palette.number("chart-font-scale");
        double head = 11 * scale;
        Font font = palette.font(Font.BOLD, 12);
        Color halo = palette.withAlpha(palette.background(), 0.85);
        double samLength = Math.hypot(next[0] - w[0], next[1] - w[1]);
        double gdLength = Math.hypot(gdEnd[0] - w[0], gdEnd[1] - w[1]);
        if (rho > 0) {
            Color ball = Part.EPSILON.colour(palette);
            marks.add(new XYShapeAnnotation(new Ellipse2D.Double(w[0] - rho, w[1] - rho, 2 * rho, 2 * rho),
                    palette.thinLine(), palette.withAlpha(ball, 0.7), palette.withAlpha(ball, 0.08)));
        }
        double[] g = {w[0] - gdEnd[0], w[1] - gdEnd[1]};
        marks.add(arrow(w, new double[] {w[0] + g[0], w[1] + g[1]}, Part.GRADIENT, head));
        if (u.perturbationDefined() && rho > 0) {
            marks.add(arrow(w, p, Part.EPSILON, head)
                    .offView("ε̂ ∥ ∇L(w): to w + ε̂, " + short3(rho) + " away", font, halo));
            if (stage >= 2) {
                marks.add(arrow(p, new double[] {p[0] + (w[0] - next[0]), p[1] + (w[1] - next[1])},
                        Part.PERTURBED_GRADIENT, head));
            }
            marks.add(point(p, Part.PERTURBED, head * 0.55, true));
        }
        if (stage >= STAGES) {
            marks.add(arrow(w, gdEnd, Part.GD_STEP, head)
                    .offView("GD step, " + short3(gdLength) + " long", font, halo));
            marks.add(arrow(w, next, Part.SAM_STEP, head));
        }
        marks.add(point(w, Part.W, head * 0.45, false));
        if (upClose && stage >= STAGES) {
            XYTextAnnotation samLabel = text("SAM step, " + short3(samLength) + " long", next[0], next[1],
                    TextAnchor.TOP_LEFT, Font.BOLD, Part.SAM_STEP.colour(palette));
            samLabel.setFont(font);
            marks.add(samLabel);
        }
        updateMarks.set(marks);
    }

    private Arrow arrow(double[] from, double[] to, Part part, double head) {
        return new Arrow(from[0], from[1], to[0], to[1], part.colour(palette), part.stroke(palette), head);
    }

    /** A dot (or, {@code diamond}, a diamond) of {@code pixels} radius at a point, the same size at any zoom. */
    private XYAnnotation point(double[] at, Part part, double pixels, boolean diamond) {
        return new frontierslab.plot.IdentityAnnotation() {
            @Override
            public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D area,
                             org.jfree.chart.axis.ValueAxis x, org.jfree.chart.axis.ValueAxis y, int index,
                             org.jfree.chart.plot.PlotRenderingInfo info) {
                double sx = x.valueToJava2D(at[0], area, plot.getDomainAxisEdge());
                double sy = y.valueToJava2D(at[1], area, plot.getRangeAxisEdge());
                Path2D.Double shape = new Path2D.Double();
                if (diamond) {
                    shape.moveTo(sx, sy - pixels);
                    shape.lineTo(sx + pixels, sy);
                    shape.lineTo(sx, sy + pixels);
                    shape.lineTo(sx - pixels, sy);
                    shape.closePath();
                } else {
                    shape.append(new Ellipse2D.Double(sx - pixels, sy - pixels, 2 * pixels, 2 * pixels), false);
                }
                g2.setPaint(part.colour(palette));
                g2.fill(shape);
                g2.setPaint(palette.background());
                g2.setStroke(new BasicStroke(1.5f));
                g2.draw(shape);
            }
        };
    }

    @Override
    public List<Readout> readouts(TwoBasinSnapshot s) {
        return List.of(
                Readout.stability("eta-lambda-sharp", "η·λ(A)", s.etaLambdaSharp(), 2,
                        Math.max(4, Math.ceil(s.etaLambdaSharp() * 1.25)), s.etaLambdaSharp() > 2),
                Readout.count("step", "step", s.step()),
                Readout.number("sam-loss", "SAM loss", s.sam().loss(), ""),
                Readout.number("gd-loss", "GD loss", s.gd().loss(), ""),
                Readout.number("sam-sharpness", "SAM λ_max", s.sam().sharpness(), ""),
                Readout.number("gd-sharpness", "GD λ_max", s.gd().sharpness(), ""),
                Readout.number("twin-gap", "SAM twin gap", s.twinSamGap(), ""));
    }

    @Override
    public Optional<DragHandle> dragHandle() {
        return Optional.of(new DragHandle("landscape", "x1", "x2"));
    }
}
