package frontierslab.panels.generalization.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import frontierslab.math.descent.LinearFeatureFits;
import frontierslab.math.descent.LinearFeatureRisk;
import frontierslab.math.descent.RandomFeatureSweep;
import frontierslab.panels.CardDeck;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code dd-linear-features}: double descent with its closed form. x ~ N(0, I_D), y = x·β + σz with β_j ∝ j^(−decay)
 * and ‖β‖ = 1; a model of size p is the minimum-norm least-squares fit on the first p coordinates of n samples
 * ({@link LinearFeatureFits}). Its excess risk ‖β_P − ŵ‖² + ‖β_T‖² (relative to predicting 0, since ‖β‖ = 1), averaged
 * over seeds, is drawn against p = 1 … D beside the exact expectation of Belkin, Hsu and Xu (2019) and the
 * proportional limit of Hastie et al. (2019) ({@link LinearFeatureRisk}).
 *
 * <p>Whether the second descent ends below the first minimum depends on where the signal is: spread evenly, the best
 * p &lt; n is no better than predicting 0 and the overparameterized end is lower; concentrated in the first
 * coordinates, a few features capture it, and the end at p = D is higher. σ is applied to the stored fits at once; the
 * rest recomputes, one seed per {@link #step()} after the first {@value #SEEDS_AT_ONCE}.
 */
public final class LinearFeaturesExperiment implements Experiment<LinearFeaturesParams> {

    static final int SEEDS_AT_ONCE = 2;
    /**
     * The Monte Carlo mean is compared with the exact value only for |p − n| ≥ this: the error's variance over draws
     * is finite only for p ≤ n − 6 or so (the second moment of an inverse Wishart matrix) and likewise above n.
     */
    public static final int AGREEMENT_GAP = 6;

    public static final ExperimentType<LinearFeaturesParams> TYPE = new ExperimentType<>(
            "dd-linear-features",
            "Double descent with its closed form",
            "§5 Grokking and double descent",
            "Minimum-norm least squares on the first p of D Gaussian coordinates: the Monte Carlo error against the "
                    + "exact expectation of Belkin, Hsu and Xu, and whether the second descent ends lower.",
            LinearFeaturesParams.SPACE,
            List.of(
                    new Preset<>("flat-signal", CardDeck.preset("generalization", "dd-linear-features", "flat-signal"),
                            new LinearFeaturesParams(0.5, 0.0, 40, 120, 50)),
                    new Preset<>("decaying-signal",
                            CardDeck.preset("generalization", "dd-linear-features", "decaying-signal"),
                            new LinearFeaturesParams(0.5, 1.0, 40, 120, 50)),
                    new Preset<>("no-noise", CardDeck.preset("generalization", "dd-linear-features", "no-noise"),
                            new LinearFeaturesParams(0.0, 0.0, 40, 120, 50))),
            LinearFeaturesExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "p", "seeds_done", "mc_mean", "mc_median", "mc_standard_error", "exact",
        "asymptotic", "signal_left_out"};

    private LinearFeaturesParams params;
    private double[] beta;
    private final List<LinearFeatureFits> fits = new ArrayList<>();

    public LinearFeaturesExperiment(LinearFeaturesParams params) {
        this.params = params;
        restart();
    }

    private void restart() {
        beta = LinearFeatureRisk.signal(params.dimension(), params.decay());
        fits.clear();
        while (fits.size() < Math.min(SEEDS_AT_ONCE, params.seeds())) {
            step();
        }
    }

    @Override
    public LinearFeaturesParams params() {
        return params;
    }

    @Override
    public void setParams(LinearFeaturesParams next) {
        LinearFeaturesParams old = params;
        params = next;
        if (old.decay() != next.decay() || old.n() != next.n() || old.dimension() != next.dimension()) {
            restart();
            return;
        }
        while (fits.size() > next.seeds()) {
            fits.removeLast();
        }
    }

    @Override
    public void reset() {
        restart();
    }

    @Override
    public void step() {
        if (canStep()) {
            fits.add(new LinearFeatureFits(fits.size(), params.n(), beta));
        }
    }

    @Override
    public boolean canStep() {
        return fits.size() < params.seeds();
    }

    /** The expected excess risk at p (exact, or its proportional limit), +∞ next to p = n. */
    public double exact(int p, boolean asymptotic) {
        return LinearFeatureRisk.of(params.n(), p, beta, params.sigma(), asymptotic);
    }

    @Override
    public LinearFeaturesSnapshot snapshot() {
        int dimension = params.dimension();
        int n = params.n();
        int seeds = fits.size();
        double[][] risk = new double[seeds][dimension];
        for (int s = 0; s < seeds; s++) {
            for (int p = 1; p <= dimension; p++) {
                risk[s][p - 1] = fits.get(s).risk(p, params.sigma());
            }
        }
        RandomFeatureSweep.Curves columns = new RandomFeatureSweep.Curves(new int[dimension], risk, risk, risk, risk,
                new int[seeds][dimension]);
        double[] mean = columns.mean(risk);
        double[] median = columns.median(risk);
        double[] exact = new double[dimension];
        double[] asymptotic = new double[dimension];
        double[] left = new double[dimension];
        double[] error = new double[dimension];
        int[] p = new int[dimension];
        Trace trace = new Trace(COLUMNS);
        double tail = 0;
        for (int j = dimension - 1; j >= 0; j--) {
            left[j] = tail;
            tail += beta[j] * beta[j];
        }
        for (int j = 0; j < dimension; j++) {
            p[j] = j + 1;
            exact[j] = exact(j + 1, false);
            asymptotic[j] = exact(j + 1, true);
            double m2 = 0;
            for (double[] r : risk) {
                m2 += (r[j] - mean[j]) * (r[j] - mean[j]);
            }
            error[j] = seeds > 1 ? Math.sqrt(m2 / (seeds - 1) / seeds) : 0;
            trace.append(j + 1, j + 1, seeds, mean[j], median[j], error[j], finiteOr(exact[j]),
                    finiteOr(asymptotic[j]), left[j]);
        }
        int first = argMin(exact, 0, Math.min(dimension, n - 2));
        int second = argMin(exact, Math.min(dimension, n + 1), dimension);
        Status status;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d of %d seeds", seeds, params.seeds()));
        if (first >= 0) {
            sb.append(String.format(Locale.ROOT, "; exact: first minimum %s at p = %d", fmt(exact[first]), first + 1));
        }
        if (second >= 0) {
            sb.append(String.format(Locale.ROOT, ", second %s at p = %d", fmt(exact[second]), second + 1));
        }
        if (first >= 0 && second >= 0) {
            boolean lower = exact[second] < Math.min(exact[first], 1.0);
            sb.append(lower ? ": the second descent ends lower" : ": the second descent ends higher");
        }
        if (n - 1 <= dimension) {
            sb.append(String.format(Locale.ROOT, "; at p = n ± 1 the expected error is infinite (Monte Carlo "
                    + "median %s at p = n)", fmt(median[Math.min(n, dimension) - 1])));
        }
        String text = sb.toString();
        status = canStep() ? Status.running(text + " (press Play for the rest)") : Status.finished(text);
        boolean f = first >= 0;
        boolean t = second >= 0;
        LinearFeaturesSummary summary = new LinearFeaturesSummary(seeds, 1.0, f ? first + 1 : null,
                f ? exact[first] : null, f ? mean[first] : null, t ? second + 1 : null, t ? exact[second] : null,
                t ? mean[second] : null, t ? exact[dimension - 1] : null, t ? mean[dimension - 1] : null,
                f && t ? exact[second] < Math.min(exact[first], 1.0) : null, status.word());
        return new LinearFeaturesSnapshot(params, seeds, status, trace.view(), summary, p, risk, mean, median, exact,
                asymptotic, error, beta.clone());
    }

    /** An infinite expectation is written as a missing value (an empty CSV cell), never drawn. */
    private static double finiteOr(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** The index of the smallest finite value in [from, to), −1 if none. */
    static int argMin(double[] values, int from, int to) {
        int best = -1;
        for (int j = Math.max(0, from); j < to; j++) {
            if (Double.isFinite(values[j]) && (best < 0 || values[j] < values[best])) {
                best = j;
            }
        }
        return best;
    }

    static String fmt(double v) {
        return frontierslab.sim.Numbers.readout(v);
    }

    /**
     * The outcome of {@code dd-linear-features}: the test risk of minimum-norm least squares on the first p of the
     * features, exact (Belkin, Hsu, Xu) and Monte Carlo (the mean over seeds); a value not known yet is absent.
     *
     * @param testErrorAtP0      the risk of predicting zero, 1 by the normalization of the target
     * @param exactFirstMinP     the p of the smallest exact risk before p = n − 1
     * @param exactSecondMinP    the p of the smallest exact risk after p = n + 1
     * @param secondDescentLower whether the second minimum is below the first (and below the risk at p = 0)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinearFeaturesSummary(int seedsDone, @JsonProperty("test_error_at_p_0") double testErrorAtP0,
                                        Integer exactFirstMinP, Double exactFirstMin, Double mcFirstMin,
                                        Integer exactSecondMinP, Double exactSecondMin, Double mcSecondMin,
                                        Double exactAtLargestP, Double mcAtLargestP, Boolean secondDescentLower,
                                        String outcome) {
    }

    /** What the figure draws: per seed and p the risk, its mean and median, the closed forms, the signal β. */
    public record LinearFeaturesSnapshot(LinearFeaturesParams params, long step, Status status, Trace.View trace,
                                         LinearFeaturesSummary summary, int[] p, double[][] risk, double[] mean,
                                         double[] median, double[] exact, double[] asymptotic,
                                         double[] standardError, double[] beta)
            implements Snapshot {

        public LinearFeaturesSnapshot {
            risk = Arrays.stream(risk).map(double[]::clone).toArray(double[][]::new);
        }
    }
}
