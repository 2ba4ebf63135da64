package frontierslab.panels.intro.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.math.descent.RandomFeatureSample;
import frontierslab.math.descent.RandomFeatureSweep;
import frontierslab.math.descent.RandomFeatureSweep.Curves;
import frontierslab.panels.CardDeck;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment;
import frontierslab.panels.generalization.model.RandomFeaturesParams;
import frontierslab.panels.generalization.model.RandomFeaturesParams.Labels;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;

/**
 * {@code intro-random-labels}: the same model fits the true labels and the same labels shuffled over the training
 * points, both exactly, and only the first generalizes (Zhang et al. 2017, arXiv 1611.03530). The model and the sweep
 * are those of {@code dd-random-features} ({@link RandomFeaturesExperiment}): n points x ~ N(0, I_d), labels
 * y = β·x + σz, p random ReLU features, the minimum-norm least-squares fit a = F⁺y (λ = 0, no cut-off). Each stored
 * SVD of F is evaluated twice, on y and on y_π with π a random permutation, so both fits have the same F and the same
 * p. Shown per p (means over seeds): the training error and the test error against f*, both relative to predicting 0,
 * and ‖a‖. Past p = n both training errors are 0; the test error of the shuffled fit stays at or above 1 while its
 * norm is several times the true fit's: the norm of the solution tracks the test error, the parameter count does not.
 * A step is one fit of the sweep.
 */
public final class RandomLabelsExperiment implements Experiment<RandomLabelsParams> {

    /** A mean training error below this counts as interpolating (rounding leaves about 10⁻²⁸ past p = n). */
    static final double INTERPOLATES = 1e-9;

    public static final ExperimentType<RandomLabelsParams> TYPE = new ExperimentType<>(
            "intro-random-labels",
            "True labels and shuffled labels",
            "§1 Introduction",
            "The same random-feature model fits the true labels and shuffled labels exactly; only the true fit "
                    + "generalizes, and its norm, not its parameter count, tells them apart.",
            RandomLabelsParams.SPACE,
            List.of(new Preset<>("wide-model", CardDeck.preset("intro", "intro-random-labels", "wide-model"),
                            new RandomLabelsParams(0.5, 1000, 100, 20, 10)),
                    new Preset<>("at-the-threshold", CardDeck.preset("intro", "intro-random-labels",
                            "at-the-threshold"), new RandomLabelsParams(0.5, 100, 100, 20, 10)),
                    new Preset<>("no-noise", CardDeck.preset("intro", "intro-random-labels", "no-noise"),
                            new RandomLabelsParams(0.0, 1000, 100, 20, 10)),
                    new Preset<>("few-points", CardDeck.preset("intro", "intro-random-labels", "few-points"),
                            new RandomLabelsParams(0.5, 1000, 30, 20, 10))),
            RandomLabelsExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "p", "seeds_done", "train_true", "train_shuffled", "test_true",
        "test_shuffled", "norm_true", "norm_shuffled"};

    private final RandomFeaturesExperiment sweep;
    private RandomLabelsParams params;

    public RandomLabelsExperiment(RandomLabelsParams params) {
        this.params = params;
        this.sweep = new RandomFeaturesExperiment(engine(params));
    }

    /** The §5 experiment's parameters for this one: minimum norm (λ = 0, τ = 0) on the true labels. */
    static RandomFeaturesParams engine(RandomLabelsParams p) {
        return new RandomFeaturesParams(p.sigma(), 0, 0, p.n(), p.d(), p.seeds(), Labels.TRUE);
    }

    @Override
    public RandomLabelsParams params() {
        return params;
    }

    @Override
    public void setParams(RandomLabelsParams next) {
        params = next;
        sweep.setParams(engine(next));
    }

    @Override
    public void reset() {
        sweep.reset();
    }

    @Override
    public void step() {
        sweep.step();
    }

    @Override
    public boolean canStep() {
        return sweep.canStep();
    }

    /** The index of the grid's size nearest to p on a log scale. */
    static int compared(int[] grid, int p) {
        int best = 0;
        for (int j = 1; j < grid.length; j++) {
            if (Math.abs(Math.log((double) grid[j] / p)) < Math.abs(Math.log((double) grid[best] / p))) {
                best = j;
            }
        }
        return best;
    }

