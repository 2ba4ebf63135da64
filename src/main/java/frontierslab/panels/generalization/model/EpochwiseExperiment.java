package frontierslab.panels.generalization.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import frontierslab.math.descent.EpochwiseDescent;
import frontierslab.panels.CardDeck;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Locale;

/**
 * {@code dd-epochwise}: double descent in time ({@link EpochwiseDescent}). The fast block is learned first; fitting it
 * to labels that still contain the slow block's signal (and the noise) makes the test error rise; when GD reaches the
 * slow block, about κ² times later, that signal is learned and the error falls again. The trajectory is exact at each
 * of {@value #TIMES} log-spaced times from 1 to 20/(ηλ_min) (the slowest direction's time scale, at most 10¹²), so
 * every parameter change redraws it at once; there is nothing to step.
 *
 * <p>The landmarks are read off the sampled curve: from t = 1 it falls to a first minimum, rises to a peak, falls to a
 * second minimum. "Falls, rises, falls" needs each move to be more than {@value #SHAPE_TOLERANCE} of the value.
 */
public final class EpochwiseExperiment implements Experiment<EpochwiseParams> {

    static final int TIMES = 400;
    static final double SHAPE_TOLERANCE = 0.01;

    public static final ExperimentType<EpochwiseParams> TYPE = new ExperimentType<>(
            "dd-epochwise",
            "Double descent in time",
            "§5 Grokking and double descent",
            "GD from zero on a linear model with a fast and a slow block of features: over log t the test error "
                    + "falls, rises while the fast block overfits, and falls again when the slow block is learned.",
            EpochwiseParams.SPACE,
            List.of(
                    new Preset<>("two-time-scales",
                            CardDeck.preset("generalization", "dd-epochwise", "two-time-scales"),
                            new EpochwiseParams(30, 50, 10, 100, 0.3, 0.5, 0)),
                    new Preset<>("one-time-scale", CardDeck.preset("generalization", "dd-epochwise", "one-time-scale"),
                            new EpochwiseParams(1, 50, 10, 100, 0.3, 0.5, 0)),
                    new Preset<>("no-slow-signal", CardDeck.preset("generalization", "dd-epochwise", "no-slow-signal"),
                            new EpochwiseParams(30, 50, 10, 100, 0.3, 0.0, 0))),
            EpochwiseExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "t", "test_error", "fast_part", "slow_part", "train_error"};

    private EpochwiseParams params;
    private EpochwiseDescent model;
    private EpochwiseDescent.Point[] points;

    public EpochwiseExperiment(EpochwiseParams params) {
        this.params = params;
        compute();
    }

    private void compute() {
        model = new EpochwiseDescent(params.seed(), params.n(), params.fast(), params.slow(), params.kappa(),
                params.sigma(), params.slowShare());
        double horizon = Math.min(1e12, Math.max(100, 20 / (model.eta() * model.smallestLearnedEigenvalue())));
        points = new EpochwiseDescent.Point[TIMES];
        for (int i = 0; i < TIMES; i++) {
            points[i] = model.at(Math.pow(horizon, i / (double) (TIMES - 1)));
        }
    }

    @Override
    public EpochwiseParams params() {
        return params;
    }

    @Override
    public void setParams(EpochwiseParams next) {
        if (!next.equals(params)) {
            params = next;
            compute();
        }
    }

    @Override
    public void reset() {
        compute();
    }

    @Override
    public void step() {
    }

    @Override
    public boolean canStep() {
        return false;
    }

    /** The exact errors at any t ≥ 0 with the current parameters. */
    public EpochwiseDescent.Point at(double t) {
        return model.at(t);
    }

    /** Indices of the first minimum, the peak after it and the minimum after that, −1 where the curve has none. */
    record Landmarks(int firstMin, int peak, int secondMin) {

        static Landmarks of(double[] e) {
            int i = 0;
            while (i + 1 < e.length && e[i + 1] <= e[i]) {
                i++;
            }
            int first = i;
            while (i + 1 < e.length && e[i + 1] >= e[i]) {
                i++;
            }
            int peak = i;
            while (i + 1 < e.length && e[i + 1] <= e[i]) {
                i++;
            }
            int second = i;
            boolean fell = e[first] < (1 - SHAPE_TOLERANCE) * e[0];
            boolean rose = e[peak] > (1 + SHAPE_TOLERANCE) * e[first];
            boolean fellAgain = e[second] < (1 - SHAPE_TOLERANCE) * e[peak];
            return new Landmarks(fell ? first : -1, fell && rose ? peak : -1, fell && rose && fellAgain ? second : -1);
        }

