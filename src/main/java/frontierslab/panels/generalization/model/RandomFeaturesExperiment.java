package frontierslab.panels.generalization.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.math.descent.RandomFeatureFit;
import frontierslab.math.descent.RandomFeatureSample;
import frontierslab.math.descent.RandomFeatureSweep;
import frontierslab.math.descent.RandomFeatureSweep.Curves;
import frontierslab.panels.CardDeck;
import frontierslab.panels.generalization.model.RandomFeaturesParams.Labels;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import frontierslab.sim.Workers;
import java.util.List;
import java.util.Locale;

/**
 * {@code dd-random-features}: model-wise double descent (Belkin et al. 2019, arXiv 1812.11118). n points x ~ N(0, I_d),
 * a linear target f*(x) = β·x with ‖β‖ = 1, labels y = f*(x) + σz; p random ReLU features φ_j(x) = max(0, w_j·x/√d),
 * w_j ~ N(0, I_d); the fit a minimizes (1/n)‖Fa − y‖² + λ‖a‖² (λ = 0: the minimum-norm least-squares fit), with the
 * singular values of F below τ·σ_max dropped. Test error on {@value RandomFeatureSample#TEST_POINTS} fresh points
 * against f*, relative to predicting 0; p over {@link RandomFeatureSweep#grid} (10 … 1000 and p = n), per seed, with
 * the mean and the median over seeds.
 *
 * <p>The sweep keeps one SVD per (seed, p) ({@link RandomFeatureFit}), so σ, λ, τ and the labels are applied to every
 * stored fit at once in {@link #setParams} (the whole sweep within a frame); n and d start a new sweep, and more seeds
 * extend it. A new sweep computes its first seed in {@link #setParams} (or the constructor); each {@link #step()}
 * computes the next {@value #BATCH} fits on {@value #THREADS} threads, so the rest draws progressively while the
 * runner plays. A step is one fit.
 */
public final class RandomFeaturesExperiment implements Experiment<RandomFeaturesParams> {

    static final int BATCH = 6;
    static final int THREADS = 2;

    public static final ExperimentType<RandomFeaturesParams> TYPE = new ExperimentType<>(
            "dd-random-features",
            "Double descent with random ReLU features",
            "§5 Grokking and double descent",
            "Minimum-norm least squares on p random ReLU features of n = 100 points: the test error peaks at p = n, "
                    + "where σ_min of the feature matrix vanishes, and falls again for p ≫ n.",
            RandomFeaturesParams.SPACE,
            List.of(
                    new Preset<>("no-noise", CardDeck.preset("generalization", "dd-random-features", "no-noise"),
                            new RandomFeaturesParams(0.0, 0.0, 0.0, 100, 20, 10, Labels.TRUE)),
                    new Preset<>("noise", CardDeck.preset("generalization", "dd-random-features", "noise"),
                            new RandomFeaturesParams(0.5, 0.0, 0.0, 100, 20, 10, Labels.TRUE)),
                    new Preset<>("ridge", CardDeck.preset("generalization", "dd-random-features", "ridge"),
                            new RandomFeaturesParams(0.5, 0.01, 0.0, 100, 20, 10, Labels.TRUE)),
                    new Preset<>("cut-off", CardDeck.preset("generalization", "dd-random-features", "cut-off"),
                            new RandomFeaturesParams(0.5, 0.0, 0.03, 100, 20, 10, Labels.TRUE)),
                    new Preset<>("shuffled", CardDeck.preset("generalization", "dd-random-features", "shuffled"),
                            new RandomFeaturesParams(0.5, 0.0, 0.0, 100, 20, 10, Labels.SHUFFLED))),
            RandomFeaturesExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "p", "seeds_done", "test_mean", "test_median", "test_min", "test_max",
        "train_mean", "train_median", "norm_mean", "norm_median", "ratio_median", "kept_median"};

    private RandomFeaturesParams params;
    private RandomFeatureSweep sweep;
    private Curves curves;

    public RandomFeaturesExperiment(RandomFeaturesParams params) {
        this.params = params;
        newSweep();
    }

    private void newSweep() {
        sweep = new RandomFeatureSweep(params.n(), params.d(), params.seeds());
        computeFirstSeed();
    }

    private void computeFirstSeed() {
        while (sweep.completeSeeds() < 1 && !sweep.complete()) {
            sweep.computeNext(RandomFeatureSweep.GRID_POINTS + 1, Workers.shared(), THREADS);
        }
        evaluate();
    }

    private void evaluate() {
        curves = sweep.evaluate(params.sigma(), params.lambda(), params.tau(), params.labels() == Labels.SHUFFLED);
    }

    @Override
    public RandomFeaturesParams params() {
        return params;
    }

