package frontierslab.panels.eos.model;

import frontierslab.panels.CardDeck;
import frontierslab.math.eos.Divergence;
import frontierslab.math.eos.ValleyPreset;
import frontierslab.math.eos.ValleyRun;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code eos-valley}: gradient descent w ← w − η∇L(w) on a two-parameter model whose minima form a valley of varying
 * sharpness ({@link ValleyRun}): L = ℓ(w₁w₂ − y), minima on w₁w₂ = y with sharpness w₁² + w₂² (smallest, 2y, at the
 * balanced point), or L = (1 − a x² − y²)², minima on an ellipse with sharpness between 8a and 8.
 *
 * <p>From a start whose nearby minima are sharper than 2/η, GD cannot settle: it oscillates across the valley and each
 * step changes what gradient flow would reach. On the product model D = w₁² − w₂² obeys
 * D_{t+1} = D_t(1 − η²ℓ'(r_t)²) with r = w₁w₂ − y (gradient flow conserves it), so the sharpness of the gradient-flow
 * limit, √(D² + 4y²), falls step by step until the iterate reaches minima flat enough (below 2/η) to converge
 * (Kreisler, Nacson, Soudry and Carmon 2023, arXiv 2305.13064). The trace records at every iterate w_t: w, L, D, the residual r (1 − a x² − y² on the ellipse),
 * λ_max(∇²L(w_t)) and the sharpness of the gradient-flow limit from w_t. A run that diverges stops there, keeping its
 * last finite iterate. Everything the status and the summary say is computed from the recorded run.
 */
public final class ValleyExperiment extends ReplayedExperiment<ValleyParams> {

    public static final ExperimentType<ValleyParams> TYPE = new ExperimentType<>(
            "eos-valley",
            "A valley of minima: drift to 2/η",
            "§2 Edge of stability",
            "GD on ℓ(w₁w₂ − y) or (1 − ax² − y²)²: too sharp to settle, it oscillates across the valley and drifts "
                    + "along it to minima of sharpness just below 2/η.",
            ValleyParams.SPACE,
            Arrays.stream(ValleyPreset.values())
                    .map(p -> new Preset<>(presetName(p), CardDeck.preset("eos", "eos-valley", presetName(p)),
                            ValleyParams.SPACE.with(ValleyParams.of(p), "steps", shownSteps(p))))
                    .toList(),
            ValleyExperiment::new,
            ExperimentType.Markers.none());

    private static String presetName(ValleyPreset preset) {
        return preset.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The horizon of each preset: long enough for what its description claims (checked by ValleyExperimentTest), short
     * enough that the steps where it happens fill the charts (ValleyPreset's own horizons are longer).
     */
    static int shownSteps(ValleyPreset preset) {
        return switch (preset) {
            case LOG_COSH_DRIFT -> 500;
            case SQUARE_LOSS_DIVERGES -> 500;
            case LOG_COSH_LARGE_STEP -> 150;
            case SQUARE_LOSS_CATAPULT -> 60;
            case ELLIPSE_DRIFT -> 1500;
            case ELLIPSE_NO_STABLE_MINIMUM -> 1000;
        };
    }

    private ValleyRun.Result run;
    /** The run's columns, copied once (the result's accessors copy on every call). */
    private double[][] columns;
    private Trace trace;
    private int prefixSteps = -1;
    private ValleyRun.Result prefix;

    public ValleyExperiment(ValleyParams params) {
        super(params);
        start();
    }

    public static Trace newTrace() {
        return new Trace("step", "w1", "w2", "loss", "d", "residual", "sharpness", "flow_limit_sharpness");
    }

    @Override
    protected int horizon(ValleyParams p) {
        return p.steps();
    }

    @Override
    protected Status begin(ValleyParams p) {
        run = ValleyRun.run(p.valley(), p.start(), p.eta(), p.steps());
        columns = new double[][] {run.w1(), run.w2(), run.loss(), run.balance(), run.residual(), run.sharpness(),
            run.flowLimitSharpness()};
        trace = newTrace();
        prefixSteps = -1;
        prefix = null;
        record(0);
        return Status.ready(startSentence());
    }

    @Override
    protected Status advance(int stepNumber) {
        if (stepNumber <= run.stepsTaken()) {
            record(stepNumber);
        }
        var divergence = run.summary().divergence();
        if (divergence.isPresent() && stepNumber >= divergence.get().step()) {
            return Status.diverged(divergence.get().explanation());
        }
        return null;
    }

    private void record(int t) {
        trace.append(t, columns[0][t], columns[1][t], columns[2][t], columns[3][t], columns[4][t], columns[5][t],
                columns[6][t]);
    }

    /** The run cut after {@code steps} steps: the whole run, or the same run recomputed to that step. */
    private ValleyRun.Result runTo(int steps) {
        if (steps >= run.stepsTaken()) {
            return run;
        }
        if (prefixSteps != steps) {
            prefix = ValleyRun.run(params().valley(), params().start(), params().eta(), steps);
            prefixSteps = steps;
        }
        return prefix;
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        if (taken == 0) {
            return Status.ready(startSentence());
        }
        if (!atHorizon) {
            // read off the last row: cheap on every step; the snapshot's summary covers the run so far
            int row = trace.rows() - 1;
            return Status.running(String.format(Locale.ROOT,
                    "step %d of %d: λ_max = %s, gradient flow would stop at λ = %s, 2/η = %s%s", taken,
                    params().steps(), Numbers.readout(trace.get(row, trace.column("sharpness"))),
                    Numbers.readout(trace.get(row, trace.column("flow_limit_sharpness"))), Numbers.readout(params().twoOverEta()),
                    params().product() ? ", D = " + Numbers.readout(trace.get(row, trace.column("d"))) : ""));
        }
        ValleyRun.Result r = runTo(taken);
        ValleyRun.Summary s = r.summary();
        String story = story(r);
        return switch (s.outcome()) {
            case CONVERGED -> Status.converged(String.format(Locale.ROOT,
                    "on the valley from step %d, at a minimum of sharpness %s = %s × 2/η; %s", s.convergedAtStep(),
                    Numbers.readout(s.finalSharpness()), Numbers.readout(s.finalSharpnessOverEdge()), story));
            case OSCILLATING -> Status.finished(String.format(Locale.ROOT,
                    "still crossing the valley on every step after %d steps (λ_max now %s, 2/η = %s); %s", taken,
                    Numbers.readout(s.finalSharpness()), Numbers.readout(s.twoOverEta()), story));
            case STILL_MOVING -> Status.finished(String.format(Locale.ROOT,
                    "not yet on the valley after %d steps (λ_max now %s, 2/η = %s); %s", taken,
                    Numbers.readout(s.finalSharpness()), Numbers.readout(s.twoOverEta()), story));
            case DIVERGED -> Status.diverged(s.divergence().orElseThrow().explanation());
        };
    }

    private String startSentence() {
        ValleyParams p = params();
        return String.format(Locale.ROOT, "start at (%s, %s): λ_max = %s, gradient flow would stop at a minimum of "
                        + "sharpness %s; 2/η = %s", Numbers.readout(p.w1()), Numbers.readout(p.w2()), Numbers.readout(columns[5][0]), Numbers.readout(columns[6][0]),
                Numbers.readout(p.twoOverEta()));
    }

    /** Where gradient flow would have ended and how the run drifted, in one clause. */
    private String story(ValleyRun.Result r) {
        ValleyRun.Summary s = r.summary();
        int last = r.stepsTaken();
        String drift = params().product()
                ? String.format(Locale.ROOT, "; D went from %s to %s", Numbers.readout(columns[3][0]), Numbers.readout(columns[3][last]))
                : "";
        return String.format(Locale.ROOT, "gradient flow would stop at sharpness %s = %s × 2/η from the start, at %s "
                        + "from step %d; %d crossing%s of the valley%s",
                Numbers.readout(s.startFlowLimitSharpness()), Numbers.readout(s.startFlowLimitSharpness() / s.twoOverEta()),
                Numbers.readout(s.finalFlowLimitSharpness()), last, s.residualSignChanges(),
                s.residualSignChanges() == 1 ? "" : "s", drift);
    }

    @Override
    public ValleySnapshot snapshot() {
        ValleyParams p = params();
        int taken = taken();
        ValleyRun.Result r = taken == 0 ? null : runTo(Math.min(taken, run.stepsTaken()));
        ValleySummary summary;
        if (r == null) {
            summary = new ValleySummary(status().word(), taken, p.twoOverEta(), columns[5][0], columns[6][0],
                    columns[3][0], null, null, null, null, null, null, null, null, null, null, null, null, null);
        } else {
            ValleyRun.Summary s = r.summary();
            int last = r.stepsTaken();
            double[] end = r.iterate(last);
            summary = new ValleySummary(status().word(), taken, p.twoOverEta(), columns[5][0], columns[6][0],
                    columns[3][0], s.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'), end[0], end[1],
                    trace.get(last, trace.column("loss")), trace.get(last, trace.column("d")), s.finalSharpness(),
                    s.finalSharpnessOverEdge(), s.finalFlowLimitSharpness(), s.stepsAboveTwoOverEta(),
                    s.residualSignChanges(), s.convergedAtStep() < 0 ? null : s.convergedAtStep(),
                    s.divergence().map(Divergence::step).orElse(null),
                    s.divergence().map(Divergence::explanation).orElse(null));
        }
        return new ValleySnapshot(p, taken, status(), trace.view(), summary);
    }


    /**
     * The outcome of {@code eos-valley}; the components from {@code runOutcome} on are null before the first step.
     * Sharpness is the largest Hessian eigenvalue λ_max; d = w₁² − w₂² (product) or the residual (ellipse).
     *
     * @param twoOverEta                    the stability edge 2/η
     * @param startFlowLimitSharpness       the sharpness of the minimum that gradient flow from the start reaches
     * @param runOutcome                    converged, oscillating or diverged
     * @param finalSharpnessOverTwoOverEta  the final sharpness as a fraction of 2/η
     * @param valleyCrossings               sign changes of the residual: crossings of the valley floor
     * @param onValleyFromStep              the step from which the run stays on the valley, null if never
     * @param divergenceStep                the step where the run left every bound, null if it did not
     */
    public record ValleySummary(String outcome, int steps, double twoOverEta, double startSharpness,
                                double startFlowLimitSharpness, double startD, String runOutcome, Double finalW1,
                                Double finalW2, Double finalLoss, Double finalD, Double finalSharpness,
                                Double finalSharpnessOverTwoOverEta, Double finalFlowLimitSharpness,
                                Integer stepsAboveTwoOverEta, Integer valleyCrossings, Integer onValleyFromStep,
                                Integer divergenceStep, String divergenceReason) {
    }

    /** What the views of {@code eos-valley} draw. */
    public record ValleySnapshot(ValleyParams params, long step, Status status, Trace.View trace,
                                 ValleySummary summary) implements Snapshot {

        /** A value of the last recorded row. */
        public double now(String column) {
            return trace.get(trace.rows() - 1, column);
        }
    }
}