    @Override
    public RandomLabelsSnapshot snapshot() {
        RandomFeatureSweep s = sweep.sweep();
        Curves trueFits = s.evaluate(params.sigma(), 0, 0, false);
        Curves shuffledFits = s.evaluate(params.sigma(), 0, 0, true);
        int[] p = trueFits.p();
        double[] trainTrue = trueFits.mean(trueFits.train());
        double[] trainShuffled = shuffledFits.mean(shuffledFits.train());
        double[] testTrue = trueFits.mean(trueFits.test());
        double[] testShuffled = shuffledFits.mean(shuffledFits.test());
        double[] normTrue = trueFits.mean(trueFits.norm());
        double[] normShuffled = shuffledFits.mean(shuffledFits.norm());
        Trace trace = new Trace(COLUMNS);
        for (int j = 0; j < p.length; j++) {
            int seeds = 0;
            for (double[] seed : trueFits.test()) {
                seeds += Double.isNaN(seed[j]) ? 0 : 1;
            }
            if (seeds > 0) {
                trace.append(j, p[j], seeds, trainTrue[j], trainShuffled[j], testTrue[j], testShuffled[j],
                        normTrue[j], normShuffled[j]);
            }
        }
        int at = compared(p, params.p());
        Status status;
        Comparison comparison = null;
        if (Double.isNaN(testTrue[at])) {
            status = Status.ready("no fit at p = " + p[at] + " yet: press Play");
        } else {
            comparison = new Comparison(p[at], p[at], trainTrue[at], trainShuffled[at], testTrue[at],
                    testShuffled[at], normTrue[at], normShuffled[at], normShuffled[at] / normTrue[at],
                    firstInterpolating(p, trainTrue), firstInterpolating(p, trainShuffled));
            String text = String.format(java.util.Locale.ROOT,
                    "p = %d for both: training error %s (true) and %s (shuffled); test error %s and %s; ‖a‖ %s and %s",
                    p[at], fmt(trainTrue[at]), fmt(trainShuffled[at]), fmt(testTrue[at]), fmt(testShuffled[at]),
                    fmt(normTrue[at]), fmt(normShuffled[at]));
            status = s.complete() ? Status.finished(text)
                    : Status.running(s.completeSeeds() + " of " + s.seeds() + " seeds: " + text);
        }
        RandomLabelsSummary summary = new RandomLabelsSummary(s.done(), s.total(), s.completeSeeds(),
                RandomFeatureSample.TEST_POINTS, p[at], comparison);
        return new RandomLabelsSnapshot(params, s.done(), status, trace.view(), summary, p, at, trueFits,
                shuffledFits);
    }

    /** The smallest p from which the mean training error stays below {@value #INTERPOLATES} over the whole grid. */
    private static Integer firstInterpolating(int[] p, double[] train) {
        int first = -1;
        for (int j = p.length - 1; j >= 0 && !Double.isNaN(train[j]) && train[j] < INTERPOLATES; j--) {
            first = j;
        }
        return first >= 0 ? p[first] : null;
    }

    private static String fmt(double v) {
        return Numbers.readout(v);
    }

    /**
     * The outcome of {@code intro-random-labels}: the random-feature model with p features fitted by minimum-norm least
     * squares to n samples, with their true labels and with the labels shuffled, averaged over seeds.
     *
     * @param fitsDone     the least-squares fits done so far
     * @param seedsComplete the seeds whose every p is fitted
     * @param testPoints   the test samples each error is measured on
     * @param pCompared    the p at which the two fits are compared
     * @param comparison   the two fits at that p, written inline; null before the first fit there
     */
    public record RandomLabelsSummary(long fitsDone, long fitsTotal, int seedsComplete, int testPoints, int pCompared,
                                      @JsonUnwrapped Comparison comparison) {
    }

    /**
     * The fits to the true and the shuffled labels at one p: mean squared errors, and ‖a‖ the norm of the output
     * weights.
     *
     * @param normRatio                 ‖a‖ shuffled over ‖a‖ true
     * @param interpolatesTrueFromP     the smallest p from which the mean training error stays below 10⁻⁹ on the
     *                                  grid, null if none
     * @param interpolatesShuffledFromP the same for the shuffled labels
     */
    public record Comparison(int parametersTrue, int parametersShuffled, double trainErrorTrue,
                             double trainErrorShuffled, double testErrorTrue, double testErrorShuffled, double normTrue,
                             double normShuffled, double normRatio,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer interpolatesTrueFromP,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer interpolatesShuffledFromP) {
    }

    /**
     * What the figure draws: the trace of means per p, the index of the compared size, and every seed's fits on the
     * true and on the shuffled labels (NaN where not computed yet).
     */
    public record RandomLabelsSnapshot(RandomLabelsParams params, long step, Status status, Trace.View trace,
                                       RandomLabelsSummary summary, int[] p, int compared, Curves trueFits,
                                       Curves shuffledFits) implements Snapshot {
    }
}
