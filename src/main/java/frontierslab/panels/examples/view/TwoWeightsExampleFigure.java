package frontierslab.panels.examples.view;

import frontierslab.panels.examples.model.DerivationSnapshot;
import frontierslab.panels.examples.model.TwoWeightsExampleParams;
import frontierslab.plot.Charts;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.TraceSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/** Example 3 as drawn: the derivation, and w₁(t), w₂(t) over the run with the equal split ½ y/x marked. */
public final class TwoWeightsExampleFigure extends DerivationFigure {

    private final TraceSeries w1;
    private final TraceSeries w2;
    private final ValueMarker half;

    public TwoWeightsExampleFigure(Palette palette) {
        super(palette);
        JFreeChart chart = Charts.curves(palette, "The two weights over the run", "step", "weight", false,
                "w₁(t)", "w₂(t)");
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        w1 = new TraceSeries(data.getSeries(0), "step", "w1", false);
        w2 = new TraceSeries(data.getSeries(1), "step", "w2", false);
        half = Charts.horizontalLine(palette, plot, 0, "½ y/x");
        addRunChart(new FigureChart("run", chart));
    }

    @Override
    protected void showRun(DerivationSnapshot snapshot) {
        TwoWeightsExampleParams p = (TwoWeightsExampleParams) snapshot.params();
        half.setValue(p.y() / p.x() / 2);
        w1.restart();
        w2.restart();
        w1.update(snapshot.trace());
        w2.update(snapshot.trace());
    }
}
