package frontierslab.panels.demos.view;

import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.panels.examples.view.DerivationPlot;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.Font;
import java.util.List;
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
public final class EdgeDemoFigure implements ExperimentFigure<CodeDemoSnapshot> {

    private final CodePlot code;
    private final DerivationPlot claims;
    private final TraceSeries loss;
    private final TraceSeries etaLambda;
    private final NumberAxis rightAxis;
    private final List<FigureChart> charts;

    public EdgeDemoFigure(Palette palette) {
        code = new CodePlot(palette);
        JFreeChart codeChart = new JFreeChart("demo1.py, as it runs", palette.font(Font.BOLD, 15), code, false);
        Charts.style(codeChart, palette);

        JFreeChart figure = Charts.curves(palette, "The Edge of Stability in Action", "Iteration", "Loss", false, "Loss");
        XYPlot plot = figure.getXYPlot();
        loss = new TraceSeries(((XYSeriesCollection) plot.getDataset()).getSeries(0), "iteration", "loss", false);
        plot.getRangeAxis().setLabelPaint(palette.series(1));
        plot.getRenderer().setSeriesPaint(0, palette.series(1));
        XYSeriesCollection right = new XYSeriesCollection(new XYSeries("η λ_max", false, true));
        etaLambda = new TraceSeries(right.getSeries(0), "iteration", "eta_lambda_max", false);
        rightAxis = Charts.numberAxis("η λ_max");
        rightAxis.setLabelPaint(palette.series(0));
        plot.setRangeAxis(1, rightAxis);
        plot.setDataset(1, right);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer rightRenderer = new XYLineAndShapeRenderer(true, false);
        rightRenderer.setSeriesPaint(0, palette.series(0));
        rightRenderer.setSeriesStroke(0, palette.line());
        plot.setRenderer(1, rightRenderer);
        ValueMarker limit = new ValueMarker(2.0, palette.foreground(),
                palette.dashed());
        limit.setLabel("Stability Limit");
        limit.setLabelFont(palette.font(Font.BOLD, 12));
        limit.setLabelPaint(palette.foreground());
        limit.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        limit.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(1, limit, Layer.FOREGROUND);
        Charts.style(figure, palette);

        claims = new DerivationPlot(palette);
        JFreeChart claimsChart = new JFreeChart("What the text claims, and this run", palette.font(Font.BOLD, 15),
                claims, false);
        Charts.style(claimsChart, palette);
        charts = List.of(new FigureChart("code", codeChart), new FigureChart("figure", figure),
                new FigureChart("claims", claimsChart));
    }

    @Override
    public List<FigureChart> charts() {
        return charts;
    }

    @Override
    public void show(CodeDemoSnapshot s) {
        code.show(s.code(), s.line(), s.watch());
        claims.setRows(s.claims(), s.claims().size());
        loss.update(s.trace());
        etaLambda.update(s.trace());
        // like the script's axhline, the stability limit 2 is always inside the right axis
        XYSeries values = etaLambda.series();
        double high = values.isEmpty() ? 2 : Math.max(2, values.getMaxY());
        double low = values.isEmpty() ? 0 : Math.min(0, values.getMinY());
        rightAxis.setRange(low, high * 1.08);
    }

    @Override
    public List<Readout> readouts(CodeDemoSnapshot s) {
        return List.of(Readout.count("line", "line", s.line()),
                Readout.count("iteration", "iteration", ((Number) s.summary().get("iteration")).longValue()));
    }

    CodePlot codePlot() {
        return code;
    }
}
