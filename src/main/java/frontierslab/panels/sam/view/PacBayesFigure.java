package frontierslab.panels.sam.view;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile.Flip;
import frontierslab.math.sam.RadiusProfile.Perturbation;
import frontierslab.math.sam.RadiusProfile.Perturbed;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.panels.sam.model.PacBayesExperiment.PacBayesSnapshot;
import frontierslab.panels.sam.model.PacBayesExperiment.Probe;
import frontierslab.panels.sam.model.PacBayesParams;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.RoundAxis;
import frontierslab.plot.TraceSeries;
import frontierslab.sim.Trace;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code sam-pac-bayes} drawn. Left, the profile: for the sharp minimum (palette series 2) and the flat minimum (series
 * 1), the SAM objective max over ‖ε‖ ≤ r of L(w + ε) (solid), its first-order approximation L(w + ε̂) (dotted) and the
 * expected loss E[L(w + ε)] (dashed, with a band of ±2 standard errors) over r, L(w) as a thin horizontal line, the
 * radii where the order of the two minima flips as vertical lines, and the ball's radius. Right, the contour plot
 * around the chosen point w with the ball ‖ε‖ ≤ r, the first-order ε̂ and the exact maximizer ε*. Tiles: the probe's
 * values at its radius and ‖∇L(w)‖, which says how much the direction of ε̂ means.
 */
public final class PacBayesFigure implements ExperimentFigure<PacBayesSnapshot> {

    private static final TwoBasinSurface SURFACE = TwoBasinSurface.LECTURE;
    private static final String[] POINTS = {"sharp", "flat"};

    private final Palette palette;
    private final JFreeChart profile;
    private final JFreeChart ball;
    private final List<TraceSeries> curves = new ArrayList<>();
    private final List<YIntervalSeries> bands = new ArrayList<>();
    private long bandSerial = -1;
    private int bandRows;
    private final ValueMarker[] levels = new ValueMarker[2];
    private final List<ValueMarker> flipMarkers = new ArrayList<>();
    private final ValueMarker ballRadius;
    private final LandscapeLayer layer = new LandscapeLayer(140);
    private final XYSeries centre;
    private final XYSeries firstOrder;
    private final XYSeries exact;
    private Marks ballAnnotations;
    private double[] drawnBox;
    private final Stroke dotted;
    private Perturbation shownNoise;
    private final org.jfree.chart.title.LegendTitle legend;
    /** Below this ‖∇L(w)‖ the chart says what sets the direction of ε̂ (at a minimum: rounding, or a far tail). */
    static final double NEGLIGIBLE_GRADIENT = 1e-8;

