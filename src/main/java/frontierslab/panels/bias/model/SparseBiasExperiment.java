package frontierslab.panels.bias.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import frontierslab.panels.CardDeck;
import frontierslab.math.bias.DiagonalNetwork;
import frontierslab.math.bias.MinimumNormInterpolators;
import frontierslab.math.bias.MinimumNormInterpolators.HypentropyLimit;
import frontierslab.math.bias.SparseRegressionProblem;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Forkable;
import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Locale;

/**
 * {@code bias-sparse}: small initialization finds the sparse solution (Woodworth et al. 2020, arXiv 1906.05827;
 * docs/science.md §3). A diagonal linear network w = u⊙u − v⊙v, u = v = α·1 at the start, is trained by full-batch gradient
 * descent u ← u − 2η u⊙g, v ← v + 2η v⊙g, g = Xᵀ(Xw − y)/n ({@link DiagonalNetwork}) on an underdetermined sparse
 * regression problem (n samples, d = 100 features, a k-sparse truth w*, {@link SparseRegressionProblem}).
 *
 * <p>Every interpolator fits the data; which one GD reaches depends on α. The run is compared with the minimum-ℓ1
 * interpolator w₁ (the α → 0 limit), the minimum-ℓ2 one w₂ (the α → ∞ limit) and the exact gradient-flow limit w_α,
 * the minimiser of the hypentropy potential Q_α on {Xw = y} ({@link MinimumNormInterpolators}).
 *
 * <p>One {@link #step()} takes a batch of GD steps (about 10⁶/(n·d) of them, a few milliseconds); rows are recorded
 * at every step up to 50, then at steps 3% apart and at every horizon/400-th step, so a log axis of steps is evenly
 * filled, and at the end of every call, so the last row is always the current state. η and the horizon change live; α and the data start a new run. Divergence stops the run at the last finite
 * state; lowering η resumes it.
 */
