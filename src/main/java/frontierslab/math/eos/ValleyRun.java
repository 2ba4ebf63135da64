package frontierslab.math.eos;

import frontierslab.math.landscape.Landscape;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Gradient descent w ← w − η∇L(w) on a {@link Valley}, recording at every iterate w_t (t = 0 … T): w, L(w), the
 * balance D = w₁² − w₂², the sharpness λ_max(∇²L(w)) (closed form), the residual r (w₁w₂ − y on the product valley),
 * and the sharpness of the minimum that gradient flow would reach from w_t (√(D² + 4y²) on the product valley).
 *
 * <p>The phenomenon (Kreisler et al. 2023, arXiv 2305.13064): from an unbalanced start whose sharpness exceeds 2/η, GD cannot settle at the
 * nearby sharp minimum; it oscillates across the valley, each step multiplying D by 1 − η²ℓ'(r)², and so drifts along
 * the valley until it reaches minima flat enough (sharpness below 2/η) to converge. With ℓ = log cosh, |ℓ'| &lt; 1
 * bounds the kick; with ℓ = s²/2 the oscillation feeds on itself and most such η diverge.
 *
 * <p>Divergence: a non-finite value or ‖w‖ beyond {@link Divergence#escapeRadius}; there is no loss rule
 * (K = ∞ in {@code SaneRange}): the catapult across the valley that carries the drift can raise the loss more than ten
 * times above its start on a run that then settles (log cosh, η = 0.35 from the default start).
 */
public final class ValleyRun {

    /** |residual| at or below which an iterate counts as on the valley. */
    public static final double ON_VALLEY_TOLERANCE = 1e-9;
    /** How many final steps must alternate in sign for {@link Outcome#OSCILLATING}. */
    public static final int OSCILLATION_WINDOW = 10;

    /** How a run ended. */
    public enum Outcome {
        /** the last iterates stay within {@link #ON_VALLEY_TOLERANCE} of the valley */
        CONVERGED,
        /** off the valley, the residual alternating in sign over the last {@link #OSCILLATION_WINDOW} steps */
        OSCILLATING,
        /** neither converged nor oscillating yet */
        STILL_MOVING,
        /** non-finite or escaped, see {@link Summary#divergence()} */
        DIVERGED
    }

    /**
     * What the run did, computed from it.
     *
     * @param twoOverEta               2/η
     * @param startSharpness           λ_max(∇²L(w₀))
     * @param finalSharpness           λ_max(∇²L(w_T))
     * @param finalSharpnessOverEdge   λ_max(∇²L(w_T))·η/2: below 1 when the run settled at a stable minimum
     * @param startFlowLimitSharpness  sharpness of the minimum gradient flow reaches from w₀
     * @param finalFlowLimitSharpness  the same from w_T
     * @param stepsAboveTwoOverEta     iterates with λ_max &gt; 2/η
     * @param residualSignChanges      steps on which the residual changed sign (crossing the valley), ignoring
     *                                 crossings smaller than {@link #ON_VALLEY_TOLERANCE}
     * @param convergedAtStep          first t from which every iterate is on the valley, −1 if the last is not
     * @param outcome                  how the run ended
     * @param divergence               where and why it diverged
     */
    public record Summary(double twoOverEta, double startSharpness, double finalSharpness,
                          double finalSharpnessOverEdge, double startFlowLimitSharpness,
                          double finalFlowLimitSharpness, int stepsAboveTwoOverEta, int residualSignChanges,
                          int convergedAtStep, Outcome outcome, Optional<Divergence> divergence) {
    }

    /**
     * The recorded iterates t = 0 … T (T = steps taken; w_T is the last finite iterate if the run diverged).
     * Array accessors return copies.
     */
    public record Result(double learningRate, double[] w1, double[] w2, double[] loss, double[] balance,
                         double[] sharpness, double[] residual, double[] flowLimitSharpness, Summary summary) {

        public Result {
            w1 = w1.clone();
            w2 = w2.clone();
            loss = loss.clone();
            balance = balance.clone();
            sharpness = sharpness.clone();
            residual = residual.clone();
            flowLimitSharpness = flowLimitSharpness.clone();
        }

        /** T. */
        public int stepsTaken() {
            return w1.length - 1;
        }

        /** w_t. */
        public double[] iterate(int t) {
            return new double[] {w1[t], w2[t]};
        }

        @Override
        public double[] w1() {
            return w1.clone();
        }

        @Override
        public double[] w2() {
            return w2.clone();
        }

        @Override
        public double[] loss() {
            return loss.clone();
        }

        @Override
        public double[] balance() {
            return balance.clone();
        }

        @Override
        public double[] sharpness() {
            return sharpness.clone();
        }

        @Override
        public double[] residual() {
            return residual.clone();
        }

        @Override
        public double[] flowLimitSharpness() {
            return flowLimitSharpness.clone();
        }
    }

    private ValleyRun() {
    }

    /** Runs {@code steps} gradient steps from {@code start} (stopping early on divergence). */
    public static Result run(Valley valley, double[] start, double learningRate, int steps) {
        if (start.length != 2) {
            throw new IllegalArgumentException("start must be a point of the plane");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate) || steps < 1) {
            throw new IllegalArgumentException("need a finite η > 0 and at least one step");
        }
        Landscape f = valley.landscape();
        double escapeRadius = Divergence.escapeRadius(start);
        Recorder recorder = new Recorder(steps + 1);
        double[] w = start.clone();
        Divergence divergence = Divergence.detect(0, w, f.value(w), escapeRadius, () -> "");
        if (divergence != null) {
            throw new IllegalArgumentException("the start is not a usable point: " + divergence.explanation());
        }
        recorder.record(valley, w);
        double twoOverEta = 2 / learningRate;
        double[] gradient = new double[2];
        for (int t = 0; t < steps; t++) {
            f.gradient(w, gradient);
            double[] next = {w[0] - learningRate * gradient[0], w[1] - learningRate * gradient[1]};
            double sharpnessBefore = recorder.sharpness[t];
            int step = t;
            divergence = Divergence.detect(t + 1, next, f.value(next), escapeRadius,
                    () -> String.format(Locale.ROOT, "λ_max = %.3g %s 2/η = %.3g at step %d", sharpnessBefore,
                            sharpnessBefore > twoOverEta ? ">" : "≤", twoOverEta, step));
            if (divergence != null && divergence.reason() == Divergence.Reason.NON_FINITE) {
                break;
            }
            w = next;
            recorder.record(valley, w);
            if (divergence != null) {
                break;
            }
        }
        return recorder.finish(learningRate, divergence);
    }

    private static final class Recorder {
        private final double[] w1;
        private final double[] w2;
        private final double[] loss;
        private final double[] balance;
        private final double[] sharpness;
        private final double[] residual;
        private final double[] flowLimitSharpness;
        private int size;

        Recorder(int capacity) {
            w1 = new double[capacity];
            w2 = new double[capacity];
            loss = new double[capacity];
            balance = new double[capacity];
            sharpness = new double[capacity];
            residual = new double[capacity];
            flowLimitSharpness = new double[capacity];
        }

        void record(Valley valley, double[] w) {
            w1[size] = w[0];
            w2[size] = w[1];
            loss[size] = valley.landscape().value(w);
            balance[size] = w[0] * w[0] - w[1] * w[1];
            sharpness[size] = valley.sharpness(w);
            residual[size] = valley.residual(w);
            // On the measure-zero set without a flow limit, fall back to the nearest minimum.
            flowLimitSharpness[size] = valley.gradientFlowLimit(w).map(valley::sharpnessAtMinimum)
                    .orElseGet(() -> valley.sharpnessOfNearestMinimum(w));
            size++;
        }

        Result finish(double learningRate, Divergence divergence) {
            int n = size;
            double twoOverEta = 2 / learningRate;
            int above = 0;
            int crossings = 0;
            for (int t = 0; t < n; t++) {
                if (sharpness[t] > twoOverEta) {
                    above++;
                }
                if (t + 1 < n && residual[t] * residual[t + 1] < 0
                        && Math.max(Math.abs(residual[t]), Math.abs(residual[t + 1])) > ON_VALLEY_TOLERANCE) {
                    crossings++;
                }
            }
            int convergedAt = -1;
            for (int t = n - 1; t >= 0 && Math.abs(residual[t]) <= ON_VALLEY_TOLERANCE; t--) {
                convergedAt = t;
            }
            Outcome outcome;
            if (divergence != null) {
                outcome = Outcome.DIVERGED;
                convergedAt = -1;
            } else if (convergedAt >= 0) {
                outcome = Outcome.CONVERGED;
            } else if (alternatesAtTheEnd(n)) {
                outcome = Outcome.OSCILLATING;
            } else {
                outcome = Outcome.STILL_MOVING;
            }
            Summary summary = new Summary(twoOverEta, sharpness[0], sharpness[n - 1],
                    sharpness[n - 1] / twoOverEta, flowLimitSharpness[0], flowLimitSharpness[n - 1], above,
                    crossings, convergedAt, outcome, Optional.ofNullable(divergence));
            return new Result(learningRate, Arrays.copyOf(w1, n), Arrays.copyOf(w2, n), Arrays.copyOf(loss, n),
                    Arrays.copyOf(balance, n), Arrays.copyOf(sharpness, n), Arrays.copyOf(residual, n),
                    Arrays.copyOf(flowLimitSharpness, n), summary);
        }

        private boolean alternatesAtTheEnd(int n) {
            if (n <= OSCILLATION_WINDOW) {
                return false;
            }
            for (int t = n - OSCILLATION_WINDOW; t < n; t++) {
                if (!(residual[t - 1] * residual[t] < 0)) {
                    return false;
                }
            }
            return true;
        }
    }
}