    public PacBayesFigure(Palette palette) {
        this.palette = palette;
        profile = Charts.curves(palette, "Loss around each minimum", "radius r", "loss", false,
                "sharp: max over ‖ε‖ ≤ r", "sharp: first order", "flat: max over ‖ε‖ ≤ r", "flat: first order");
        XYPlot plot = profile.getXYPlot();
        plot.setDomainAxis(RoundAxis.values("radius r"));
        Charts.style(profile, palette);
        XYItemRenderer lines = plot.getRenderer();
        dotted = new BasicStroke(palette.lineWidth() * 0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {0.1f, 2.2f * palette.lineWidth()}, 0f);
        Stroke dashed = palette.dashed();
        for (int i = 0; i < 2; i++) {
            Color colour = colour(i);
            lines.setSeriesPaint(2 * i, colour);
            lines.setSeriesStroke(2 * i, palette.line());
            lines.setSeriesPaint(2 * i + 1, palette.foreground());
            lines.setSeriesStroke(2 * i + 1, dotted);
            XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
            curves.add(new TraceSeries(data.getSeries(2 * i), "radius", POINTS[i] + "_worst", false));
            curves.add(new TraceSeries(data.getSeries(2 * i + 1), "radius", POINTS[i] + "_first_order", false));
        }
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        DeviationRenderer band = new DeviationRenderer(true, false);
        band.setAlpha(0.3f);
        for (int i = 0; i < 2; i++) {
            YIntervalSeries s = new YIntervalSeries(POINTS[i] + ": expected", false, true);
            intervals.addSeries(s);
            bands.add(s);
            band.setSeriesPaint(i, colour(i));
            band.setSeriesFillPaint(i, colour(i));
            band.setSeriesStroke(i, dashed);
        }
        plot.setDataset(1, intervals);
        plot.setRenderer(1, band);
        for (int i = 0; i < 2; i++) {
            levels[i] = new ValueMarker(0, palette.withAlpha(colour(i), 0.7), palette.thinLine());
            levels[i].setLabelFont(palette.font(Font.PLAIN, 11));
            levels[i].setLabelPaint(colour(i));
            levels[i].setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            levels[i].setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            levels[i].setLabelOffset(new RectangleInsets(2, 2, 2, 6));
            plot.addRangeMarker(levels[i]);
        }
        ballRadius = new ValueMarker(0, palette.withAlpha(palette.foreground(), 0.18),
                new BasicStroke(palette.lineWidth() * 3f));
        ballRadius.setLabelFont(palette.font(Font.PLAIN, 12));
        ballRadius.setLabelPaint(palette.foreground());
        ballRadius.setLabelOffset(new RectangleInsets(64, 6, 4, 6));
        plot.addDomainMarker(ballRadius);
        setProfileLegend(Perturbation.GAUSSIAN);
        shownNoise = Perturbation.GAUSSIAN;
        Charts.style(profile, palette);

        ball = Charts.plane(palette, "", "x₁", "x₂", -1, 1, -1, 1, "w", "first-order ε̂", "exact maximizer ε*");
        XYLineAndShapeRenderer r = new EndpointRenderer();
        XYLineAndShapeRenderer planeRenderer = (XYLineAndShapeRenderer) ball.getXYPlot().getRenderer();
        for (int i = 0; i < 3; i++) {
            r.setSeriesStroke(i, planeRenderer.getSeriesStroke(i));
        }
        ball.getXYPlot().setRenderer(r);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        for (int i = 0; i < 3; i++) {
            r.setSeriesOutlinePaint(i, palette.background());
            r.setSeriesOutlineStroke(i, palette.thinLine());
        }
        double d = 5 * palette.lineWidth();
        r.setSeriesPaint(0, palette.foreground());
        r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setSeriesVisibleInLegend(0, false);
        r.setSeriesPaint(1, palette.series(3));
        r.setSeriesStroke(1, palette.line());
        r.setSeriesPaint(2, palette.series(4));
        r.setSeriesStroke(2, palette.dashed());
        r.setSeriesShape(1, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        double ring = 1.9 * d;
        r.setSeriesShape(2, new Ellipse2D.Double(-ring / 2, -ring / 2, ring, ring));
        XYSeriesCollection points = (XYSeriesCollection) ball.getXYPlot().getDataset();
        centre = points.getSeries(0);
        firstOrder = points.getSeries(1);
        exact = points.getSeries(2);
        Legends.set(ball.getXYPlot(), Legends.line("first-order ε̂", palette.line(), palette.series(3)),
                Legends.line("exact maximizer ε*", palette.dashed(), palette.series(4)));
        legend = ball.getLegend();
    }

    private void setProfileLegend(Perturbation noise) {
        double swatch = 6 * palette.lineWidth();
        Legends.set(profile.getXYPlot(),
                Legends.swatch("sharp minimum", colour(0), swatch),
                Legends.swatch("flat minimum", colour(1), swatch),
                Legends.line("max over ‖ε‖ ≤ r (SAM)", palette.line(), palette.foreground()),
                Legends.line("first order L(w + ε̂)", dotted, palette.foreground()),
                Legends.line(noise == Perturbation.GAUSSIAN ? "E L(w + r·z), z ~ N(0, I), ± 2 SE"
                        : "E L(w + ε), ε uniform in the disc, ± 2 SE", palette.dashed(), palette.foreground()));
    }

    /** Draws a series' marker only at its last point: the tips of ε̂ and ε*, not their common start w. */
    private static final class EndpointRenderer extends XYLineAndShapeRenderer {

        EndpointRenderer() {
            super(true, true);
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            return series == 0 || item > 0;
        }
    }

    /** Sharp minimum: palette series 2; flat minimum: series 1. */
    private Color colour(int point) {
        return palette.series(point == 0 ? 1 : 0);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("profile", profile), new FigureChart("ball", ball));
    }