    @Override
    public void setParams(RandomFeaturesParams next) {
        if (next.equals(params)) {
            return;
        }
        boolean same = next.sameSweep(params);
        params = next;
        if (!same) {
            newSweep();
            return;
        }
        sweep.setSeeds(next.seeds());
        evaluate();
    }

    @Override
    public void reset() {
        newSweep();
    }

    @Override
    public void step() {
        if (sweep.computeNext(BATCH, Workers.shared(), THREADS) > 0) {
            evaluate();
        }
    }

    @Override
    public boolean canStep() {
        return !sweep.complete();
    }

    /** The sweep's fits, for tests and the benchmark. */
    public RandomFeatureSweep sweep() {
        return sweep;
    }

    @Override
    public RandomFeaturesSnapshot snapshot() {
        Curves c = curves;
        int[] p = c.p();
        double[] testMean = c.mean(c.test());
        double[] testMedian = c.median(c.test());
        double[] trainMean = c.mean(c.train());
        double[] trainMedian = c.median(c.train());
        double[] normMean = c.mean(c.norm());
        double[] normMedian = c.median(c.norm());
        double[] ratioMedian = c.median(c.ratio());
        double[][] keptAsReal = new double[c.kept().length][p.length];
        for (int s = 0; s < keptAsReal.length; s++) {
            for (int j = 0; j < p.length; j++) {
                keptAsReal[s][j] = Double.isNaN(c.test()[s][j]) ? Double.NaN : c.kept()[s][j];
            }
        }
        double[] keptMedian = c.median(keptAsReal);
        Trace trace = new Trace(COLUMNS);
        for (int j = 0; j < p.length; j++) {
            int count = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] seed : c.test()) {
                if (!Double.isNaN(seed[j])) {
                    count++;
                    min = Math.min(min, seed[j]);
                    max = Math.max(max, seed[j]);
                }
            }
            if (count > 0) {
                trace.append(j, p[j], count, testMean[j], testMedian[j], min, max, trainMean[j], trainMedian[j],
                        normMean[j], normMedian[j], ratioMedian[j], keptMedian[j]);
            }
        }
        Shape shape = Shape.of(p, testMean, params.n());
        Shape medianShape = Shape.of(p, testMedian, params.n());
        Status status = status(shape, testMean, trainMean, ratioMedian, p);
        int last = lastComputed(testMean);
        int threshold = indexOf(p, params.n());
        boolean atN = !Double.isNaN(testMean[threshold]);
        RandomFeaturesSummary summary = new RandomFeaturesSummary(status.word(), sweep.done(), sweep.total(),
                sweep.completeSeeds(), RandomFeatureSample.TEST_POINTS, shape.summary(), medianShape.summary(),
                last >= 0 ? p[last] : null, last >= 0 ? trainMean[last] : null, atN ? testMean[threshold] : null,
                atN ? testMean[0] : null, Double.isNaN(ratioMedian[threshold]) ? null : ratioMedian[threshold]);
        return new RandomFeaturesSnapshot(params, sweep.done(), status, trace.view(), summary, c, testMean,
                testMedian, trainMean, trainMedian, normMean, normMedian, ratioMedian);
    }

    private Status status(Shape shape, double[] testMean, double[] trainMean, double[] ratio, int[] p) {
        for (double[][] values : List.of(curves.test(), curves.train(), curves.norm())) {
            for (int s = 0; s < values.length; s++) {
                for (int j = 0; j < p.length; j++) {
                    double v = values[s][j];
                    if (!Double.isNaN(v) && !Double.isFinite(v)) {
                        return Status.diverged("seed " + s + ", p = " + p[j] + ": the fit overflowed (1/σ_min too "
                                + "large); raise λ or τ");
                    }
                }
            }
        }
        String progress = sweep.completeSeeds() + " of " + sweep.seeds() + " seeds";
        if (shape.peakIndex < 0) {
            return Status.ready("no fit yet: press Play");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: mean test error peaks at p = %d (%s)", progress,
                p[shape.peakIndex], fmt(testMean[shape.peakIndex])));
        if (shape.classicalIndex >= 0) {
            sb.append(String.format(Locale.ROOT, "; best p < n: %s at p = %d", fmt(testMean[shape.classicalIndex]),
                    p[shape.classicalIndex]));
        }
        if (shape.modernIndex >= 0) {
            sb.append(String.format(Locale.ROOT, "; best p > n: %s at p = %d", fmt(testMean[shape.modernIndex]),
                    p[shape.modernIndex]));
        }
        int threshold = indexOf(p, params.n());
        if (params.lambda() == 0 && params.tau() == 0 && !Double.isNaN(ratio[threshold])
                && ratio[threshold] < 1e-6) {
            sb.append("; ill-conditioned at p = n: σ_min/σ_max = ").append(Numbers.format(ratio[threshold]));
        }
        int last = lastComputed(testMean);
        if (params.labels() == Labels.SHUFFLED && last >= 0) {
            sb.append(String.format(Locale.ROOT, "; shuffled labels: train error %s and test error %s at p = %d",
                    fmt(trainMean[last]), fmt(testMean[last]), p[last]));
        }
        String text = sb.toString();
        return sweep.complete() ? Status.finished(text) : Status.running(text + " (press Play for the rest)");
    }

    static String fmt(double v) {
        return frontierslab.sim.Numbers.readout(v);
    }

    static int indexOf(int[] p, int value) {
        for (int j = 0; j < p.length; j++) {
            if (p[j] == value) {
                return j;
            }
        }
        throw new IllegalArgumentException("p = " + value + " is not on the grid");
    }

    private static int lastComputed(double[] values) {
        for (int j = values.length - 1; j >= 0; j--) {
            if (!Double.isNaN(values[j])) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The landmarks of a test-error curve: its highest point, its lowest point with p &lt; n (the classical
     * minimum) and with p &gt; n (the modern one), and the value at the largest p; −1 where there is none.
     */
    record Shape(int peakIndex, int classicalIndex, int modernIndex, int[] p, double[] values) {

        static Shape of(int[] p, double[] values, int n) {
            int peak = -1;
            int classical = -1;
            int modern = -1;
            for (int j = 0; j < p.length; j++) {
                double v = values[j];
                if (Double.isNaN(v)) {
                    continue;
                }
                if (peak < 0 || v > values[peak]) {
                    peak = j;
                }
                if (p[j] < n && (classical < 0 || v < values[classical])) {
                    classical = j;
                }
                if (p[j] > n && (modern < 0 || v < values[modern])) {
                    modern = j;
                }
            }
            return new Shape(peak, classical, modern, p, values);
        }

        /** The curve's landmarks; null before its peak is known. */
        ShapeSummary summary() {
            if (peakIndex < 0) {
                return null;
            }
            boolean classical = classicalIndex >= 0;
            boolean modern = modernIndex >= 0;
            return new ShapeSummary(p[peakIndex], values[peakIndex], classical ? p[classicalIndex] : null,
                    classical ? values[classicalIndex] : null, modern ? p[modernIndex] : null,
                    modern ? values[modernIndex] : null,
                    classical && modern ? values[modernIndex] < values[classicalIndex] : null,
                    values[lastComputed(values)]);
        }
    }

    /**
     * The outcome of {@code dd-random-features}: minimum-norm least squares on p random ReLU features of n samples,
     * test errors (mean squared) over the seeds' mean and median curves; a value not known yet is absent.
     *
     * @param mean                       the landmarks of the mean test-error curve, written with the prefix {@code mean_}
     * @param median                     the same of the median curve, prefix {@code median_}
     * @param pLargest                   the largest p fitted so far
     * @param medianConditionRatioAtN    the median of σ_min/σ_max of the feature matrix at p = n
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RandomFeaturesSummary(String outcome, long fitsDone, long fitsTotal, int seedsComplete,
                                        int testPoints, @JsonUnwrapped(prefix = "mean_") ShapeSummary mean,
                                        @JsonUnwrapped(prefix = "median_") ShapeSummary median, Integer pLargest,
                                        Double meanTrainErrorAtLargestP, Double meanTestErrorAtN,
                                        Double meanTestErrorAtSmallestP, Double medianConditionRatioAtN) {
    }

    /**
     * The landmarks of a test-error curve over p: its peak near p = n, the minimum before it (classical) and after it
     * (modern); null where the curve has none yet.
     *
     * @param secondDescentLower whether the modern minimum is below the classical one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShapeSummary(int peakP, double peakTestError, Integer classicalMinP, Double classicalMinTestError,
                               Integer modernMinP, Double modernMinTestError, Boolean secondDescentLower,
                               double testErrorAtLargestP) {
    }

    /**
     * What the figure draws: every seed's curves ({@link Curves}, NaN where not computed yet) and, per p, the mean and
     * median of the test and training errors and of ‖a‖, and the median σ_min/σ_max.
     */
    public record RandomFeaturesSnapshot(RandomFeaturesParams params, long step, Status status, Trace.View trace,
                                         RandomFeaturesSummary summary, Curves curves, double[] testMean,
                                         double[] testMedian, double[] trainMean, double[] trainMedian,
                                         double[] normMean, double[] normMedian, double[] ratioMedian)
            implements Snapshot {
    }
}
