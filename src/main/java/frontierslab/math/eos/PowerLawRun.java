package frontierslab.math.eos;

import frontierslab.math.landscape.Landscape;
import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.math.landscape.RadialPowerLaw;
import frontierslab.math.optim.SaneRange;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Gradient descent w ← w − η∇f(w) on a power law, recorded the way the lecture's Demo 1 records it: before each step
 * t = 0, …, T−1 the loss f(w_t) and η·λ_max(∇²f(w_t)) are appended, then the step is taken.
 *
 * <ul>
 *   <li>{@link #demo1()}: the lecture's Demo 1, f = (x² + y²)^1.1 from (2, 2) with η = 0.5 for 500 steps, where
 *       λ_max = 2.64 r^{0.2} exactly;</li>
 *   <li>{@link #oneDimensional}: Example 1, f = |x|^q from x₀.</li>
 * </ul>
 * Everything in the {@link Summary} is computed from the recorded run. On these surfaces a gradient step multiplies w
 * by 1 − η·λ_max/(q − 1) with q = 2p (radial) or the 1-D exponent, so the edge is η·λ_max = 2(q − 1) (for q ≥ 2;
 * 2 for the 2-D case with p &lt; 1), see {@link PowerLaw1D} and {@link RadialPowerLaw}.
 *
 * <p>Divergence ({@link SaneRange}): a non-finite value, ‖w‖ beyond {@link Divergence#escapeRadius}, and, for q ≥ 2,
 * a loss above its start and growing (K = 1). For q ≥ 2 the factor |1 − ηq|w|^{q−2}| does not fall as |w| grows, so
 * once a step raises |w| every later step raises it again: the first rise above the start is the divergence. For
 * q &lt; 2 a larger |w| has a smaller curvature, the growth stops on the period-2 orbit, and only the iterate rules
 * apply.
 */
public final class PowerLawRun {

    /** Relative tolerance for recognizing the period-2 orbit w ↦ −w at the end of a run. */
    public static final double PERIOD_TWO_TOLERANCE = 1e-6;
    /** A run has converged when ‖w_T‖ ≤ this × max(1, ‖w₀‖) (the minimum is the origin). */
    public static final double CONVERGENCE_TOLERANCE = 1e-6;

    /** How a run ended. */
    public enum Outcome {
        /** ‖w_T‖ within {@link #CONVERGENCE_TOLERANCE} of the minimum */
        CONVERGED,
        /** not yet at the minimum, but the last step still lowered the loss and ‖w_T‖ &lt; ‖w₀‖ */
        STILL_DESCENDING,
        /** w_T ≈ −w_{T−1} ≈ w_{T−2}, a period-2 orbit of non-zero amplitude */
        PERIOD_TWO,
        /** non-finite or escaped, see {@link Summary#divergence()} */
        DIVERGED,
        /** none of the above */
        UNDETERMINED
    }

    /**
     * What the run did, computed from it.
     *
     * @param largestEtaLambdaMax    max over recorded steps of η·λ_max (the lecture's blue curve)
     * @param stepOfLargest          the step where it occurred
     * @param lastEtaLambdaMax       the last recorded η·λ_max
     * @param edgeOfStability        the η·λ_max above which a step moves w away from the minimum on this landscape
     * @param firstStepAboveEdge     the first recorded step with η·λ_max above that edge, −1 if none
     * @param lossNeverRose          f(w_{t+1}) ≤ f(w_t) on every step taken
     * @param stepsWhereLossRose     how many steps raised the loss
     * @param firstStepWhereLossRose the first such t (f(w_{t+1}) &gt; f(w_t)), −1 if none
     * @param signFlips              steps where some coordinate changed sign (the lecture's "kicked back")
     * @param outcome                how the run ended
     * @param divergence             where and why it diverged, if it did
     * @param periodTwoAmplitude     ‖w_T‖ when the outcome is {@link Outcome#PERIOD_TWO}
     * @param finalDistanceToMinimum ‖w_T‖ for the last finite iterate
     */
    public record Summary(double largestEtaLambdaMax, int stepOfLargest, double lastEtaLambdaMax,
                          double edgeOfStability, int firstStepAboveEdge, boolean lossNeverRose,
                          int stepsWhereLossRose, int firstStepWhereLossRose, int signFlips, Outcome outcome,
                          Optional<Divergence> divergence, OptionalDouble periodTwoAmplitude,
                          double finalDistanceToMinimum) {
    }

    /**
     * A finished run: iterates w_0 … w_T (T = steps taken; fewer than asked if it diverged, and w_T is then the last
     * finite iterate), for t &lt; T the loss and η·λ_max recorded before step t, and f(w_T). Accessors return copies.
     */
    public record Result(double learningRate, double[][] iterates, double[] losses, double[] etaLambdaMax,
                         double finalLoss, Summary summary) {

        public Result {
            iterates = deepCopy(iterates);
            losses = losses.clone();
            etaLambdaMax = etaLambdaMax.clone();
        }

        @Override
        public double[][] iterates() {
            return deepCopy(iterates);
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }

        @Override
        public double[] etaLambdaMax() {
            return etaLambdaMax.clone();
        }

        /** T, the number of steps taken. */
        public int stepsTaken() {
            return losses.length;
        }

        /** w_t, a copy. */
        public double[] iterate(int t) {
            return iterates[t].clone();
        }

        private static double[][] deepCopy(double[][] a) {
            double[][] copy = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                copy[i] = a[i].clone();
            }
            return copy;
        }
    }

    private PowerLawRun() {
    }

    /** The lecture's Demo 1: (x² + y²)^1.1, x₀ = (2, 2), η = 0.5, 500 steps. */
    public static Result demo1() {
        return radial(RadialPowerLaw.lectureDemo(), new double[] {2.0, 2.0}, 0.5, 500);
    }

    /** Gradient descent on (x² + y²)^p. */
    public static Result radial(RadialPowerLaw f, double[] start, double learningRate, int steps) {
        if (start.length != 2) {
            throw new IllegalArgumentException("start must be a point of the plane");
        }
        return run(f, f::sharpness, f.edgeOfStability(), 2 * f.exponent(), start, learningRate, steps);
    }

    /** Example 1: gradient descent on |x|^q from x₀. */
    public static Result oneDimensional(PowerLaw1D f, double start, double learningRate, int steps) {
        return run(f, w -> f.secondDerivative(w[0]), f.edgeOfStability(), f.exponent(), new double[] {start},
                learningRate, steps);
    }

    private static Result run(Landscape f, ToDoubleFunction<double[]> sharpness, double edge, double q,
                              double[] start, double learningRate, int steps) {
        if (!(learningRate > 0) || steps < 1) {
            throw new IllegalArgumentException("need η > 0 and at least one step");
        }
        int n = start.length;
        double escapeRadius = Divergence.escapeRadius(start);
        double[][] iterates = new double[steps + 1][];
        double[] allLosses = new double[steps + 1];
        double[] etaLambda = new double[steps];
        double[] w = start.clone();
        double[] gradient = new double[n];
        iterates[0] = w.clone();
        allLosses[0] = f.value(w);
        Divergence divergence = Divergence.detect(0, w, allLosses[0], escapeRadius, () -> "");
        if (divergence != null) {
            throw new IllegalArgumentException("the start is not a usable point: " + divergence.explanation());
        }
        SaneRange.Watch sane = (q >= 2 ? SaneRange.monotone(escapeRadius) : SaneRange.iterateOnly(escapeRadius))
                .watch(allLosses[0]);
        int firstAboveEdge = -1;
        int taken = 0;
        for (int t = 0; t < steps; t++) {
            etaLambda[t] = learningRate * sharpness.applyAsDouble(w);
            if (firstAboveEdge < 0 && etaLambda[t] > edge) {
                firstAboveEdge = t;
            }
            f.gradient(w, gradient);
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = w[i] - learningRate * gradient[i];
            }
            double loss = f.value(next);
            taken = t + 1;
            int step = t;
            int firstAbove = firstAboveEdge;
            divergence = Divergence.detect(t + 1, next, loss, escapeRadius,
                    () -> divergenceContext(etaLambda[step], step, firstAbove, edge));
            String grew = sane.check(t + 1, loss, next);
            if (divergence == null && grew != null) {
                divergence = new Divergence(t + 1, Divergence.Reason.GREW,
                        grew + "; " + divergenceContext(etaLambda[step], step, firstAbove, edge));
            }
            if (divergence != null && divergence.reason() == Divergence.Reason.NON_FINITE) {
                taken = t;
                break;
            }
            w = next;
            iterates[t + 1] = next.clone();
            allLosses[t + 1] = loss;
            if (divergence != null) {
                break;
            }
        }
        double[][] keptIterates = Arrays.copyOf(iterates, taken + 1);
        double[] keptLosses = Arrays.copyOf(allLosses, taken + 1);
        double[] keptEtaLambda = Arrays.copyOf(etaLambda, taken);
        // If the very first step broke, η·λ_max at w₀ (computed before it) is still the run's only reading.
        Summary summary = summarize(keptIterates, keptLosses, Arrays.copyOf(etaLambda, Math.max(taken, 1)), edge,
                firstAboveEdge, divergence, start);
        return new Result(learningRate, keptIterates, Arrays.copyOf(keptLosses, taken), keptEtaLambda,
                keptLosses[taken], summary);
    }

    private static String divergenceContext(double etaLambda, int step, int firstAboveEdge, double edge) {
        if (firstAboveEdge < 0) {
            return String.format(Locale.ROOT, "η·λ_max = %.3g at step %d", etaLambda, step);
        }
        return String.format(Locale.ROOT, "η·λ_max first exceeded the edge %.3g at step %d and was %.3g at step %d",
                edge, firstAboveEdge, etaLambda, step);
    }

    private static Summary summarize(double[][] iterates, double[] losses, double[] etaLambda, double edge,
                                     int firstAboveEdge, Divergence divergence, double[] start) {
        int steps = etaLambda.length;
        double largest = Double.NEGATIVE_INFINITY;
        int stepOfLargest = -1;
        for (int t = 0; t < steps; t++) {
            if (etaLambda[t] > largest) {
                largest = etaLambda[t];
                stepOfLargest = t;
            }
        }
        double last = etaLambda[steps - 1];
        int rises = 0;
        int firstRise = -1;
        int flips = 0;
        for (int t = 0; t + 1 < losses.length; t++) {
            if (losses[t + 1] > losses[t]) {
                rises++;
                if (firstRise < 0) {
                    firstRise = t;
                }
            }
            for (int i = 0; i < iterates[t].length; i++) {
                if (iterates[t][i] * iterates[t + 1][i] < 0) {
                    flips++;
                    break;
                }
            }
        }
        double[] end = iterates[iterates.length - 1];
        double distance = Divergence.norm(end);
        Outcome outcome;
        OptionalDouble amplitude = OptionalDouble.empty();
        if (divergence != null) {
            outcome = Outcome.DIVERGED;
        } else if (distance <= CONVERGENCE_TOLERANCE * Math.max(1.0, Divergence.norm(start))) {
            outcome = Outcome.CONVERGED;
        } else if (isPeriodTwo(iterates)) {
            outcome = Outcome.PERIOD_TWO;
            amplitude = OptionalDouble.of(distance);
        } else if (losses.length >= 2 && losses[losses.length - 1] < losses[losses.length - 2]
                && distance < Divergence.norm(start)) {
            outcome = Outcome.STILL_DESCENDING;
        } else {
            outcome = Outcome.UNDETERMINED;
        }
        return new Summary(largest, stepOfLargest, last, edge, firstAboveEdge, rises == 0,
                rises, firstRise, flips, outcome, Optional.ofNullable(divergence), amplitude, distance);
    }

    private static boolean isPeriodTwo(double[][] iterates) {
        int m = iterates.length;
        if (m < 3) {
            return false;
        }
        double[] a = iterates[m - 1];
        double[] b = iterates[m - 2];
        double[] c = iterates[m - 3];
        double scale = Divergence.norm(a);
        if (!(scale > 0)) {
            return false;
        }
        double flip = 0;
        double repeat = 0;
        for (int i = 0; i < a.length; i++) {
            flip = Math.max(flip, Math.abs(a[i] + b[i]));
            repeat = Math.max(repeat, Math.abs(a[i] - c[i]));
        }
        return flip <= PERIOD_TWO_TOLERANCE * scale && repeat <= PERIOD_TWO_TOLERANCE * scale;
    }
}
