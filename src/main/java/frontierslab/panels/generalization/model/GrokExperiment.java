package frontierslab.panels.generalization.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import frontierslab.math.grok.FourierAnalysis;
import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import frontierslab.math.grok.GrokTrainer;
import frontierslab.panels.CardDeck;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Forkable;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import frontierslab.sim.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code grok-modadd}: grokking (Power et al. 2022, arXiv 2201.02177) of (a + b) mod P by a one-hidden-layer network
 * trained full-batch ({@link GrokTrainer}: h = A[a] + B[b] + b₁, z = h², o = W₂z + b₂, AdamW with decoupled decay;
 * Gromov 2023, arXiv 2301.02679). The network fits its training pairs within a few hundred steps; the test pairs follow
 * thousands of steps later, while weight decay shrinks ‖θ‖ and the units become single Fourier modes of ℤ_P
 * ({@link FourierAnalysis}; Nanda et al. 2023, arXiv 2301.05217).
 *
 * <p>One {@link #step()} is one update. The accuracies and losses on both sets, ‖θ‖₂ and the Fourier measures are
 * measured on all P² pairs at steps 1–10, every 2 steps to 100, every 20 to 1,000 and then every {@code every} steps
 * (at most), so a log axis is sampled evenly. lr and weight decay change live; each change is recorded. The grokking
 * step is the first measured step with test accuracy ≥ 95 %. A diverged run (non-finite loss, a weight past 10⁴)
 * keeps its last finite state and says so; lowering lr resumes it.
 */
public final class GrokExperiment implements Forkable<GrokParams> {

    /** Test accuracy that counts as grokked. */
    public static final double GROKKED = 0.95;

    static final GrokParams MAIN = new GrokParams(47, 0.3, 256, Activation.QUADRATIC, Loss.MSE, Optimizer.ADAMW,
            Init.RANDOM, 1, 3e-3, 1.0, 0, 1.0, 12_000, 25, true, 0);

    public static final ExperimentType<GrokParams> TYPE = new ExperimentType<>(
            "grok-modadd",
            "Grokking modular addition",
            "§5 Grokking and double descent",
            "(a + b) mod 47 from 30 % of the pairs: training accuracy at 100 % early, test accuracy thousands of steps "
                    + "later.",
            GrokParams.SPACE,
            List.of(
                    new Preset<>("main", CardDeck.preset("generalization", "grok-modadd", "main"),
                            MAIN),
                    new Preset<>("decay-raised", CardDeck.preset("generalization", "grok-modadd", "decay-raised"),
                            withSteps(MAIN.withDecay(1.0, 1000, 3.0), 5000)),
                    new Preset<>("decay-off", CardDeck.preset("generalization", "grok-modadd", "decay-off"),
                            withSteps(MAIN.withDecay(1.0, 5000, 0.0), 11_000)),
                    new Preset<>("no-decay", CardDeck.preset("generalization", "grok-modadd", "no-decay"),
                            MAIN.withDecay(0.0, 0, 0.0)),
                    new Preset<>("more-data", CardDeck.preset("generalization", "grok-modadd", "more-data"),
                            withSteps(with(MAIN, 0.5, 256, Init.RANDOM), 2000)),
                    new Preset<>("narrow", CardDeck.preset("generalization", "grok-modadd", "narrow"),
                            withSteps(with(MAIN, 0.3, 128, Init.RANDOM), 10_000)),
                    new Preset<>("fourier", CardDeck.preset("generalization", "grok-modadd", "fourier"),
                            withSteps(with(MAIN, 0.3, 256, Init.FOURIER), 3000))),
            GrokExperiment::new,
            ExperimentType.Markers.none());

    private static GrokParams with(GrokParams p, double fraction, int width, Init init) {
        return new GrokParams(p.modulus(), fraction, width, p.activation(), p.loss(), p.optimizer(), init, p.seed(),
                p.lr(), p.weightDecay(), p.switchAt(), p.decayAfter(), p.steps(), p.every(), p.logSteps(),
                p.clockFrequency());
    }

    private static GrokParams withSteps(GrokParams p, int steps) {
        return new GrokParams(p.modulus(), p.trainFraction(), p.width(), p.activation(), p.loss(), p.optimizer(),
                p.init(), p.seed(), p.lr(), p.weightDecay(), p.switchAt(), p.decayAfter(), steps, p.every(),
                p.logSteps(), p.clockFrequency());
    }

    static final String[] COLUMNS = {"step", "lr", "weight_decay", "train_loss", "test_loss", "train_acc", "test_acc",
        "weight_norm", "top_share", "aligned_fraction"};

    private GrokParams params;
    private GrokTrainer trainer;
    private Trace trace;
    private final List<Change> changes = new ArrayList<>();
    private Status status;
    private Measurement latest;
    private int memorizedStep;
    private int grokStep;

    /** A control changed before step {@code step + 1}. */
    public record Change(int step, String what, double from, double to) {
    }

    /**
     * What the representation view draws, measured at {@code step}: which pairs are answered right, the Fourier
     * spectra and the clock of frequency {@code clockFrequency} (P points).
     */
    public record Measurement(int step, boolean[] correct, boolean[] training, FourierAnalysis.Result fourier,
                              int clockFrequency, double[][] clock) {
    }

    public GrokExperiment(GrokParams params) {
        this.params = params;
        begin();
    }

    private GrokExperiment(GrokExperiment o) {
        params = o.params;
        trainer = o.trainer.copy();
        trace = o.trace.copy();
        changes.addAll(o.changes);
        status = o.status;
        latest = o.latest;
        memorizedStep = o.memorizedStep;
        grokStep = o.grokStep;
        nextMeasure = o.nextMeasure;
    }

    @Override
    public GrokExperiment fork() {
        return new GrokExperiment(this);
    }

    @Override
    public long forkBytes() {
        return trainer.copyBytes() + trace.bytes();
    }

    private void begin() {
        trainer = new GrokTrainer(params.setup(), params.lr(), params.decayAt(1), null, Workers.shared());
        trace = new Trace(COLUMNS);
        changes.clear();
        memorizedStep = -1;
        grokStep = -1;
        measure();
        status = currentStatus();
    }

    /** The step after which the next measurement is due, given the last measured step t. */
    static int nextMeasurement(int t, int every) {
        int interval = t < 10 ? 1 : t < 100 ? 2 : t < 1000 ? 20 : Integer.MAX_VALUE;
        return t + Math.max(1, Math.min(every, interval));
    }

    private int nextMeasure;

    private void measure() {
        int t = trainer.steps();
        GrokTrainer.Evaluation e = trainer.evaluate();
        double[][] a = trainer.matrix('A');
        FourierAnalysis.Result fourier = FourierAnalysis.of(a, trainer.matrix('B'), trainer.matrix('W'));
        int clockFrequency = params.clockFrequency() > 0 ? params.clockFrequency() : commonestTop(fourier);
        boolean[] training = new boolean[e.correct().length];
        for (int i = 0; i < training.length; i++) {
            training[i] = trainer.isTraining(i);
        }
        latest = new Measurement(t, e.correct(), training, fourier, clockFrequency,
                FourierAnalysis.clock(a, clockFrequency));
        trace.append(t, trainer.learningRate(), trainer.weightDecay(), e.trainLoss(), e.testLoss(), e.trainAccuracy(),
                e.testAccuracy(), trainer.weightNorm(), fourier.meanShare(), fourier.alignedFraction());
        if (memorizedStep < 0 && e.trainAccuracy() == 1.0) {
            memorizedStep = t;
        }
        if (grokStep < 0 && e.testAccuracy() >= GROKKED) {
            grokStep = t;
        }
        nextMeasure = nextMeasurement(t, params.every());
    }

    /** The top frequency shared by the most units in A (power-weighted), 1 if none. */
    static int commonestTop(FourierAnalysis.Result fourier) {
        double[] weight = new double[fourier.power()[0][0].length + 1];
        for (int k = 0; k < fourier.top()[0].length; k++) {
            int f = fourier.top()[0][k];
            if (f > 0) {
                weight[f] += fourier.power()[0][k][f - 1];
            }
        }
        int best = 1;
        for (int f = 1; f < weight.length; f++) {
            if (weight[f] > weight[best]) {
                best = f;
            }
        }
        return best;
    }

    @Override
    public GrokParams params() {
        return params;
    }

    /**
     * A step computes on the simulation thread alone (its three small products run slower split over two cores than
     * on one), so the run can keep that core while the display draws on the other; evaluations of all P² pairs use
     * both cores.
     */
    @Override
    public Pacing pacing() {
        return Pacing.OWN_CORE;
    }

    @Override
    public void setParams(GrokParams next) {
        GrokParams previous = params;
        params = next;
        if (previous.structurallyDifferent(next)) {
            begin();
            return;
        }
        int t = trainer.steps();
        if (next.lr() != previous.lr()) {
            changes.add(new Change(t, "lr", previous.lr(), next.lr()));
            trainer.setLearningRate(next.lr());
            if (trainer.hasDiverged()) {
                trainer.resume();
            }
        }
        double decay = next.decayAt(t + 1);
        if (decay != trainer.weightDecay()) {
            changes.add(new Change(t, "weight decay", trainer.weightDecay(), decay));
            trainer.setWeightDecay(decay);
        }
        if (next.clockFrequency() != previous.clockFrequency() || next.every() != previous.every()) {
            int at = latest.step();
            if (trainer.steps() == at && !trainer.hasDiverged()) {
                int f = next.clockFrequency() > 0 ? next.clockFrequency() : commonestTop(latest.fourier());
                latest = new Measurement(at, latest.correct(), latest.training(), latest.fourier(), f,
                        FourierAnalysis.clock(trainer.matrix('A'), f));
            }
            nextMeasure = Math.min(nextMeasure, nextMeasurement(at, next.every()));
        }
        status = currentStatus();
    }

    @Override
    public void reset() {
        begin();
    }

    @Override
    public boolean canStep() {
        return !trainer.hasDiverged() && trainer.steps() < params.steps();
    }

    @Override
    public void step() {
        if (!canStep()) {
            return;
        }
        int t = trainer.steps();
        double decay = params.decayAt(t + 1);
        if (decay != trainer.weightDecay()) {
            changes.add(new Change(t, "weight decay", trainer.weightDecay(), decay));
            trainer.setWeightDecay(decay);
        }
        if (!trainer.step()) {
            status = currentStatus();
            return;
        }
        if (trainer.steps() >= nextMeasure || trainer.steps() == params.steps()) {
            measure();
        }
        status = currentStatus();
    }

    private Status currentStatus() {
        if (trainer.hasDiverged()) {
            return Status.diverged(trainer.divergence().map(GrokTrainer.Divergence::reason).orElse("diverged")
                    + ". Lower lr (or Undo) to resume from the last finite state.");
        }
        int t = trainer.steps();
        Trace.View v = trace.view();
        int last = v.rows() - 1;
        String text = String.format(Locale.ROOT, "step %d of %d: train accuracy %.1f %%, test accuracy %.1f %%, ‖θ‖ %s",
                t, params.steps(), 100 * v.get(last, "train_acc"), 100 * v.get(last, "test_acc"),
                Numbers.format(v.get(last, "weight_norm")));
        if (grokStep >= 0) {
            text += "; grokked (test ≥ 95 %) at step " + grokStep;
        } else if (memorizedStep >= 0) {
            text += "; training set fitted at step " + memorizedStep + ", not yet grokked";
        }
        if (t >= params.steps()) {
            return Status.finished(text + (grokStep < 0 ? ": no grokking within " + params.steps() + " steps" : ""));
        }
        return t == 0 ? Status.ready(text + ": press Play") : Status.running(text);
    }

    /** The first measured step (≥ from) at which column ≥ level, or −1. */
    public static int firstStepAtLeast(Trace.View v, String column, double level, int from) {
        int c = v.column(column);
        int s = v.column("step");
        for (int r = 0; r < v.rows(); r++) {
            if (v.get(r, s) >= from && v.get(r, c) >= level) {
                return (int) v.get(r, s);
            }
        }
        return -1;
    }

    private static Integer stepOrNull(int step) {
        return step >= 0 ? step : null;
    }

    private static double lowest(Trace.View v, String column) {
        double low = Double.POSITIVE_INFINITY;
        for (int r = 0; r < v.rows(); r++) {
            low = Math.min(low, v.get(r, column));
        }
        return low;
    }

    /**
     * The first measured step at which {@code column} has covered half of its rise from step {@code from} to step
     * {@code to} (the training set fitted, grokked): how early a measure moves compared with test accuracy. −1 when
     * either step is missing or the measure did not rise.
     */
    public static int halfwayStep(Trace.View v, String column, int from, int to) {
        if (from < 0 || to < 0) {
            return -1;
        }
        double start = Double.NaN;
        double end = Double.NaN;
        int s = v.column("step");
        for (int r = 0; r < v.rows(); r++) {
            if (v.get(r, s) == from) {
                start = v.get(r, column);
            }
            if (v.get(r, s) == to) {
                end = v.get(r, column);
            }
        }
        if (!(end > start)) {
            return -1;
        }
        return firstStepAtLeast(v, column, 0.5 * (start + end), from);
    }

    @Override
    public GrokSnapshot snapshot() {
        Trace.View view = trace.view();
        int last = view.rows() - 1;
        GrokSummary summary = new GrokSummary(status.word(), trainer.steps(), trainer.trainingPairs(),
                view.get(last, "train_acc"), view.get(last, "test_acc"), view.get(last, "weight_norm"),
                view.get(last, "top_share"), view.get(last, "aligned_fraction"),
                memorizedStep >= 0 ? memorizedStep : null, grokStep >= 0 ? grokStep : null, view.get(0, "test_acc"),
                lowest(view, "test_acc"), stepOrNull(firstStepAtLeast(view, "test_acc", 0.10, 0)),
                stepOrNull(firstStepAtLeast(view, "test_acc", 0.50, 0)),
                stepOrNull(halfwayStep(view, "aligned_fraction", memorizedStep, grokStep)),
                stepOrNull(halfwayStep(view, "top_share", memorizedStep, grokStep)),
                changes.stream().map(c -> new ControlChange(c.step(), c.what(), c.from(), c.to())).toList(),
                trainer.divergence().map(d -> d.step()).orElse(null));
        return new GrokSnapshot(params, trainer.steps(), status, view, summary, List.copyOf(changes), latest,
                memorizedStep, grokStep);
    }

    /** A control changed during the run: at which step, which control, from and to which value. */
    public record ControlChange(int step, String control, double from, double to) {
    }

    /**
     * The outcome of {@code grok-modadd}: a network learning (a + b) mod P from a fraction of the pairs;
     * accuracies are fractions of pairs classified right.
     *
     * @param trainingPairs      the pairs trained on
     * @param topFrequencyShare  the share of the embedding's Fourier power in its strongest frequencies
     * @param alignedUnits       the fraction of hidden units aligned with a single frequency
     * @param trainFittedStep    the first step with every training pair right, null if none yet
     * @param grokStep           the first step from which the test accuracy stays high, null if none yet
     * @param testAccuracy10Step the first step with test accuracy at least 10 %, null if none
     * @param alignedHalfwayStep the step at which the aligned fraction was halfway between its values at the fit
     *                           and at the grok, null if unknown
     * @param changes            the controls changed during the run
     * @param divergedAtStep     the step at which the run diverged; absent if it did not
     */
    public record GrokSummary(String outcome, int steps, int trainingPairs, double trainAccuracy, double testAccuracy,
                              double weightNorm, double topFrequencyShare, double alignedUnits, Integer trainFittedStep,
                              Integer grokStep, double initialTestAccuracy, double lowestTestAccuracy,
                              @JsonProperty("test_accuracy_10_step") Integer testAccuracy10Step,
                              @JsonProperty("test_accuracy_50_step") Integer testAccuracy50Step,
                              Integer alignedHalfwayStep, Integer topShareHalfwayStep, List<ControlChange> changes,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer divergedAtStep) {
    }

    /** What the views of {@code grok-modadd} draw. */
    public record GrokSnapshot(GrokParams params, long step, Status status, Trace.View trace,
                               GrokSummary summary, List<Change> changes, Measurement measurement,
                               int memorizedStep, int grokStep) implements Snapshot {
    }
}
