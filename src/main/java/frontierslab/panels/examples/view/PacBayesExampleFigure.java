package frontierslab.panels.examples.view;

import frontierslab.panels.examples.model.DerivationSnapshot;
import frontierslab.panels.examples.model.PacBayesExampleParams;
import frontierslab.plot.Charts;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.RoundAxis;
import frontierslab.plot.TraceSeries;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Example 2 as drawn: the derivation, and over r ∈ [0, R] at the sharp minimum A and the flat minimum B the SAM
 * objective (solid), the Gaussian expectation (dashed) and the uniform-ball expectation (dotted), with the radius r of
 * the rows marked. Where A's Gaussian curve rises above A's SAM curve, the Gaussian Q breaks the lecture's bound.
 */
public final class PacBayesExampleFigure extends DerivationFigure {

    private static final String[] COLUMNS = {"sharp_worst", "flat_worst", "sharp_gaussian", "flat_gaussian",
        "sharp_uniform", "flat_uniform"};

    private final List<TraceSeries> curves;
    private final ValueMarker radius;

    public PacBayesExampleFigure(Palette palette) {
        super(palette);
        JFreeChart chart = Charts.curves(palette, "Max over the ball (solid), Gaussian (dashed), uniform (dotted)", "radius r", "loss", false,
                "A max", "B max", "A Gauss E", "B Gauss E", "A unif E", "B unif E");
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(RoundAxis.values("radius r"));
        Charts.style(chart, palette);
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        curves = java.util.stream.IntStream.range(0, COLUMNS.length)
                .mapToObj(i -> new TraceSeries(data.getSeries(i), "radius", COLUMNS[i], false)).toList();
        java.awt.Stroke dotted = new java.awt.BasicStroke(palette.lineWidth(), java.awt.BasicStroke.CAP_ROUND,
                java.awt.BasicStroke.JOIN_ROUND, 1f, new float[] {0.1f, 2.5f * palette.lineWidth()}, 0f);
        for (int i = 0; i < COLUMNS.length; i++) {
            plot.getRenderer().setSeriesPaint(i, palette.series(i % 2 == 0 ? 2 : 1));
            plot.getRenderer().setSeriesStroke(i, i < 2 ? palette.line() : i < 4 ? palette.dashed() : dotted);
        }
        radius = Charts.verticalLine(palette, plot, PacBayesExampleParams.SPACE.real("radius").defaultValue(), "r");
        addRunChart(new FigureChart("profile", chart));
    }

    @Override
    protected void showRun(DerivationSnapshot snapshot) {
        radius.setValue(((PacBayesExampleParams) snapshot.params()).radius());
        for (TraceSeries s : curves) {
            s.restart();
            s.update(snapshot.trace());
        }
    }
}