        boolean fallsRisesFalls() {
            return secondMin >= 0;
        }
    }

    @Override
    public EpochwiseSnapshot snapshot() {
        Trace trace = new Trace(COLUMNS);
        double[] t = new double[TIMES];
        double[] test = new double[TIMES];
        double[] fastPart = new double[TIMES];
        double[] slowPart = new double[TIMES];
        double[] train = new double[TIMES];
        for (int i = 0; i < TIMES; i++) {
            EpochwiseDescent.Point p = points[i];
            t[i] = p.t();
            test[i] = p.test();
            fastPart[i] = p.fastPart();
            slowPart[i] = p.slowPart();
            train[i] = p.train();
            trace.append(i, p.t(), p.test(), p.fastPart(), p.slowPart(), p.train());
        }
        Landmarks marks = Landmarks.of(test);
        StringBuilder sb = new StringBuilder();
        if (marks.firstMin >= 0) {
            sb.append(String.format(Locale.ROOT, "test error falls to %s at t = %s", fmt(test[marks.firstMin]),
                    fmt(t[marks.firstMin])));
        } else {
            sb.append("the test error never falls");
        }
        if (marks.peak >= 0) {
            sb.append(String.format(Locale.ROOT, ", rises to %s at t = %s", fmt(test[marks.peak]),
                    fmt(t[marks.peak])));
        }
        if (marks.secondMin >= 0) {
            sb.append(String.format(Locale.ROOT, ", falls again to %s at t = %s", fmt(test[marks.secondMin]),
                    fmt(t[marks.secondMin])));
        } else if (marks.peak >= 0) {
            sb.append(" and does not fall again");
        }
        sb.append(String.format(Locale.ROOT, "; at t = %s: test %s, train %s (η = 1/λ_max = %s)",
                fmt(t[TIMES - 1]), fmt(test[TIMES - 1]), fmt(train[TIMES - 1]), fmt(model.eta())));
        Status status = Status.finished(sb.toString());
        boolean f = marks.firstMin >= 0;
        boolean k = marks.peak >= 0;
        boolean g = marks.secondMin >= 0;
        EpochwiseSummary summary = new EpochwiseSummary(model.eta(), t[TIMES - 1], marks.fallsRisesFalls(),
                f ? t[marks.firstMin] : null, f ? test[marks.firstMin] : null, k ? t[marks.peak] : null,
                k ? test[marks.peak] : null, k ? slowPart[marks.peak] : null, g ? t[marks.secondMin] : null,
                g ? test[marks.secondMin] : null, g ? slowPart[marks.secondMin] : null, test[TIMES - 1],
                train[TIMES - 1], status.word());
        return new EpochwiseSnapshot(params, TIMES, status, trace.view(), summary, t, test, fastPart, slowPart, train,
                marks.firstMin, marks.peak, marks.secondMin);
    }

    static String fmt(double v) {
        return frontierslab.sim.Numbers.readout(v);
    }

    /**
     * The outcome of {@code dd-epochwise}: the test error of gradient descent over time t = η·steps on a fast and a
     * slow block of features; a landmark the curve does not have is absent.
     *
     * @param eta             the step size, 1/λ_max
     * @param horizon         the last time computed
     * @param fallsRisesFalls whether the test error falls, rises and falls again
     * @param firstMinT       the time of the first minimum of the test error
     * @param slowPartAtPeak  the slow block's part of the test error at the peak
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EpochwiseSummary(double eta, double horizon, boolean fallsRisesFalls, Double firstMinT,
                                   Double firstMin, Double peakT, Double peak, Double slowPartAtPeak,
                                   Double secondMinT, Double secondMin, Double slowPartAtSecondMin,
                                   double finalTestError, double finalTrainError, String outcome) {
    }

    /** What the figure draws: the errors at each sampled t, and the indices of the landmarks (−1: none). */
    public record EpochwiseSnapshot(EpochwiseParams params, long step, Status status, Trace.View trace,
                                    EpochwiseSummary summary, double[] t, double[] test, double[] fastPart,
                                    double[] slowPart, double[] train, int firstMin, int peak, int secondMin)
            implements Snapshot {
    }
}
