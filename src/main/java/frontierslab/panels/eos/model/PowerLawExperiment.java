package frontierslab.panels.eos.model;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                    new Preset<>("lecture-demo-1",
                            "Demo 1 as in the lecture: (x² + y²)^1.1, η = 0.5, from (2, 2), 500 steps: η·λ_max falls "
                                    + "from 1.63 towards 0 and the loss falls on every step",
                            PowerLawParams.twoD(2.2, 0.5, 2, 2, 500)),
                    new Preset<>("demo-1-from-far-out",
                            "Demo 1 from (15, 15), where η·λ_max = 2.43 > 2(q − 1) = 2.4: the iterate is not kicked "
                                    + "back, it diverges",
                            PowerLawParams.twoD(2.2, 0.5, 15, 15, 500)),
                    new Preset<>("example-1-sign-flips",
                            "|x|^2.1, η = 1, from x = 0.5: η f'' = 2.16 > 2, the sign flips on every early step, yet "
                                    + "|x| shrinks: the edge here is 2(q − 1) = 2.2",
                            PowerLawParams.oneD(2.1, 1.0, 0.5, 500)),
                    new Preset<>("example-1-diverges",
                            "|x|^2.1, η = 1, from x = 1: η f'' = 2.31 > 2.2: the sign flips and |x| grows on every "
                                    + "step; the run diverges",
                            PowerLawParams.oneD(2.1, 1.0, 1.0, 500)),
                    new Preset<>("period-two-orbit",
                            "|x|^1.7, η = 1, from x = 1: the run settles on the orbit x ↦ −x, where η f'' = 2(q − 1) "
                                    + "= 1.4, not 2",
                            PowerLawParams.oneD(1.7, 1.0, 1.0, 500)),
                    new Preset<>("cobweb-orbit-attracts",
                            "The cobweb of |x|^1.7, η = 1, from x = 1: the staircase closes in on the square of the "
                                    + "2-cycle ±s*, where η f'' = 2(q − 1) = 1.4; for q < 2 it attracts",
                            PowerLawParams.oneD(1.7, 1.0, 1.0, 200).withView(PowerLawParams.View.COBWEB)),
                    new Preset<>("cobweb-orbit-repels",
                            "The cobweb of |x|^2.1, η = 1, from x = 0.62, just outside the 2-cycle ±0.614: for q > 2 "
                                    + "it repels, and the staircase spirals out",
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
    public Snapshot snapshot() {
        PowerLawParams p = params();
        int taken = taken();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", status().word());
        summary.put("steps", taken);
        summary.put("edge_of_stability", p.edgeOfStability());
        summary.put("start_eta_lambda_max", trace.get(0, trace.column("eta_lambda_max")));
        if (taken > 0) {
            PowerLawRun.Result r = runTo(Math.min(taken, run.stepsTaken()));
            PowerLawRun.Summary s = r.summary();
            int last = lastRecordedStep(r);
            summary.put("largest_eta_lambda_max", s.largestEtaLambdaMax());
            summary.put("step_of_largest", s.stepOfLargest());
            summary.put("last_eta_lambda_max", s.lastEtaLambdaMax());
            summary.put("last_recorded_step", last);
            summary.put("steps_above_2", stepsAboveTwo(last + 1));
            summary.put("first_step_above_edge", s.firstStepAboveEdge() < 0 ? null : s.firstStepAboveEdge());
            summary.put("loss_fell_monotonically", s.lossNeverRose());
            summary.put("steps_where_loss_rose", s.stepsWhereLossRose());
            summary.put("first_step_where_loss_rose", s.firstStepWhereLossRose() < 0 ? null : s.firstStepWhereLossRose());
            summary.put("sign_flips", s.signFlips());
            summary.put("run_outcome", s.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            summary.put("period_two_amplitude", s.periodTwoAmplitude().isPresent() ? s.periodTwoAmplitude().getAsDouble() : null);
            summary.put("final_distance_to_minimum", s.finalDistanceToMinimum());
            summary.put("divergence_step", s.divergence().map(Divergence::step).orElse(null));
            summary.put("divergence_reason", s.divergence().map(Divergence::explanation).orElse(null));
        }
        OptionalDouble orbit = periodTwoAmplitude(p);
        summary.put("period_two_amplitude_closed_form", orbit.isPresent() ? orbit.getAsDouble() : null);
        summary.put("landed_exactly_on_minimum_at_step", landedOnMinimumAt > 0 && taken >= landedOnMinimumAt
                ? landedOnMinimumAt : null);
        int lastRow = trace.rows() - 1;
        summary.put("final_loss", trace.get(lastRow, trace.column("loss")));
        return new PowerLawSnapshot(p, taken, status(), trace.view(), summary);
    }


    /** What the views of {@code eos-power-law} draw. */
    public record PowerLawSnapshot(PowerLawParams params, long step, Status status, Trace.View trace,
                                   Map<String, Object> summary) implements Snapshot {

        /** η·λ_max at the last recorded iterate. */
        public double etaLambdaMaxNow() {
            return trace.get(trace.rows() - 1, "eta_lambda_max");
        }

        public double lossNow() {
            return trace.get(trace.rows() - 1, "loss");
        }
    }
}
