package frontierslab.math.optim;

import java.util.Locale;

/**
 * The one rule by which an iterative run is called diverged: the step t at which its loss L_t or its iterate w_t leaves
 * the range its mathematics allows a healthy run. At step t the run has diverged when
 * <ul>
 *   <li>L_t or a coordinate of w_t is not finite; or</li>
 *   <li>‖w_t‖ &gt; R, the escape radius; or</li>
 *   <li>L_t &gt; K·max(L₀, L_floor) and L_t &gt; L_{t−1}: the loss is above K times its start and still growing.</li>
 * </ul>
 * Each experiment takes K, L_floor and R from its mathematics and states them in its javadoc. K = 1
 * ({@link #monotone}) where a healthy run never raises its loss above the start: gradient descent on a quadratic with
 * every ηλᵢ ≤ 2 multiplies each mode's loss by (1 − ηλᵢ)² ≤ 1, so a loss above L₀ proves some ηλᵢ &gt; 2 and the loss then
 * grows without bound. A larger K where a healthy run may climb for a while (a catapult at the edge of stability, a
 * momentum transient); K = ∞ ({@link #iterateOnly}) where the loss is bounded on every orbit and only the iterate can
 * escape. The oscillations of a run at the edge of stability (L_t up and down around a level) stay inside the range:
 * growth is judged against the start, never against the previous step alone.
 *
 * @param lossFactor   K, at least 1, or +∞ for no loss rule
 * @param lossFloor    L_floor ≥ 0: the loss scale below which a start counts as L_floor (a start at a minimum)
 * @param escapeRadius R, or +∞
 */
public record SaneRange(double lossFactor, double lossFloor, double escapeRadius) {

    /** Relative slack for the rounding of a loss that stays exactly at its start (ηλ = 2 on a quadratic). */
    private static final double ROUNDING = 1e-9;

    public SaneRange {
        if (!(lossFactor >= 1) || !(lossFloor >= 0) || !(escapeRadius > 0)) {
            throw new IllegalArgumentException("need K ≥ 1, L_floor ≥ 0 and R > 0");
        }
    }

    /** K = 1: a healthy run never raises its loss above the start (gradient descent on a quadratic). */
    public static SaneRange monotone(double escapeRadius) {
        return new SaneRange(1, 0, escapeRadius);
    }

    /** No loss rule: only a non-finite value or ‖w‖ &gt; R is divergence. */
    public static SaneRange iterateOnly(double escapeRadius) {
        return new SaneRange(Double.POSITIVE_INFINITY, 0, escapeRadius);
    }

    /** Starts watching a run whose loss at step 0 is {@code startLoss}. */
    public Watch watch(double startLoss) {
        return new Watch(startLoss);
    }

    /** One run's check, owned by the thread that steps the run. */
    public final class Watch {

        private final double start;
        private final double limit;
        private double previous;

        private Watch(double startLoss) {
            start = startLoss;
            limit = lossFactor * Math.max(startLoss, lossFloor) * (1 + ROUNDING);
            previous = startLoss;
        }

        /**
         * Null while step {@code step}'s loss and iterate are in the range; otherwise a sentence saying what left it
         * and at which step. Call once per step, in order.
         */
        public String check(long step, double loss, double... iterate) {
            double squares = 0;
            boolean finite = Double.isFinite(loss);
            for (double x : iterate) {
                finite &= Double.isFinite(x);
                squares += x * x;
            }
            if (!finite) {
                return "the loss or the iterate became non-finite at step " + step;
            }
            double norm = Math.sqrt(squares);
            if (norm > escapeRadius) {
                return String.format(Locale.ROOT, "‖w‖ = %.3g passed %.3g at step %d", norm, escapeRadius, step);
            }
            boolean growing = loss > previous;
            previous = loss;
            if (growing && loss > limit) {
                String multiple = lossFactor == 1 ? "" : String.format(Locale.ROOT, "%.3g × ", lossFactor);
                String base = start >= lossFloor ? String.format(Locale.ROOT, "its start %.3g", start)
                        : String.format(Locale.ROOT, "the loss scale %.3g", lossFloor);
                return String.format(Locale.ROOT, "the loss grew to %.3g at step %d, above %s%s", loss, step,
                        multiple, base);
            }
            return null;
        }
    }
}
