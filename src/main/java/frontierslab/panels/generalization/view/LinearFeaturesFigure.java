package frontierslab.panels.generalization.view;

import frontierslab.panels.generalization.model.LinearFeaturesExperiment;
import frontierslab.panels.generalization.model.LinearFeaturesExperiment.LinearFeaturesSnapshot;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code dd-linear-features} drawn: the test error against p (log axes) as the Monte Carlo mean and median over seeds,
 * each seed faint, with the exact expectation (Belkin, Hsu and Xu 2019) and its proportional limit (Hastie et al.
 * 2019) on top and lines at p = n and at the error of predicting 0; beside it the signal β_j² over the coordinates,
 * which decides whether the second descent ends lower; and the Monte Carlo mean's distance from the exact value in
 * standard errors, away from p = n where the variance is infinite.
 */
public final class LinearFeaturesFigure implements ExperimentFigure<LinearFeaturesSnapshot> {

    private final SweepChart test;
    private final JFreeChart signal;
    private final JFreeChart agreement;
    private final Palette palette;
    private int drawnN = -1;

    public LinearFeaturesFigure(Palette palette) {
        this.palette = palette;
        test = new SweepChart(palette, "Test error (1 = predicting 0)", "features p (log scale)",
                "test error (log)", true, "each seed", "mean", "median", "exact (BHX 2019)",
                "limit p/n = γ");
        var renderer = test.chart().getXYPlot().getRenderer();
        renderer.setSeriesPaint(2, palette.foreground());
        renderer.setSeriesStroke(2, palette.line());
        renderer.setSeriesPaint(3, palette.series(3));
        renderer.setSeriesStroke(3, palette.dashed());
        signal = Charts.curves(palette, "Signal per coordinate β_j²", "coordinate j", "β_j²", false, "β_j²");
        agreement = Charts.curves(palette, "Mean − exact, in standard errors", "features p",
                "(mean − exact)/s.e.", false, "(mean − exact)/s.e.");
        Charts.horizontalLine(palette, agreement.getXYPlot(), 2, "+2");
        Charts.horizontalLine(palette, agreement.getXYPlot(), -2, "−2");
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("test-error", test.chart()), new FigureChart("signal", signal),
                new FigureChart("agreement", agreement));
    }

    @Override
    public void show(LinearFeaturesSnapshot s) {
        double[] p = new double[s.p().length];
        for (int j = 0; j < p.length; j++) {
            p[j] = s.p()[j];
        }
        test.faint(p, s.risk());
        test.bold(0, p, s.mean());
        test.bold(1, p, s.median());
        test.bold(2, p, s.exact());
        test.bold(3, p, s.asymptotic());
        int n = s.params().n();
        if (n != drawnN) {
            test.lines(new double[] {n}, new String[] {"p = n = " + n}, new double[] {1},
                    new String[] {"predicting 0"});
            drawnN = n;
        }
        test.domain(0.9, p.length * 1.3);
        double[] e = test.extent(s.median(), s.exact());
        if (e != null) {
            test.range(Math.min(0.5 * e[0], 0.5), Math.max(3 * e[1], 2));
        }
        XYSeries series = ((XYSeriesCollection) signal.getXYPlot().getDataset()).getSeries(0);
        series.setNotify(false);
        series.clear();
        for (int j = 0; j < s.beta().length; j++) {
            series.add(j + 1, s.beta()[j] * s.beta()[j], false);
        }
        series.setNotify(true);
        signal.getXYPlot().getRangeAxis().setRange(0, 1.1 * s.beta()[0] * s.beta()[0]);
        signal.getXYPlot().clearDomainMarkers();
        Charts.verticalLine(palette, signal.getXYPlot(), n, "p = n");
        XYSeries z = ((XYSeriesCollection) agreement.getXYPlot().getDataset()).getSeries(0);
        z.setNotify(false);
        z.clear();
        for (int j = 0; j < p.length; j++) {
            double se = s.standardError()[j];
            double value = (s.mean()[j] - s.exact()[j]) / se;
            if (Double.isFinite(value) && Math.abs(p[j] - n) >= LinearFeaturesExperiment.AGREEMENT_GAP) {
                z.add(p[j], value, false);
            } else {
                z.add(p[j], null, false);
            }
        }
        z.setNotify(true);
        agreement.getXYPlot().getRangeAxis().setRange(-5, 5);
    }

    @Override
    public List<Readout> readouts(LinearFeaturesSnapshot s) {
        LinearFeaturesExperiment.LinearFeaturesSummary m = s.summary();
        return List.of(
                Readout.count("seeds", "seeds done", s.step()),
                Readout.number("first", "first minimum", Summaries.number(m.exactFirstMin()), ""),
                Readout.number("second", "second minimum", Summaries.number(m.exactSecondMin()), ""),
                Readout.number("end", "at p = D", Summaries.number(m.exactAtLargestP()), ""));
    }
}