    /** The region of the contour chart: a square around w, wide enough to show the ball and the well around it. */
    public static double[] box(double[] w, double r) {
        double half = Math.max(1.6 * r, 0.3);
        return new double[] {w[0] - half, w[0] + half, w[1] - half, w[1] + half};
    }

    @Override
    public void show(PacBayesSnapshot s) {
        PacBayesParams p = s.params();
        Trace.View t = s.trace();
        for (TraceSeries c : curves) {
            c.update(t);
        }
        updateBands(t);
        XYPlot plot = profile.getXYPlot();
        plot.getDomainAxis().setRange(0, p.maxRadius());
        levels[0].setValue(SURFACE.value(PacBayesExperiment.SHARP));
        levels[0].setLabel("L(sharp) = " + SamValleyFigure.shortFormat(levels[0].getValue()));
        levels[1].setValue(SURFACE.value(PacBayesExperiment.FLAT));
        levels[1].setLabel("L(flat) = " + SamValleyFigure.shortFormat(levels[1].getValue()));
        ballRadius.setValue(p.radius());
        boolean leftOfLine = p.radius() > 0.25 * p.maxRadius();
        ballRadius.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        ballRadius.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        ballRadius.setLabel(p.radius() <= p.maxRadius() ? "ball r = " + SamValleyFigure.shortFormat(p.radius()) : "");
        drawFlips(plot, s.flips(), p);
        if (p.noise() != shownNoise) {
            setProfileLegend(p.noise());
            shownNoise = p.noise();
        }
        showBall(s.probe(), p);
    }

    private void updateBands(Trace.View t) {
        if (t.serial() != bandSerial || t.rows() < bandRows) {
            bands.forEach(YIntervalSeries::clear);
            bandSerial = t.serial();
            bandRows = 0;
        }
        for (int i = 0; i < 2; i++) {
            YIntervalSeries s = bands.get(i);
            s.setNotify(false);
            for (int row = bandRows; row < t.rows(); row++) {
                double mean = t.get(row, POINTS[i] + "_expected");
                double se = t.get(row, POINTS[i] + "_expected_se");
                s.add(t.get(row, "radius"), mean, mean - 2 * se, mean + 2 * se);
            }
            s.setNotify(true);
        }
        bandRows = t.rows();
    }

    /**
     * One vertical line per flip radius, drawn in the style of its quantity's curves (solid: the SAM objective, dashed:
     * the expected loss, dotted: first order); flips closer than 1 % of R share the first one's line.
     */
    private void drawFlips(XYPlot plot, List<Flip> flips, PacBayesParams p) {
        for (ValueMarker m : flipMarkers) {
            plot.removeDomainMarker(m);
        }
        flipMarkers.clear();
        List<Double> drawn = new ArrayList<>();
        for (Flip flip : flips) {
            if (flip.radius().isEmpty()) {
                continue;
            }
            double r = flip.radius().getAsDouble();
            if (drawn.stream().anyMatch(d -> Math.abs(d - r) < 0.01 * p.maxRadius())) {
                continue;
            }
            Stroke stroke = switch (flip.quantity()) {
                case WORST_CASE -> palette.thinLine();
                case EXPECTED -> palette.dashed();
                case FIRST_ORDER -> dotted;
            };
            ValueMarker m = new ValueMarker(r, palette.reference(), stroke);
            m.setLabel("flip r = " + frontierslab.sim.Numbers.compact(r, 3));
            m.setLabelFont(palette.font(Font.BOLD, 12));
            m.setLabelPaint(palette.reference());
            boolean first = drawn.isEmpty();
            m.setLabelAnchor(first ? RectangleAnchor.TOP_LEFT : RectangleAnchor.RIGHT);
            m.setLabelTextAnchor(first ? TextAnchor.TOP_RIGHT : TextAnchor.CENTER_LEFT);
            m.setLabelOffset(new RectangleInsets(26, 6, 4, 6));
            plot.addDomainMarker(m);
            flipMarkers.add(m);
            drawn.add(r);
        }
    }