public final class SparseBiasExperiment extends LiveExperiment<SparseBiasParams>
        implements Forkable<SparseBiasParams> {

    public static final ExperimentType<SparseBiasParams> TYPE = new ExperimentType<>(
            "bias-sparse",
            "Small init finds the sparse solution",
            "§3 Implicit bias",
            "GD on w = u⊙u − v⊙v from u = v = α: small α ends at the sparse minimum-ℓ1 fit, large α at the dense "
                    + "minimum-ℓ2 fit.",
            SparseBiasParams.SPACE,
            List.of(
                    new Preset<>("small-init", CardDeck.preset("bias", "bias-sparse", "small-init"),
                            SparseBiasParams.of(0.01, 0.02, 30_000)),
                    new Preset<>("large-init", CardDeck.preset("bias", "bias-sparse", "large-init"),
                            SparseBiasParams.of(1.0, 0.02, 3_000)),
                    new Preset<>("transition", CardDeck.preset("bias", "bias-sparse", "transition"),
                            SparseBiasParams.of(0.1, 0.02, 10_000))),
            SparseBiasExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "eta", "loss", "dist_l1", "dist_l2", "dist_limit", "dist_truth",
        "l1_norm", "support_recovered"};
    /** GD steps × n × d per call of {@link #step()}. */
    static final long WORK_PER_CALL = 1_000_000;
    /** The loss below which the run counts as interpolating. */
    static final double FITTED = 1e-8;

    private SparseRegressionProblem problem;
    private double[] minimumL1;
    private double[] minimumL2;
    private HypentropyLimit limit;
    private DiagonalNetwork network;
    private Trace trace;
    private long nextLogRecord;
    private long lastRecorded;
    private Status status;

    public SparseBiasExperiment(SparseBiasParams params) {
        super(params);
        start();
    }

    private SparseBiasExperiment(SparseBiasExperiment o) {
        super(o.params());
        problem = o.problem;
        minimumL1 = o.minimumL1;
        minimumL2 = o.minimumL2;
        limit = o.limit;
        network = o.network.copy();
        trace = o.trace.copy();
        nextLogRecord = o.nextLogRecord;
        lastRecorded = o.lastRecorded;
        status = o.status;
    }

    @Override
    public SparseBiasExperiment fork() {
        return new SparseBiasExperiment(this);
    }

    @Override
    public long forkBytes() {
        return network.copyBytes() + trace.bytes();
    }

    @Override
    protected void begin(SparseBiasParams previous) {
        SparseBiasParams now = params();
        boolean newData = previous == null || previous.seed() != now.seed() || previous.samples() != now.samples()
                || previous.sparsity() != now.sparsity() || previous.noise() != now.noise();
        if (newData) {
            problem = SparseRegressionProblem.draw(now.seed(), now.samples(), SparseBiasParams.FEATURES,
                    now.sparsity(), now.noise());
            minimumL1 = MinimumNormInterpolators.minimumL1(problem);
            minimumL2 = MinimumNormInterpolators.minimumL2(problem);
        }
        limit = MinimumNormInterpolators.hypentropyLimit(problem, now.alpha());
        network = new DiagonalNetwork(problem, now.alpha(), now.eta());
        trace = new Trace(COLUMNS);
        nextLogRecord = 51;
        record();
        status = currentStatus();
    }

    @Override
    protected void change(SparseBiasParams previous, SparseBiasParams next) {
        if (next.eta() != previous.eta()) {
            network.setLearningRate(next.eta());
            network.resume();
        }
        status = currentStatus();
    }

    @Override
    protected boolean hasDiverged() {
        return network.hasDiverged();
    }

    @Override
    protected long stepsTaken() {
        return network.steps();
    }

    /** GD steps per call: about {@link #WORK_PER_CALL}/(n·d). */
    int batch() {
        return (int) Math.max(1, WORK_PER_CALL / ((long) params().samples() * SparseBiasParams.FEATURES));
    }

    @Override
    public void step() {
        if (!canStep()) {
            return;
        }
        long end = Math.min(params().steps(), network.steps() + batch());
        while (network.steps() < end && !network.hasDiverged()) {
            long t = network.steps();
            long target = Math.min(end, nextRecordAfter(t));
            network.step((int) (target - t));
            if (network.steps() == target && !network.hasDiverged()) {
                record();
            }
        }
        if (network.steps() != lastRecorded && !network.hasDiverged()) {
            record();
        }
        status = currentStatus();
    }

    private long nextRecordAfter(long t) {
        long every = Math.max(1, params().steps() / 400);
        long linear = (t / every + 1) * every;
        long next = t < 50 ? t + 1 : Math.min(linear, nextLogRecord);
        return Math.min(next, params().steps());
    }

    private void record() {
        long t = network.steps();
        lastRecorded = t;
        if (t >= nextLogRecord) {
            nextLogRecord = Math.max(t + 1, (long) Math.ceil(t * 1.03));
        }
        double[] w = network.weights();
        trace.append(t, network.learningRate(), network.loss(), distance(w, minimumL1), distance(w, minimumL2),
                distance(w, limit.weights()), distance(w, problem.truth()), l1(w), problem.supportRecovered(w));
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double e = a[i] - b[i];
            s += e * e;
        }
        return Math.sqrt(s);
    }

    static double l1(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return s;
    }

    /** Which interpolator w is closer to, in words. */
    private String verdict(double toL1, double toL2) {
        double gap = distance(minimumL1, minimumL2);
        if (gap < 1e-9) {
            return "here w₁ = w₂";
        }
        if (toL1 < 0.25 * toL2) {
            return "w is near the sparse minimum-ℓ1 interpolator";
        }
        if (toL2 < 0.25 * toL1) {
            return "w is near the dense minimum-ℓ2 interpolator";
        }
        return "w is between the minimum-ℓ1 and minimum-ℓ2 interpolators";
    }

    private Status currentStatus() {
        long t = network.steps();
        double[] w = network.weights();
        double loss = network.loss();
        double toL1 = distance(w, minimumL1);
        double toL2 = distance(w, minimumL2);
        if (network.hasDiverged()) {
            return Status.diverged(network.divergence().map(DiagonalNetwork.Divergence::reason).orElse("diverged")
                    + ". Lower η to resume from the last finite state.");
        }
        String text = String.format(Locale.ROOT, "step %d of %d: loss %s, ‖w − w₁‖ = %s, ‖w − w₂‖ = %s, "
                + "‖w − w_α‖ = %s; %s", t, params().steps(), Numbers.format(loss), Numbers.format(toL1),
                Numbers.format(toL2), Numbers.format(distance(w, limit.weights())),
                loss < FITTED ? verdict(toL1, toL2) : "not yet interpolating");
        if (t == 0) {
            return Status.ready(text + ": press Play");
        }
        if (t >= params().steps()) {
            return Status.finished(text + (loss < FITTED ? "" : " (raise the horizon or η)"));
        }
        return Status.running(text);
    }

    @Override
    public SparseBiasSnapshot snapshot() {
        double[] w = network.weights();
        SparseBiasSummary summary = new SparseBiasSummary(status.word(), network.steps(), params().alpha(),
                network.learningRate(), network.loss(), distance(w, minimumL1), distance(w, minimumL2),
                distance(w, limit.weights()), distance(w, problem.truth()), l1(w), l1(minimumL1), l1(minimumL2),
                l1(limit.weights()), limit.converged(), problem.supportRecovered(w), params().sparsity(),
                distance(minimumL1, problem.truth()), network.divergence().map(d -> d.step()).orElse(null));
        return new SparseBiasSnapshot(params(), network.steps(), status, trace.view(), summary, w, problem.truth(),
                minimumL1.clone(), minimumL2.clone(), limit.weights().clone(), problem.supportRecovered(w));
    }

    /**
     * The outcome of {@code bias-sparse}: distances are Euclidean between weight vectors w.
     *
     * @param distL1           the distance to the minimum-ℓ1 interpolator
     * @param distL2           the distance to the minimum-ℓ2 interpolator
     * @param distLimit        the distance to the limit of gradient flow from this initialization scale α
     * @param minL2L1Norm      the ℓ1 norm of the minimum-ℓ2 interpolator
     * @param limitConverged   whether the computation of that limit converged
     * @param supportRecovered how many entries of the truth's support are among the largest entries of w
     * @param sparsity         the number of non-zero entries of the truth
     * @param divergedAtStep   the step at which the run diverged; absent if it did not
     */
    public record SparseBiasSummary(String outcome, long steps, double alpha, double eta, double finalLoss,
                                    double distL1, double distL2, double distLimit, double distTruth, double l1Norm,
                                    double minL1Norm, double minL2L1Norm, double limitL1Norm, boolean limitConverged,
                                    int supportRecovered, int sparsity, double minL1DistTruth,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) Long divergedAtStep) {
    }

    /**
     * What the views of {@code bias-sparse} draw: the trace, and the coordinates of w now, of the truth w*, of the
     * minimum-ℓ1 and minimum-ℓ2 interpolators and of the gradient-flow limit w_α (copies).
     */
    public record SparseBiasSnapshot(SparseBiasParams params, long step, Status status, Trace.View trace,
                                     SparseBiasSummary summary, double[] weights, double[] truth,
                                     double[] minimumL1, double[] minimumL2, double[] limit,
                                     int supportRecovered) implements Snapshot {
    }
}
