package frontierslab.panels.demos.view;

import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.plot.Charts;
import frontierslab.plot.Palette;
import frontierslab.plot.TraceSeries;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Demo 1 as drawn: the script with its executing line and watch, the figure as the script draws it (the loss on the
 * left axis, η·λ_max on the right, the dashed stability limit at 2), and the checklist of the demo's claims.
 */
public final class EdgeDemoFigure extends CodeDemoFigure {

    private final TraceSeries loss;
    private final TraceSeries etaLambda;
    private final NumberAxis rightAxis;

    public EdgeDemoFigure(Palette palette) {
        this(palette, twinAxes(palette));
    }

    private EdgeDemoFigure(Palette palette, JFreeChart figure) {
        super(palette, "demo1.py", figure);
        XYPlot plot = figure.getXYPlot();
        loss = new TraceSeries(((XYSeriesCollection) plot.getDataset(0)).getSeries(0), "iteration", "loss", false);
        etaLambda = new TraceSeries(((XYSeriesCollection) plot.getDataset(1)).getSeries(0), "iteration",
                "eta_lambda_max", false);
        rightAxis = (NumberAxis) plot.getRangeAxis(1);
    }

    /** The script's figure: the loss on the left axis, η·λ_max on a twin axis, and the dashed line at 2. */
    private static JFreeChart twinAxes(Palette palette) {
        JFreeChart figure = Charts.curves(palette, "The Edge of Stability in Action", "Iteration", "Loss", false, "Loss");
        XYPlot plot = figure.getXYPlot();
        plot.getRangeAxis().setLabelPaint(palette.series(1));
        plot.getRenderer().setSeriesPaint(0, palette.series(1));
        NumberAxis rightAxis = Charts.numberAxis("η λ_max");
        rightAxis.setLabelPaint(palette.series(0));
        plot.setRangeAxis(1, rightAxis);
        plot.setDataset(1, new XYSeriesCollection(new XYSeries("η λ_max", false, true)));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer rightRenderer = new XYLineAndShapeRenderer(true, false);
        rightRenderer.setSeriesPaint(0, palette.series(0));
        rightRenderer.setSeriesStroke(0, palette.line());
        plot.setRenderer(1, rightRenderer);
        ValueMarker limit = new ValueMarker(2.0, palette.foreground(), palette.dashed());
        limit.setLabel("Stability Limit");
        limit.setLabelFont(palette.font(Font.BOLD, 12));
        limit.setLabelPaint(palette.foreground());
        limit.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        limit.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(1, limit, Layer.FOREGROUND);
        Charts.style(figure, palette);
        return figure;
    }

    @Override
    protected void showFigure(CodeDemoSnapshot s) {
        loss.update(s.trace());
        etaLambda.update(s.trace());
        // like the script's axhline, the stability limit 2 is always inside the right axis
        XYSeries values = etaLambda.series();
        double high = values.isEmpty() ? 2 : Math.max(2, values.getMaxY());
        double low = values.isEmpty() ? 0 : Math.min(0, values.getMinY());
        rightAxis.setRange(low, high * 1.08);
    }
}