    private void showBall(Probe probe, PacBayesParams p) {
        double[] w = probe.position();
        double r = probe.radius();
        double[] box = box(w, r);
        XYPlot plot = ball.getXYPlot();
        if (!java.util.Arrays.equals(box, drawnBox)) {
            plot.getDomainAxis().setRange(box[0], box[1]);
            plot.getRangeAxis().setRange(box[2], box[3]);
            layer.draw(plot, palette, TwoBasinSurface::value, false, 12);
            drawnBox = box;
        }
        if (ballAnnotations == null) {
            ballAnnotations = Marks.on(plot, Layer.FOREGROUND);
        }
        ballAnnotations.set(List.of(new XYShapeAnnotation(new Ellipse2D.Double(w[0] - r, w[1] - r, 2 * r, 2 * r),
                palette.line(), palette.foreground())));
        centre.clear();
        centre.add(w[0], w[1]);
        firstOrder.clear();
        probe.firstOrder().ifPresent(e -> {
            firstOrder.add(w[0], w[1]);
            firstOrder.add(w[0] + e.epsilonX(), w[1] + e.epsilonY());
        });
        exact.clear();
        Perturbed worst = probe.worst();
        exact.add(w[0], w[1]);
        exact.add(w[0] + worst.epsilonX(), w[1] + worst.epsilonY());
        String where = switch (p.point()) {
            case SHARP_MINIMUM -> "sharp minimum";
            case FLAT_MINIMUM -> "flat minimum";
            case CUSTOM -> "(" + SamValleyFigure.shortFormat(w[0]) + ", " + SamValleyFigure.shortFormat(w[1]) + ")";
        };
        ball.setTitle("r = " + SamValleyFigure.shortFormat(r) + " at the " + where);
        if (p.point() == PacBayesParams.Point.CUSTOM) {
            ball.setTitle("r = " + SamValleyFigure.shortFormat(r) + " at " + where);
        }
        ball.clearSubtitles();
        ball.addSubtitle(legend);
        double norm = probe.gradientNorm();
        String note = "L(w) = " + SamValleyFigure.shortFormat(probe.loss());
        if (norm == 0) {
            note += "; ∇L(w) = 0: no first-order ε̂";
        } else if (norm < NEGLIGIBLE_GRADIENT) {
            note += "; ε̂ follows ‖∇L(w)‖ = " + Readout.format(norm);
        }
        TextTitle noteTitle = new TextTitle(note);
        noteTitle.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        ball.addSubtitle(noteTitle);
        Charts.style(ball, palette);
        for (int i = 0; i < ball.getSubtitleCount(); i++) {
            if (ball.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(palette.font(Font.PLAIN, 12));
                t.setPaint(palette.foreground());
            }
        }
    }

    @Override
    public List<Readout> readouts(PacBayesSnapshot s) {
        Probe probe = s.probe();
        return List.of(
                Readout.number("expected", "E L(w + ε)", probe.expected().mean(), ""),
                Readout.number("worst", "max L(w + ε)", probe.worst().value(), ""),
                Readout.number("first-order", "L(w + ε̂)",
                        probe.firstOrder().map(Perturbed::value).orElse(Double.NaN), ""),
                Readout.number("gradient-norm", "‖∇L(w)‖", probe.gradientNorm(), ""));
    }

    @Override
    public Optional<DragHandle> dragHandle() {
        return Optional.empty();
    }
}
