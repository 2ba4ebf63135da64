package frontierslab.panels.generalization.view;

import frontierslab.panels.generalization.model.RandomFeaturesExperiment.RandomFeaturesSnapshot;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment.ShapeSummary;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.util.List;

/**
 * {@code dd-random-features} drawn, all against p on a log axis with a line at p = n: the test error (mean, median and
 * every seed, with the line of predicting 0), the training error, the norm ‖a‖ of the fit, and σ_min/σ_max of the
 * feature matrix, whose dip to 0 at p = n is what makes the peak (1/σ_min multiplies the noise).
 */
public final class RandomFeaturesFigure implements ExperimentFigure<RandomFeaturesSnapshot> {

    private final SweepChart test;
    private final SweepChart train;
    private final SweepChart norm;
    private final SweepChart ratio;
    private int drawnN = -1;

    public RandomFeaturesFigure(Palette palette) {
        test = new SweepChart(palette, "Test error (1 = predicting 0)", "features p (log scale)",
                "test error (log)", true, "each seed", "mean", "median");
        train = new SweepChart(palette, "Training error", "features p (log scale)", "training error", false,
                "each seed", "mean", "median");
        norm = new SweepChart(palette, "Norm ‖a‖ of the fit", "features p (log scale)", "‖a‖ (log)", true,
                "each seed", "mean", "median");
        ratio = new SweepChart(palette, "σ_min/σ_max of F", "features p (log scale)",
                "σ_min/σ_max (log)", true, "each seed", "median");
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("test-error", test.chart()), new FigureChart("train-error", train.chart()),
                new FigureChart("norm", norm.chart()), new FigureChart("condition", ratio.chart()));
    }

    @Override
    public void show(RandomFeaturesSnapshot s) {
        double[] p = new double[s.curves().p().length];
        for (int j = 0; j < p.length; j++) {
            p[j] = s.curves().p()[j];
        }
        test.faint(p, s.curves().test());
        test.bold(0, p, s.testMean());
        test.bold(1, p, s.testMedian());
        train.faint(p, s.curves().train());
        train.bold(0, p, s.trainMean());
        train.bold(1, p, s.trainMedian());
        norm.faint(p, s.curves().norm());
        norm.bold(0, p, s.normMean());
        norm.bold(1, p, s.normMedian());
        ratio.faint(p, s.curves().ratio());
        ratio.bold(0, p, s.ratioMedian());
        int n = s.params().n();
        if (n != drawnN) {
            String label = "p = n = " + n;
            for (SweepChart c : List.of(test, train, norm, ratio)) {
                c.lines(new double[] {n}, new String[] {label}, new double[0], new String[0]);
            }
            test.lines(new double[] {n}, new String[] {label}, new double[] {1}, new String[] {"predicting 0"});
            drawnN = n;
        }
        for (SweepChart c : List.of(test, train, norm, ratio)) {
            c.domain(p[0] * 0.9, p[p.length - 1] * 1.3);
        }
        double[] e = test.extent(s.testMean(), s.testMedian());
        if (e != null) {
            test.range(Math.min(0.5 * e[0], 0.5), Math.max(2 * e[1], 2));
        }
        double[] t = train.extent(s.trainMean(), s.trainMedian());
        train.range(0, t == null ? 1 : Math.max(1.05, 1.05 * t[1]));
        double[] a = norm.extent(s.curves().norm());
        if (a != null) {
            norm.range(0.5 * a[0], 2 * a[1]);
        }
        double[] r = ratio.extent(s.curves().ratio());
        if (r != null) {
            ratio.range(0.5 * r[0], Math.min(1, 2 * r[1]));
        }
    }

    @Override
    public List<Readout> readouts(RandomFeaturesSnapshot s) {
        ShapeSummary mean = s.summary().mean();
        boolean none = mean == null;
        return List.of(
                Readout.count("seeds", "seeds done", s.summary().seedsComplete()),
                none ? Readout.number("peak-p", "peak at p", Double.NaN, "")
                        : Readout.count("peak-p", "peak at p", mean.peakP()),
                Readout.number("peak", "peak test error", none ? Double.NaN : mean.peakTestError(), ""),
                Readout.number("classical", "best p < n",
                        none ? Double.NaN : Summaries.number(mean.classicalMinTestError()), ""),
                Readout.number("modern", "best p > n",
                        none ? Double.NaN : Summaries.number(mean.modernMinTestError()), ""));
    }
}
