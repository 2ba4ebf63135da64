package frontierslab.panels.eos.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import frontierslab.panels.CardDeck;
import frontierslab.math.nn.EosTrainer;
import frontierslab.math.nn.Mlp;
import frontierslab.math.nn.RegressionData;
import frontierslab.panels.eos.model.EosMlpParams.Dataset;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Forkable;
import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code eos-mlp}: progressive sharpening and the edge of stability in a real network (Cohen et al. 2021,
 * arXiv 2103.00065; docs/science.md §2). Full-batch gradient descent θ ← θ − η∇L(θ) on L = 1/(2n) Σ (f(xᵢ) − yᵢ)² for a tanh
 * MLP ({@link EosTrainer}).
 *
 * <p>One {@link #step()} is one GD update. Every {@code every} steps the sharpness λ_max = λ_max(∇²L) is measured by
 * Lanczos on exact Hessian-vector products at θ_t and again at θ_{t+1}: at the edge of stability the iterate
 * oscillates with period 2 and λ_max alternates step by step, so single samples every k steps (k even) would be biased;
 * the mean of a consecutive pair is not. The trace holds, per step, η, the loss, and where measured λ_max, η·λ_max,
 * the pair mean and the further top eigenvalues (missing values are left empty in CSV and out of the charts).
 *
 * <p>η changes live, mid-run, without a reset; each change is recorded so the charts mark it. A run that diverges
 * (non-finite or exploding loss) stops, keeps its last finite θ and says where and why; any later change of η (an undo,
 * say) resumes from that θ. Optionally a gradient-flow reference runs beside it: the same network from the same θ₀
 * with step η/r, r steps per step of the main run, r = ⌈η/0.005⌉, so that after every step both are at the same time
 * τ = Σ η_t; when η changes, r and the reference's step change with it.
 */
public final class EosMlpExperiment extends LiveExperiment<EosMlpParams> implements Forkable<EosMlpParams> {

    public static final ExperimentType<EosMlpParams> TYPE = new ExperimentType<>(
            "eos-mlp",
            "Edge of stability in a network",
            "§2 Edge of stability",
            "Full-batch GD on a tanh MLP: the sharpness rises to 2/η and stays there while the loss keeps falling.",
            EosMlpParams.SPACE,
            List.of(
                    new Preset<>("spiral", CardDeck.preset("eos", "eos-mlp", "spiral"),
                            new EosMlpParams(Dataset.SPIRAL, 0.04, 1, 4000, 10, 1, false)),
                    new Preset<>("spiral-fast", CardDeck.preset("eos", "eos-mlp", "spiral-fast"),
                            new EosMlpParams(Dataset.SPIRAL, 0.16, 1, 1500, 10, 1, false)),
                    new Preset<>("chebyshev", CardDeck.preset("eos", "eos-mlp", "chebyshev"),
                            new EosMlpParams(Dataset.CHEBYSHEV, 0.2, 1, 3000, 10, 1, false)),
                    new Preset<>("chebyshev-flow", CardDeck.preset("eos", "eos-mlp", "chebyshev-flow"),
                            new EosMlpParams(Dataset.CHEBYSHEV, 0.2, 1, 3000, 10, 1, true))),
            EosMlpExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "eta", "loss", "sharpness", "eta_sharpness", "pair_mean_eta_sharpness",
        "two_over_eta", "lambda_2", "lambda_3", "lambda_4", "lambda_5", "flow_loss", "flow_sharpness"};
    private static final double FLOW_STEP = 0.005;

    private EosTrainer trainer;
    private EosTrainer flow;
    private int flowRatio;
    /** τ = Σ η_t of the main run, and the time the flow reference has covered (the same, up to rounding). */
    private double time;
    private double flowTime;
    private Trace trace;
    private final List<EtaChange> changes = new ArrayList<>();
    private Status status;
    private double lastEtaSharpness = Double.NaN;
    private int firstEdgeStep = -1;

    /** η changed to {@code eta} before step {@code step + 1}. */
    public record EtaChange(int step, double from, double to) {
    }

    public EosMlpExperiment(EosMlpParams params) {
        super(params);
        start();
    }

    private EosMlpExperiment(EosMlpExperiment o) {
        super(o.params());
        trainer = o.trainer.copy();
        flow = o.flow == null ? null : o.flow.copy();
        flowRatio = o.flowRatio;
        time = o.time;
        flowTime = o.flowTime;
        trace = o.trace.copy();
        changes.addAll(o.changes);
        status = o.status;
        lastEtaSharpness = o.lastEtaSharpness;
        firstEdgeStep = o.firstEdgeStep;
    }

    @Override
    public EosMlpExperiment fork() {
        return new EosMlpExperiment(this);
    }

    @Override
    public long forkBytes() {
        return trainer.copyBytes() + (flow == null ? 0 : flow.copyBytes()) + trace.bytes();
    }

    @Override
    protected void begin(EosMlpParams previous) {
        trainer = newTrainer(params().eta());
        time = 0;
        flowTime = 0;
        if (params().flow()) {
            flowRatio = flowRatio(params().eta());
            flow = newTrainer(params().eta() / flowRatio);
        } else {
            flow = null;
            flowRatio = 0;
        }
        trace = new Trace(COLUMNS);
        changes.clear();
        lastEtaSharpness = Double.NaN;
        firstEdgeStep = -1;
        record(true, Double.NaN);
        status = Status.ready("step 0 of " + params().steps() + ": press Play");
    }

    private static int flowRatio(double eta) {
        return (int) Math.ceil(eta / FLOW_STEP);
    }

    /** τ = Σ η_t over the main run's steps so far. */
    double time() {
        return time;
    }

    /** The time Σ (η_t/r_t)·r_t the gradient-flow reference has covered; equal to {@link #time()} up to rounding. */
    double flowTime() {
        return flowTime;
    }

    private EosTrainer newTrainer(double eta) {
        Mlp network = params().dataset() == Dataset.SPIRAL ? Mlp.spiralNetwork() : Mlp.chebyshevNetwork();
        RegressionData data = params().dataset() == Dataset.SPIRAL ? RegressionData.spiral(0) : RegressionData.chebyshev();
        return new EosTrainer(network, data, network.initialParameters(params().seed()), eta);
    }

    @Override
    protected void change(EosMlpParams previous, EosMlpParams next) {
        if (next.eta() != previous.eta()) {
            changes.add(new EtaChange(trainer.steps(), previous.eta(), next.eta()));
            trainer.setLearningRate(next.eta());
            if (trainer.hasDiverged()) {
                trainer.resume();
            }
            if (flow != null) {
                flowRatio = flowRatio(next.eta());
                flow.setLearningRate(next.eta() / flowRatio);
            }
        }
        status = currentStatus();
    }

    @Override
    protected boolean hasDiverged() {
        return trainer.hasDiverged();
    }

    @Override
    protected long stepsTaken() {
        return trainer.steps();
    }

    @Override
    public void step() {
        if (!canStep()) {
            return;
        }
        EosTrainer.StepResult result = trainer.step();
        if (result.diverged()) {
            status = currentStatus();
            return;
        }
        time += trainer.learningRate();
        if (flow != null && !flow.hasDiverged()) {
            for (int i = 0; i < flowRatio && !flow.hasDiverged(); i++) {
                flow.step();
                flowTime += flow.learningRate();
            }
        }
        int t = trainer.steps();
        boolean measure = t % params().every() == 0 || t % params().every() == 1;
        record(measure, t % params().every() == 1 ? lastEtaSharpness : Double.NaN);
        status = currentStatus();
    }

    /** Appends the row of the current step; measures the sharpness (and the top-k eigenvalues) when asked. */
    private void record(boolean measure, double previousEtaSharpness) {
        int t = trainer.steps();
        double eta = trainer.learningRate();
        double sharpness = Double.NaN;
        double[] extra = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (measure) {
            if (params().topk() > 1) {
                double[] top = trainer.topEigenvalues(params().topk());
                sharpness = top[0];
                for (int i = 1; i < top.length && i <= 4; i++) {
                    extra[i - 1] = top[i];
                }
            } else {
                sharpness = trainer.sharpness().lambdaMax();
            }
        }
        double etaSharpness = eta * sharpness;
        double pairMean = Double.isFinite(previousEtaSharpness) && Double.isFinite(etaSharpness)
                ? 0.5 * (previousEtaSharpness + etaSharpness) : Double.NaN;
        if (Double.isFinite(etaSharpness)) {
            lastEtaSharpness = etaSharpness;
            if (firstEdgeStep < 0 && etaSharpness >= 2) {
                firstEdgeStep = t;
            }
        }
        double flowLoss = flow == null ? Double.NaN : flow.loss();
        double flowSharpness = flow != null && measure && !flow.hasDiverged() && t % params().every() == 0
                ? flow.sharpness().lambdaMax() : Double.NaN;
        trace.append(t, eta, trainer.loss(), sharpness, etaSharpness, pairMean, 2 / eta, extra[0], extra[1], extra[2],
                extra[3], flowLoss, flowSharpness);
    }

    private Status currentStatus() {
        if (trainer.hasDiverged()) {
            return Status.diverged(trainer.divergence().map(EosTrainer.Divergence::reason).orElse("diverged")
                    + ". Lower η (or Undo) to resume from the last finite state.");
        }
        int t = trainer.steps();
        String edge = firstEdgeStep >= 0 ? "; η·λ_max first reached 2 at step " + firstEdgeStep : "";
        String text = String.format(Locale.ROOT, "step %d of %d: loss %s, η·λ_max %s (2/η = %s)%s", t,
                params().steps(), Numbers.readout(trainer.loss()), Double.isFinite(lastEtaSharpness)
                        ? Numbers.readout(lastEtaSharpness) : "not yet measured",
                Numbers.format(2 / trainer.learningRate()), edge);
        if (t >= params().steps()) {
            return Status.finished(text);
        }
        return t == 0 ? Status.ready(text) : Status.running(text);
    }

    @Override
    public EosMlpSnapshot snapshot() {
        Trace.View view = trace.view();
        EosMlpSummary summary = new EosMlpSummary(status.word(), trainer.steps(), trainer.learningRate(),
                trainer.loss(), view.get(0, "loss"), finiteOrNull(view.get(0, "sharpness")),
                finiteOrNull(lastEtaSharpness), firstEdgeStep >= 0 ? firstEdgeStep : null,
                finiteOrNull(meanPairAfterEdge(view)), List.copyOf(changes),
                trainer.divergence().map(d -> d.step()).orElse(null));
        return new EosMlpSnapshot(params(), trainer.steps(), status, view, summary, List.copyOf(changes));
    }

    /** The mean of the pair means of η·λ_max measured after η·λ_max first reached 2 (NaN if none). */
    static double meanPairAfterEdge(Trace.View view) {
        int edge = -1;
        double sum = 0;
        int n = 0;
        int es = view.column("eta_sharpness");
        int pm = view.column("pair_mean_eta_sharpness");
        for (int r = 0; r < view.rows(); r++) {
            if (edge < 0 && view.get(r, es) >= 2) {
                edge = r;
            }
            if (edge >= 0 && r > edge && Double.isFinite(view.get(r, pm))) {
                sum += view.get(r, pm);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * The outcome of {@code eos-mlp}. Sharpness is the largest eigenvalue λ_max of the loss Hessian; the null values
     * are not measured yet (or not finite).
     *
     * @param eta                            the learning rate now
     * @param lastEtaSharpness               η·λ_max at the last measurement
     * @param firstEdgeStep                  the first measured step with η·λ_max ≥ 2, null if none yet
     * @param meanPairEtaSharpnessAfterEdge  the mean, after that step, of the means of consecutive pairs of η·λ_max
     * @param etaChanges                     the changes of η during the run
     * @param divergedAtStep                 the step at which the loss left every bound; absent if it did not
     */
    public record EosMlpSummary(String outcome, int steps, double eta, double finalLoss, double initialLoss,
                                Double initialSharpness, Double lastEtaSharpness, Integer firstEdgeStep,
                                Double meanPairEtaSharpnessAfterEdge, List<EtaChange> etaChanges,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Integer divergedAtStep) {
    }

    /** What the views of {@code eos-mlp} draw. */
    public record EosMlpSnapshot(EosMlpParams params, long step, Status status, Trace.View trace,
                                 EosMlpSummary summary, List<EtaChange> changes) implements Snapshot {
    }
}
