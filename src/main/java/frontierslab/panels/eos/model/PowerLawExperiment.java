package frontierslab.panels.eos.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.panels.CardDeck;
import frontierslab.math.eos.Divergence;
import frontierslab.math.eos.PowerLawRun;
import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.math.landscape.RadialPowerLaw;
import frontierslab.panels.eos.model.PowerLawParams.Dimension;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code eos-power-law}: gradient descent w ← w − η∇f(w) on a power law, the lecture's Example 1 (f = |x|^q) and
 * Demo 1 (f = (x² + y²)^{q/2} with q = 2.2, η = 0.5, from (2, 2), 500 steps), computed as the lecture's code computes
 * them: before step t the loss f(w_t) and η·λ_max(∇²f(w_t)) are recorded, then the step is taken
 * ({@link PowerLawRun}).
 *
 * <p>Row t of the trace is the iterate w_t with f(w_t) and η·λ_max(w_t); rows 0 … T−1 are exactly the lecture's
 * records, row T is the iterate after the last step (which the lecture's code computes but does not record). A step
 * multiplies w by 1 − ηq‖w‖^{q−2}, so ‖w‖ shrinks iff η·λ_max &lt; 2(q − 1) (1-D) or 2·max(1, q − 1) (2-D), not 2;
 * on the period-2 orbit w ↦ −w, ‖w*‖ = (2/(ηq))^{1/(q−2)} (docs/science.md "The lecture's demos and examples").
 *
 * <p>The run ends early when it diverges (‖w‖ passes 10⁸·max(1, ‖w₀‖), or a value is not finite; the last finite
 * iterate is kept) or when, for q &lt; 2, an iterate lands exactly on the minimum, where f'' is infinite (that iterate
 * is then not recorded). Everything the status and the summary say is computed from the recorded run.
 */
public final class PowerLawExperiment extends ReplayedExperiment<PowerLawParams> {

    public static final ExperimentType<PowerLawParams> TYPE = new ExperimentType<>(
            "eos-power-law",
            "Gradient descent on a power law",
            "§2 Edge of stability",
            "GD on |x|^q (Example 1) and (x² + y²)^1.1 (Demo 1): the loss, η·λ_max, and where the edge really is.",
            PowerLawParams.SPACE,
            List.of(
                    new Preset<>("lecture-demo-1", CardDeck.preset("eos", "eos-power-law", "lecture-demo-1"),
                            PowerLawParams.twoD(2.2, 0.5, 2, 2, 500)),
                    new Preset<>("demo-1-from-far-out", CardDeck.preset("eos", "eos-power-law", "demo-1-from-far-out"),
                            PowerLawParams.twoD(2.2, 0.5, 15, 15, 500)),
                    new Preset<>("example-1-sign-flips",
                            CardDeck.preset("eos", "eos-power-law", "example-1-sign-flips"),
                            PowerLawParams.oneD(2.1, 1.0, 0.5, 500)),
                    new Preset<>("example-1-diverges", CardDeck.preset("eos", "eos-power-law", "example-1-diverges"),
                            PowerLawParams.oneD(2.1, 1.0, 1.0, 500)),
                    new Preset<>("period-two-orbit", CardDeck.preset("eos", "eos-power-law", "period-two-orbit"),
                            PowerLawParams.oneD(1.7, 1.0, 1.0, 500)),
                    new Preset<>("cobweb-orbit-attracts",
                            CardDeck.preset("eos", "eos-power-law", "cobweb-orbit-attracts"),
                            PowerLawParams.oneD(1.7, 1.0, 1.0, 200).withView(PowerLawParams.View.COBWEB)),
                    new Preset<>("cobweb-orbit-repels", CardDeck.preset("eos", "eos-power-law", "cobweb-orbit-repels"),
                            PowerLawParams.oneD(2.1, 1.0, 0.62, 60).withView(PowerLawParams.View.COBWEB))),
            PowerLawExperiment::new,
            ExperimentType.Markers.none());

    private PowerLawRun.Result run;
    /** The run's records, copied once (the result's accessors copy on every call). */
    private double[] losses;
    private double[] etaLambdaMax;
    private int landedOnMinimumAt;
    private Trace trace;
    private int prefixSteps = -1;
    private PowerLawRun.Result prefix;

    public PowerLawExperiment(PowerLawParams params) {
        super(params);
        start();
    }

    /** The columns: {@code step, x, loss, eta_lambda_max} in 1-D, {@code step, x, y, loss, eta_lambda_max} in 2-D. */
    public static Trace newTrace(Dimension dimension) {
        return dimension == Dimension.TWO_D
                ? new Trace("step", "x", "y", "loss", "eta_lambda_max")
                : new Trace("step", "x", "loss", "eta_lambda_max");
    }

    /** Gradient descent on the params' surface for {@code steps} steps, by {@link PowerLawRun}. */
    static PowerLawRun.Result compute(PowerLawParams p, int steps) {
        return p.twoDimensional()
                ? PowerLawRun.radial(new RadialPowerLaw(p.q() / 2), p.start(), p.eta(), steps)
                : PowerLawRun.oneDimensional(new PowerLaw1D(p.q()), p.x0(), p.eta(), steps);
    }

    @Override
    protected int horizon(PowerLawParams p) {
        return p.steps();
    }

    @Override
    protected Status begin(PowerLawParams p) {
        run = compute(p, p.steps());
        landedOnMinimumAt = -1;
        if (p.q() < 2) {
            for (int t = 1; t <= run.stepsTaken(); t++) {
                if (isOrigin(run.iterate(t))) {
                    landedOnMinimumAt = t;
                    run = compute(p, t);
                    break;
                }
            }
        }
        losses = run.losses();
        etaLambdaMax = run.etaLambdaMax();
        trace = newTrace(p.dimension());
        prefixSteps = -1;
        prefix = null;
        record(0);
        return Status.ready(startSentence(p));
    }

    private static boolean isOrigin(double[] w) {
        for (double x : w) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected Status advance(int stepNumber) {
        if (stepNumber == landedOnMinimumAt) {
            return Status.converged(String.format(Locale.ROOT, "the iterate landed exactly on the minimum 0 at step %d,"
                    + " where f'' is infinite (q < 2), so that point is not recorded; %s", stepNumber, history(run)));
        }
        if (stepNumber <= run.stepsTaken()) {
            record(stepNumber);
        }
        var divergence = run.summary().divergence();
        if (divergence.isPresent() && stepNumber >= divergence.get().step()) {
            return Status.diverged(divergence.get().explanation());
        }
        return null;
    }

    /** Appends row t: w_t, f(w_t) and η·λ_max(w_t) (for t &lt; T the values the run recorded before step t). */
    private void record(int t) {
        double[] w = run.iterate(t);
        double loss = t < run.stepsTaken() ? losses[t] : run.finalLoss();
        double etaLambda = t < run.stepsTaken() ? etaLambdaMax[t] : params().eta() * sharpness(params(), w);
        if (w.length == 2) {
            trace.append(t, w[0], w[1], loss, etaLambda);
        } else {
            trace.append(t, w[0], loss, etaLambda);
        }
    }

    /** λ_max(∇²f(w)) of the params' surface. */
    static double sharpness(PowerLawParams p, double[] w) {
        return p.twoDimensional() ? new RadialPowerLaw(p.q() / 2).sharpness(w)
                : new PowerLaw1D(p.q()).secondDerivative(w[0]);
    }

    /** The run cut after {@code steps} steps: the whole run, or the same run recomputed to that step. */
    private PowerLawRun.Result runTo(int steps) {
        if (steps >= run.stepsTaken()) {
            return run;
        }
        if (prefixSteps != steps) {
            prefix = compute(params(), steps);
            prefixSteps = steps;
        }
        return prefix;
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        PowerLawParams p = params();
        if (taken == 0) {
            return Status.ready(startSentence(p));
        }
        if (!atHorizon) {
            // read off the last row: cheap on every step; the snapshot's summary covers the run so far
            int row = trace.rows() - 1;
            return Status.running(String.format(Locale.ROOT, "step %d of %d: η·λ_max = %s (edge %s), %s = %s, loss %s",
                    taken, p.steps(), Numbers.readout(trace.get(row, trace.column("eta_lambda_max"))), Numbers.readout(p.edgeOfStability()),
                    normName(p), Numbers.readout(p.twoDimensional() ? Math.hypot(trace.get(row, 1), trace.get(row, 2))
                            : Math.abs(trace.get(row, 1))), Numbers.readout(trace.get(row, trace.column("loss")))));
        }
        PowerLawRun.Result r = runTo(taken);
        PowerLawRun.Summary s = r.summary();
        return switch (s.outcome()) {
            case CONVERGED -> Status.converged(String.format(Locale.ROOT, "%s = %s after %d steps; %s",
                    normName(p), Numbers.readout(s.finalDistanceToMinimum()), taken, history(r)));
            case PERIOD_TWO -> Status.finished(String.format(Locale.ROOT,
                    "settled on the period-2 orbit %s with %s = %s (%s), where η·λ_max = %s; %s",
                    p.twoDimensional() ? "w ↦ −w" : "x ↦ −x", normName(p),
                    s.periodTwoAmplitude().stream().mapToObj(Numbers::readout).findFirst().orElse("—"),
                    periodTwoAmplitude(p).stream().mapToObj(a -> "closed form (2/(ηq))^(1/(q−2)) = " + Numbers.readout(a))
                            .findFirst().orElse("q = 2 and η·λ = 2: every start is on such an orbit"),
                    Numbers.readout(s.lastEtaLambdaMax()), history(r)));
            case STILL_DESCENDING -> Status.finished(String.format(Locale.ROOT,
                    "still descending after %d steps (%s = %s); %s", taken, normName(p),
                    Numbers.readout(s.finalDistanceToMinimum()), history(r)));
            case UNDETERMINED -> Status.finished(String.format(Locale.ROOT, "after %d steps %s = %s; %s", taken,
                    normName(p), Numbers.readout(s.finalDistanceToMinimum()), history(r)));
            case DIVERGED -> Status.diverged(s.divergence().orElseThrow().explanation());
        };
    }

    private static String normName(PowerLawParams p) {
        return p.twoDimensional() ? "‖w‖" : "|x|";
    }

    private String startSentence(PowerLawParams p) {
        double etaLambda = trace.get(0, trace.column("eta_lambda_max"));
        return String.format(Locale.ROOT, "start at %s: η·λ_max = %s; the edge, where %s starts to grow, is %s = %s",
                p.twoDimensional() ? "(" + Numbers.readout(p.x0()) + ", " + Numbers.readout(p.y0()) + ")" : "x = " + Numbers.readout(p.x0()),
                Numbers.readout(etaLambda), normName(p), p.twoDimensional() && p.q() < 2 ? "2" : "2(q − 1)",
                Numbers.readout(p.edgeOfStability()));
    }

    /** What η·λ_max and the loss did over the recorded steps, in one sentence. */
    private String history(PowerLawRun.Result r) {
        PowerLawRun.Summary s = r.summary();
        int last = lastRecordedStep(r);
        String loss = s.lossNeverRose() ? (lossFellOnEveryStep(last) ? "the loss fell on every step"
                : "the loss never rose")
                : String.format(Locale.ROOT, "the loss rose on %d step%s (first at step %d)", s.stepsWhereLossRose(),
                        plural(s.stepsWhereLossRose()), s.firstStepWhereLossRose());
        String edge = s.firstStepAboveEdge() < 0
                ? String.format(Locale.ROOT, "never above the edge %s", Numbers.readout(s.edgeOfStability()))
                : String.format(Locale.ROOT, "above the edge %s from step %d", Numbers.readout(s.edgeOfStability()),
                        s.firstStepAboveEdge());
        int aboveTwo = stepsAboveTwo(last + 1);
        return String.format(Locale.ROOT, "η·λ_max largest %s (step %d), last %s (step %d), %s; %d step%s above 2; "
                        + "%s; the sign flipped on %d step%s", Numbers.readout(s.largestEtaLambdaMax()), s.stepOfLargest(),
                Numbers.readout(s.lastEtaLambdaMax()), last, edge, aboveTwo, plural(aboveTwo), loss, s.signFlips(),
                plural(s.signFlips()));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * The last step t whose η·λ_max the run recorded before a step: T − 1 for T steps taken (0 when the very first
     * step broke, as η·λ_max at w₀ is then still the run's only reading).
     */
    /** Whether f fell strictly on every step to {@code last} (on an orbit it stays equal: it never rose). */
    private boolean lossFellOnEveryStep(int last) {
        for (int t = 1; t <= last; t++) {
            if (!(losses[t] < losses[t - 1])) {
                return false;
            }
        }
        return true;
    }

    static int lastRecordedStep(PowerLawRun.Result r) {
        return Math.max(0, r.stepsTaken() - 1);
    }

    /** How many of the first {@code rows} recorded steps had η·λ_max &gt; 2. */
    private int stepsAboveTwo(int rows) {
        int column = trace.column("eta_lambda_max");
        int count = 0;
        for (int r = 0; r < Math.min(rows, trace.rows()); r++) {
            if (trace.get(r, column) > 2) {
                count++;
            }
        }
        return count;
    }

    /** ‖w*‖ = (2/(ηq))^{1/(q−2)} of the period-2 orbit; empty for q = 2. */
    public static OptionalDouble periodTwoAmplitude(PowerLawParams p) {
        return new PowerLaw1D(p.q()).periodTwoAmplitude(p.eta());
    }

    /** The 2-D loss (x² + y²)^{q/2} of these parameters, as the run descends it, for a view to draw. */
    public static DoubleBinaryOperator surface(PowerLawParams p) {
        RadialPowerLaw f = new RadialPowerLaw(p.q() / 2);
        return (x, y) -> f.value(new double[] {x, y});
    }

    /** The 1-D loss |x|^q of these parameters, as the run descends it, for a view to draw. */
    public static DoubleUnaryOperator curve(PowerLawParams p) {
        PowerLaw1D f = new PowerLaw1D(p.q());
        return f::value;
    }

    @Override
    public PowerLawSnapshot snapshot() {
        PowerLawParams p = params();
        int taken = taken();
        RunMeasures measures = null;
        if (taken > 0) {
            PowerLawRun.Result r = runTo(Math.min(taken, run.stepsTaken()));
            PowerLawRun.Summary s = r.summary();
            int last = lastRecordedStep(r);
            measures = new RunMeasures(s.largestEtaLambdaMax(), s.stepOfLargest(), s.lastEtaLambdaMax(), last,
                    stepsAboveTwo(last + 1), s.firstStepAboveEdge() < 0 ? null : s.firstStepAboveEdge(),
                    s.lossNeverRose(), s.stepsWhereLossRose(),
                    s.firstStepWhereLossRose() < 0 ? null : s.firstStepWhereLossRose(), s.signFlips(),
                    s.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    s.periodTwoAmplitude().isPresent() ? s.periodTwoAmplitude().getAsDouble() : null,
                    s.finalDistanceToMinimum(), s.divergence().map(Divergence::step).orElse(null),
                    s.divergence().map(Divergence::explanation).orElse(null));
        }
        OptionalDouble orbit = periodTwoAmplitude(p);
        int lastRow = trace.rows() - 1;
        PowerLawSummary summary = new PowerLawSummary(status().word(), taken, p.edgeOfStability(),
                trace.get(0, trace.column("eta_lambda_max")), measures,
                orbit.isPresent() ? orbit.getAsDouble() : null,
                landedOnMinimumAt > 0 && taken >= landedOnMinimumAt ? landedOnMinimumAt : null,
                trace.get(lastRow, trace.column("loss")));
        return new PowerLawSnapshot(p, taken, status(), trace.view(), summary);
    }


    /**
     * The outcome of {@code eos-power-law}. λ_max is the largest Hessian eigenvalue at the iterate; the edge of
     * stability is the value of η·λ_max above which a step no longer shrinks |x| (2 for a quadratic).
     *
     * @param run                             the run's measures, written inline; null before the first step
     * @param periodTwoAmplitudeClosedForm    |x| of the period-two orbit ±x* of these parameters, null if none
     * @param landedExactlyOnMinimumAtStep    the step at which the iterate became exactly 0, null if it did not
     */
    public record PowerLawSummary(String outcome, int steps, double edgeOfStability, double startEtaLambdaMax,
                                  @JsonUnwrapped RunMeasures run, Double periodTwoAmplitudeClosedForm,
                                  Integer landedExactlyOnMinimumAtStep, double finalLoss) {
    }

    /**
     * The measures of the run so far.
     *
     * @param stepsAbove2              recorded steps with η·λ_max above 2
     * @param firstStepAboveEdge       the first step with η·λ_max above the edge of stability, null if none
     * @param lossFellMonotonically    the loss fell on every step
     * @param signFlips                steps on which x changed sign
     * @param runOutcome               converged, period-two, oscillating or diverged
     * @param periodTwoAmplitude       the amplitude of the period-two orbit the run settled on, null if none
     */
    public record RunMeasures(double largestEtaLambdaMax, int stepOfLargest, double lastEtaLambdaMax, int lastRecordedStep,
                        @JsonProperty("steps_above_2") int stepsAbove2, Integer firstStepAboveEdge,
                        boolean lossFellMonotonically, int stepsWhereLossRose, Integer firstStepWhereLossRose,
                        int signFlips, String runOutcome, Double periodTwoAmplitude, double finalDistanceToMinimum,
                        Integer divergenceStep, String divergenceReason) {
    }

    /** What the views of {@code eos-power-law} draw. */
    public record PowerLawSnapshot(PowerLawParams params, long step, Status status, Trace.View trace,
                                   PowerLawSummary summary) implements Snapshot {

        /** η·λ_max at the last recorded iterate. */
        public double etaLambdaMaxNow() {
            return trace.get(trace.rows() - 1, "eta_lambda_max");
        }

        public double lossNow() {
            return trace.get(trace.rows() - 1, "loss");
        }
    }
}
