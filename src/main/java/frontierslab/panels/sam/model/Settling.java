package frontierslab.panels.sam.model;

import frontierslab.sim.Numbers;

/**
 * How the end of a trajectory w₀, …, w_N behaves, read from its last iterates:
 * <ul>
 *   <li>{@link Kind#AT_REST}: the last step moved w by at most {@value #REST} (in the sup norm); the run sits at a fixed
 *   point of its update, or its steps fell below the spacing of doubles (on the plateau, where ∇L underflows);</li>
 *   <li>{@link Kind#CYCLE}: not at rest, and for the smallest period p in 2 … {@value #LONGEST_PERIOD} the orbit returns
 *   after p steps: max over the last p iterates of ‖w_t − w_{t−p}‖ ≤ {@value #RETURN_FRACTION} × the mean length of
 *   the last p steps. The recurrence {@code returnDistance} = ‖w_N − w_{N−p}‖ says how close;</li>
 *   <li>{@link Kind#MOVING}: neither, within the run (still travelling, or irregular).</li>
 * </ul>
 * Gradient descent at η = 0.1 in the sharp well, for example, is a cycle of period 8 whose iterates alternate between
 * two nearly equal 4-step loops, so the test of period 4 fails and that of period 8 passes.
 */
public record Settling(Kind kind, int period, double returnDistance, double lastStep) {

    public enum Kind { AT_REST, CYCLE, MOVING }

    public static final double REST = 1e-12;
    public static final int LONGEST_PERIOD = 16;
    public static final double RETURN_FRACTION = 1e-3;

    /** The settling of the trajectory with coordinates xs[0 … n−1], ys[0 … n−1]. */
    public static Settling of(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return new Settling(Kind.MOVING, 0, Double.NaN, 0);
        }
        int last = n - 1;
        double lastStep = Math.hypot(xs[last] - xs[last - 1], ys[last] - ys[last - 1]);
        if (Math.max(Math.abs(xs[last] - xs[last - 1]), Math.abs(ys[last] - ys[last - 1])) <= REST) {
            return new Settling(Kind.AT_REST, 1, lastStep, lastStep);
        }
        for (int p = 2; p <= LONGEST_PERIOD && 2 * p <= last; p++) {
            double worstReturn = 0;
            double travelled = 0;
            for (int k = 0; k < p; k++) {
                int t = last - k;
                worstReturn = Math.max(worstReturn, Math.hypot(xs[t] - xs[t - p], ys[t] - ys[t - p]));
                travelled += Math.hypot(xs[t] - xs[t - 1], ys[t] - ys[t - 1]);
            }
            if (worstReturn <= RETURN_FRACTION * travelled / p) {
                return new Settling(Kind.CYCLE, p, Math.hypot(xs[last] - xs[last - p], ys[last] - ys[last - p]),
                        lastStep);
            }
        }
        return new Settling(Kind.MOVING, 0, Double.NaN, lastStep);
    }

    /** "at rest", "cycling with period 8 (returns within 1.9e-05)", "still moving (last step 0.31)". */
    public String describe() {
        return switch (kind) {
            case AT_REST -> "at rest";
            case CYCLE -> "cycling with period " + period + " (returns within " + Numbers.format(returnDistance)
                    + ")";
            case MOVING -> "not settled (last step " + Numbers.format(lastStep) + ")";
        };
    }
}
