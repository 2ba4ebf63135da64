package frontierslab.panels.examples.view;

import frontierslab.panels.examples.model.DerivationSnapshot;
import frontierslab.panels.examples.model.PowerLawExampleParams;
import frontierslab.plot.Charts;
import frontierslab.plot.DecadeAxis;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.TraceSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Example 1 as drawn: the derivation, and ηf''(x_t) over the run on a log axis with the lecture's line at 2 and the
 * true edge 2(q − 1), beside |x_t|.
 */
public final class PowerLawExampleFigure extends DerivationFigure {

    private final TraceSeries etaCurvature;
    private final TraceSeries distance;
    private final ValueMarker trueEdge;
    private final DecadeAxis valueAxis;

    public PowerLawExampleFigure(Palette palette) {
        super(palette);
        JFreeChart chart = Charts.curves(palette, "η f''(x_t) and |x_t| over the run", "step", "value", true,
                "η f''(x_t)", "|x_t|");
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        etaCurvature = new TraceSeries(data.getSeries(0), "step", "eta_f2", true).skippingMissing();
        distance = new TraceSeries(data.getSeries(1), "step", "abs_x", true).skippingMissing();
        Charts.horizontalLine(palette, plot, 2, "the lecture's edge: 2");
        trueEdge = Charts.horizontalLine(palette, plot, 2 * (PowerLawExampleParams.SPACE.defaults().q() - 1),
                "the true edge: 2(q − 1)");
        trueEdge.setPaint(palette.edge());
        trueEdge.setLabelPaint(palette.edge());
        trueEdge.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        trueEdge.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        valueAxis = (DecadeAxis) plot.getRangeAxis();
        addRunChart(new FigureChart("run", chart));
    }

    @Override
    protected void showRun(DerivationSnapshot snapshot) {
        PowerLawExampleParams p = (PowerLawExampleParams) snapshot.params();
        trueEdge.setValue(2 * (p.q() - 1));
        valueAxis.alsoShow(2, trueEdge.getValue());
        etaCurvature.restart();
        distance.restart();
        etaCurvature.update(snapshot.trace());
        distance.update(snapshot.trace());
    }
}
