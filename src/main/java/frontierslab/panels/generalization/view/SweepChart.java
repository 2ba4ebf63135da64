package frontierslab.panels.generalization.view;

import frontierslab.plot.Charts;
import frontierslab.plot.Palette;
import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart of curves against the model size (or time) on a log axis: faint lines, one per seed, under a few bold ones
 * (the mean, the median, a closed form), and a vertical line at the interpolation threshold. NaN (not computed) is
 * left out; an infinite value, or one not positive on a log axis, breaks the line there. Shared by §5's figures and
 * §1's {@code intro-random-labels}.
 */
public final class SweepChart {

    private final Palette palette;
    private final JFreeChart chart;
    private final XYSeriesCollection faint = new XYSeriesCollection();
    private final XYSeriesCollection bold = new XYSeriesCollection();
    private final XYLineAndShapeRenderer faintRenderer = new XYLineAndShapeRenderer(true, false);
    private final boolean logY;
    private final List<ValueMarker> markers = new ArrayList<>();
    private final List<ValueMarker> vertical = new ArrayList<>();
    private final String faintName;

    public SweepChart(Palette palette, String title, String xLabel, String yLabel, boolean logY, String faintName,
               String... boldNames) {
        this.palette = palette;
        this.logY = logY;
        this.faintName = faintName;
        LogAxis x = decadeAxis(xLabel);
        ValueAxis y = logY ? decadeAxis(yLabel) : Charts.numberAxis(yLabel);
        if (y instanceof NumberAxis number) {
            number.setAutoRangeIncludesZero(true);
        }
        XYLineAndShapeRenderer boldRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < boldNames.length; i++) {
            bold.addSeries(new XYSeries(boldNames[i], false, true));
            boldRenderer.setSeriesPaint(i, palette.series(i));
            boldRenderer.setSeriesStroke(i, i == 1 ? palette.dashed() : palette.line());
        }
        XYPlot plot = new XYPlot(bold, x, y, boldRenderer);
        plot.setDataset(1, faint);
        plot.setRenderer(1, faintRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        chart = new JFreeChart(title, palette.font(Font.BOLD, 15), plot, true);
        Charts.style(chart, palette);
    }

    /** A log axis with ticks at whole powers of ten only. */
    static LogAxis decadeAxis(String label) {
        LogAxis axis = Charts.logAxis(label);
        axis.setMinorTickMarksVisible(false);
        return axis;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** One faint line per row of {@code values} (NaN: not computed), against {@code x}. */
    public void faint(double[] x, double[][] values) {
        faint.setNotify(false);
        faint.removeAllSeries();
        Palette p = palette;
        BasicStroke thin = new BasicStroke(Math.max(1f, p.lineWidth() / 2.5f));
        for (int s = 0; s < values.length; s++) {
            XYSeries series = new XYSeries(s == 0 ? faintName : faintName + " " + s, false, true);
            fill(series, x, values[s]);
            faint.addSeries(series);
            faintRenderer.setSeriesPaint(s, p.withAlpha(p.muted(), 0.45));
            faintRenderer.setSeriesStroke(s, thin);
            faintRenderer.setSeriesVisibleInLegend(s, s == 0);
        }
        faint.setNotify(true);
    }

    /** Bold line i. */
    public void bold(int i, double[] x, double[] values) {
        XYSeries series = bold.getSeries(i);
        series.setNotify(false);
        series.clear();
        fill(series, x, values);
        series.setNotify(true);
    }

    private void fill(XYSeries series, double[] x, double[] values) {
        for (int j = 0; j < x.length; j++) {
            double v = values[j];
            if (Double.isFinite(v) && x[j] > 0 && (!logY || v > 0)) {
                series.add(x[j], v, false);
            } else if (x[j] > 0 && !Double.isNaN(v)) {
                series.add(x[j], null, false);
            }
        }
    }

    /** Replaces the reference lines: vertical at each of {@code xs}, horizontal at each of {@code ys}. */
    public void lines(double[] xs, String[] xLabels, double[] ys, String[] yLabels) {
        XYPlot plot = chart.getXYPlot();
        for (ValueMarker m : markers) {
            plot.removeDomainMarker(m);
            plot.removeRangeMarker(m);
        }
        markers.clear();
        vertical.clear();
        for (int i = 0; i < xs.length; i++) {
            ValueMarker m = Charts.verticalLine(palette, plot, xs[i], xLabels[i]);
            m.setStroke(palette.dashed());
            m.setLabelFont(palette.font(Font.BOLD, 12));
            m.setLabelPaint(palette.foreground());
            markers.add(m);
            vertical.add(m);
        }
        for (int i = 0; i < ys.length; i++) {
            markers.add(Charts.horizontalLine(palette, plot, ys[i], yLabels[i]));
        }
        placeLabels();
    }

    /**
     * A vertical line in the left half of the axis has its label on its right, any other on its left, so that no
     * label runs past the plot's left edge ("first minimum" near t = 1 was cut to "imum").
     */
    private void placeLabels() {
        ValueAxis x = chart.getXYPlot().getDomainAxis();
        double lo = x.getLowerBound();
        double hi = x.getUpperBound();
        for (ValueMarker m : vertical) {
            double v = m.getValue();
            double f = x instanceof LogAxis ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
            boolean right = f < 0.5;
            m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        }
    }

    /** Whether the label of vertical line {@code i} (in the order given to {@link #lines}) is on its right. */
    boolean labelOnTheRight(int i) {
        return vertical.get(i).getLabelTextAnchor() == TextAnchor.TOP_LEFT;
    }

    /** Fixes the range of the value axis; an empty or (on a log axis) non-positive range is widened. */
    public void range(double lower, double upper) {
        if (logY && !(lower > 0)) {
            lower = Double.MIN_NORMAL;
        }
        if (!(upper > lower)) {
            upper = logY ? lower * 10 : lower + 1;
        }
        chart.getXYPlot().getRangeAxis().setRange(lower, upper);
    }

    public void domain(double lower, double upper) {
        chart.getXYPlot().getDomainAxis().setRange(lower, upper);
        placeLabels();
    }

    /** The smallest and largest finite (and, on a log axis, positive) values among the rows, or null if none. */
    public double[] extent(double[]... rows) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : rows) {
            for (double v : row) {
                if (Double.isFinite(v) && (!logY || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }
}
