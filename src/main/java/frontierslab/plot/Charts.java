package frontierslab.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.SeriesRenderingOrder;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The few kinds of chart the app draws, built and styled in one place from a {@link Palette}: curves over steps (live,
 * with a sampling renderer), and a 2-D plane for landscapes. The same {@link JFreeChart} is drawn on screen through
 * FXGraphics2D and into PNG, SVG and PDF files, so what a lecturer exports is what the class saw.
 */
public final class Charts {

    private Charts() {
    }

    /** A chart of curves over steps; each series gets the next palette colour. */
    public static JFreeChart curves(Palette palette, String title, String xLabel, String yLabel, boolean logY,
                                    String... seriesNames) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : seriesNames) {
            data.addSeries(new XYSeries(name, false, true));
        }
        NumberAxis x = RoundAxis.steps(xLabel);
        ValueAxis y = logY ? logAxis(yLabel) : numberAxis(yLabel);
        ColumnLineRenderer renderer = new ColumnLineRenderer() {
            @Override
            public LegendItem getLegendItem(int datasetIndex, int series) {
                LegendItem base = super.getLegendItem(datasetIndex, series);
                if (base == null) {
                    return null;
                }
                float w = palette.lineWidth();
                return new LegendItem(base.getLabel(), null, null, null, new Line2D.Double(-9 * w / 2, 0, 9 * w / 2, 0),
                        new BasicStroke(Math.max(2.5f, w * 1.5f)), lookupSeriesPaint(series));
            }
        };
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        for (int i = 0; i < seriesNames.length; i++) {
            renderer.setSeriesPaint(i, palette.series(i));
            renderer.setSeriesStroke(i, palette.line());
        }
        JFreeChart chart = new JFreeChart(title, palette.font(Font.BOLD, 15), plot, seriesNames.length > 1);
        style(chart, palette);
        return chart;
    }

    /** A square plane (x₁, x₂) for contour plots and trajectories, with lines and point markers. */
    public static JFreeChart plane(Palette palette, String title, String xLabel, String yLabel, double xMin,
                                   double xMax, double yMin, double yMax, String... seriesNames) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : seriesNames) {
            data.addSeries(new XYSeries(name, false, true));
        }
        NumberAxis x = RoundAxis.values(xLabel);
        x.setRange(xMin, xMax);
        NumberAxis y = RoundAxis.values(yLabel);
        y.setRange(yMin, yMax);
        XYLineAndShapeRenderer renderer = new TrajectoryRenderer(true, true);
        double r = 2.2 * palette.lineWidth();
        for (int i = 0; i < seriesNames.length; i++) {
            renderer.setSeriesPaint(i, palette.series(i));
            renderer.setSeriesStroke(i, palette.line());
            renderer.setSeriesShape(i, new Ellipse2D.Double(-r / 2, -r / 2, r, r));
        }
        XYPlot plot = new SquarePlot(data, x, y, renderer, 48 * palette.number("chart-font-scale"));
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, palette.font(Font.BOLD, 15), plot, seriesNames.length > 1);
        style(chart, palette);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    /** A linear axis of values with round ticks ({@link Ticks}) and a readable range when the data has no spread. */
    public static NumberAxis numberAxis(String label) {
        return RoundAxis.values(label);
    }

    /** A log axis ticked at decades written as powers of ten. */
    public static DecadeAxis logAxis(String label) {
        return new DecadeAxis(label);
    }

    /** A horizontal reference line (the η·λ = 2 line, the 2/η line) with its label. */
    public static ValueMarker horizontalLine(Palette palette, XYPlot plot, double value, String label) {
        ValueMarker marker = new ValueMarker(value, palette.reference(), palette.dashed());
        marker.setLabel(label);
        marker.setLabelFont(palette.font(Font.BOLD, 12));
        marker.setLabelPaint(palette.reference());
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        marker.setLabelOffset(new RectangleInsets(2, 2, 2, 6));
        plot.addRangeMarker(marker);
        return marker;
    }

    /** A vertical marker (a change of η mid-run). */
    public static ValueMarker verticalLine(Palette palette, XYPlot plot, double value, String label) {
        ValueMarker marker = new ValueMarker(value, palette.muted(), palette.thinLine());
        marker.setLabel(label);
        marker.setLabelFont(palette.font(Font.PLAIN, 11));
        marker.setLabelPaint(palette.muted());
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(marker);
        return marker;
    }

    /** Applies the palette to a chart: background, fonts, grid, axes, legend. */
    public static void style(JFreeChart chart, Palette palette) {
        chart.setBackgroundPaint(palette.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(palette.font(Font.BOLD, 15));
            title.setPaint(palette.foreground());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            styleLegend(legend, palette);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(palette.background());
            plot.setOutlinePaint(palette.grid());
            plot.setDomainGridlinePaint(palette.grid());
            plot.setRangeGridlinePaint(palette.grid());
            // square-ended hairlines: a round cap makes the antialiasing rasteriser trace a curve at every gridline
            plot.setDomainGridlineStroke(hairline(palette));
            plot.setRangeGridlineStroke(hairline(palette));
            plot.setOutlineStroke(hairline(palette));
            for (ValueAxis axis : axes(plot)) {
                styleAxis(axis, palette);
            }
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
    }

    /** The plot's domain axes, then its range axes. */
    public static java.util.List<ValueAxis> axes(XYPlot plot) {
        java.util.List<ValueAxis> axes = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axes.add(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axes.add(plot.getRangeAxis(i));
        }
        axes.removeIf(java.util.Objects::isNull);
        return axes;
    }

    /** A legend above the plot, in the chart's fonts and colours, without a frame. */
    static void styleLegend(LegendTitle legend, Palette palette) {
        legend.setItemFont(palette.font(Font.PLAIN, 12));
        legend.setItemPaint(palette.foreground());
        legend.setBackgroundPaint(null);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
    }

    private static BasicStroke hairline(Palette palette) {
        return new BasicStroke(Math.max(1f, palette.lineWidth() / 2));
    }

    private static void styleAxis(ValueAxis axis, Palette palette) {
        axis.setLabelFont(palette.axisTitleFont());
        axis.setLabelPaint(palette.foreground());
        axis.setTickLabelFont(palette.tickFont());
        axis.setTickLabelPaint(palette.foreground());
        axis.setAxisLinePaint(palette.muted());
        axis.setTickMarkPaint(palette.muted());
    }
}
