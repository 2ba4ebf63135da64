package frontierslab.panels.bias.view;

import frontierslab.panels.bias.model.SparseBiasExperiment.SparseBiasSnapshot;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import frontierslab.sim.Trace;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code bias-sparse} drawn: the d coordinates of w now as bars, with the truth w* (rings), the minimum-ℓ1
 * interpolator w₁ (crosses) and the minimum-ℓ2 one w₂ (dots) overlaid; and over the steps (log axis) the training
 * loss, the distances ‖w − w₁‖, ‖w − w₂‖ and ‖w − w_α‖ to the gradient-flow limit, and ‖w‖₁ against ‖w₁‖₁ and ‖w₂‖₁.
 */
public final class SparseBiasFigure implements ExperimentFigure<SparseBiasSnapshot> {

    private final Palette palette;
    private final JFreeChart coordinates;
    private final JFreeChart loss;
    private final JFreeChart distances;
    private final JFreeChart norm;
    private final XYSeries weights = new XYSeries("w now", false, true);
    private final XYSeries truth = new XYSeries("truth w*", false, true);
    private final XYSeries minimumL1 = new XYSeries("w₁ = min ‖w‖₁", false, true);
    private final XYSeries minimumL2 = new XYSeries("w₂ = min ‖w‖₂", false, true);
    private final List<TraceSeries> feeds = new ArrayList<>();
    private final List<ValueMarker> normLines = new ArrayList<>();
    private double[] drawnL1;
    private double[] drawnL2;

    public SparseBiasFigure(Palette palette) {
        this.palette = palette;
        coordinates = coordinatesChart();
        loss = Charts.curves(palette, "Training loss", "step (log scale)", "loss (log scale)", true, "loss");
        distances = Charts.curves(palette, "Distance to the interpolators", "step (log scale)",
                "distance (log scale)", true, "‖w − w₁‖ (sparse)", "‖w − w₂‖ (dense)", "‖w − w_α‖ (flow limit)");
        norm = Charts.curves(palette, "ℓ1 norm of w", "step (log scale)", "‖w‖₁", false, "‖w‖₁");
        for (JFreeChart chart : List.of(loss, distances, norm)) {
            chart.getXYPlot().setDomainAxis(decadeAxis("step (log scale)"));
            if (chart != norm) {
                chart.getXYPlot().setRangeAxis(decadeAxis(chart.getXYPlot().getRangeAxis().getLabel()));
            }
            Charts.style(chart, palette);
        }
        var renderer = distances.getXYPlot().getRenderer();
        renderer.setSeriesPaint(0, palette.series(1));
        renderer.setSeriesPaint(1, palette.series(2));
        renderer.setSeriesPaint(2, palette.muted());
        renderer.setSeriesStroke(2, palette.dashed());
        feeds.add(new TraceSeries(series(loss, 0), "step", "loss", true));
        feeds.add(new TraceSeries(series(distances, 0), "step", "dist_l1", true));
        feeds.add(new TraceSeries(series(distances, 1), "step", "dist_l2", true));
        feeds.add(new TraceSeries(series(distances, 2), "step", "dist_limit", true));
        feeds.add(new TraceSeries(series(norm, 0), "step", "l1_norm", false));
    }

    private JFreeChart coordinatesChart() {
        XYSeriesCollection bars = new XYSeriesCollection(weights);
        bars.setIntervalWidth(0.7);
        NumberAxis x = frontierslab.plot.RoundAxis.steps("coordinate i");
        NumberAxis y = frontierslab.plot.RoundAxis.values("w_i");
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, palette.series(0));
        XYPlot plot = new XYPlot(bars, x, y, barRenderer);
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(truth);
        marks.addSeries(minimumL1);
        marks.addSeries(minimumL2);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        double s = 3.2 * palette.lineWidth();
        Shape ring = new Ellipse2D.Double(-s, -s, 2 * s, 2 * s);
        markRenderer.setSeriesShape(0, ring);
        markRenderer.setSeriesShapesFilled(0, false);
        markRenderer.setSeriesPaint(0, palette.foreground());
        markRenderer.setSeriesOutlineStroke(0, palette.line());
        markRenderer.setUseOutlinePaint(false);
        markRenderer.setDrawOutlines(true);
        markRenderer.setSeriesShape(1, ShapeUtils.createDiagonalCross((float) (0.75 * s), (float) (0.18 * s)));
        markRenderer.setSeriesPaint(1, palette.series(1));
        double r = 1.1 * palette.lineWidth();
        markRenderer.setSeriesShape(2, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        markRenderer.setSeriesPaint(2, palette.series(2));
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart("The coordinates of w now", palette.font(Font.BOLD, 15), plot, true);
        Charts.style(chart, palette);
        plot.setDomainGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0, palette.muted(), palette.thinLine());
        plot.addRangeMarker(zero);
        return chart;
    }

    /** Three significant digits without trailing zeros: 0.01, 0.125, 1. */
    static String compact(double v) {
        return frontierslab.sim.Numbers.compact(v, 3);
    }

    /** A log axis with ticks at whole powers of ten only. */
    private static LogAxis decadeAxis(String label) {
        LogAxis axis = Charts.logAxis(label);
        axis.setMinorTickMarksVisible(false);
        return axis;
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("coordinates", coordinates), new FigureChart("loss", loss),
                new FigureChart("distances", distances), new FigureChart("l1-norm", norm));
    }

    @Override
    public void show(SparseBiasSnapshot s) {
        fill(weights, s.weights());
        if (s.minimumL1() != drawnL1 || s.minimumL2() != drawnL2) {
            fill(truth, s.truth(), true);
            fill(minimumL1, s.minimumL1(), true);
            fill(minimumL2, s.minimumL2());
            drawnL1 = s.minimumL1();
            drawnL2 = s.minimumL2();
            XYPlot plot = norm.getXYPlot();
            for (ValueMarker m : normLines) {
                plot.removeRangeMarker(m);
            }
            normLines.clear();
            normLines.add(Charts.horizontalLine(palette, plot, l1(s.minimumL1()),
                    "‖w₁‖₁ = " + Readout.format(l1(s.minimumL1()))));
            ValueMarker dense = Charts.horizontalLine(palette, plot, l1(s.minimumL2()),
                    "‖w₂‖₁ = " + Readout.format(l1(s.minimumL2())));
            dense.setPaint(palette.series(2));
            dense.setLabelPaint(palette.series(2));
            normLines.add(dense);
        }
        coordinates.setTitle(String.format(java.util.Locale.ROOT, "w at step %,d (α = %s)", s.step(),
                compact(s.params().alpha())));
        coordinates.getTitle().setFont(palette.font(Font.BOLD, 15));
        coordinates.getTitle().setPaint(palette.foreground());
        XYPlot coordinatePlot = coordinates.getXYPlot();
        coordinatePlot.getDomainAxis().setRange(-1, s.weights().length);
        double top = Math.max(maxAbs(s.weights()), Math.max(maxAbs(s.truth()), Math.max(maxAbs(s.minimumL1()),
                maxAbs(s.minimumL2()))));
        double half = Math.max(0.5, 1.12 * top);
        coordinatePlot.getRangeAxis().setRange(-half, half);
        for (TraceSeries f : feeds) {
            f.update(s.trace());
            dropStepZero(f.series());
        }
        double upper = Math.max(s.trace().largestFinite("l1_norm"), Math.max(l1(s.minimumL1()), l1(s.minimumL2())));
        norm.getXYPlot().getRangeAxis().setRange(0, Math.max(1e-9, 1.1 * upper));
    }

    /** A log axis of steps cannot show step 0. */
    private static void dropStepZero(XYSeries series) {
        if (series.getItemCount() > 0 && series.getX(0).doubleValue() <= 0) {
            series.remove(0);
        }
    }

    private static void fill(XYSeries series, double[] values) {
        fill(series, values, false);
    }

    /** Coordinate i at (i, value); with {@code nonzeroOnly} the zeros are left out (marks only on the support). */
    private static void fill(XYSeries series, double[] values, boolean nonzeroOnly) {
        series.setNotify(false);
        series.clear();
        double tolerance = 1e-9 * Math.max(1, maxAbs(values));
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && (!nonzeroOnly || Math.abs(values[i]) > tolerance)) {
                series.add(i, values[i], false);
            }
        }
        series.setNotify(true);
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    static double l1(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return s;
    }

    private static double last(Trace.View view, String column) {
        return view.isEmpty() ? Double.NaN : view.get(view.rows() - 1, column);
    }

    @Override
    public List<Readout> readouts(SparseBiasSnapshot s) {
        Trace.View t = s.trace();
        return List.of(
                Readout.count("step", "step", s.step()),
                Readout.number("loss", "loss", last(t, "loss"), ""),
                Readout.number("l1-norm", "‖w‖₁", l1(s.weights()), ""),
                Readout.number("dist-l1", "‖w − w₁‖", last(t, "dist_l1"), ""),
                Readout.number("dist-l2", "‖w − w₂‖", last(t, "dist_l2"), ""));
    }
}
