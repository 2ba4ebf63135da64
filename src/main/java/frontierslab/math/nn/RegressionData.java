package frontierslab.math.nn;

import frontierslab.math.random.SeededRandom;

/**
 * A fixed regression training set: n inputs xᵢ ∈ ℝᵈ (an n×d array) and n scalar targets yᵢ. Immutable.
 *
 * <p>Two recipes from docs/science.md §2 (edge of stability in a network):
 * <ul>
 *   <li>{@link #spiral(long)}: a 200×2 array U of uniform draws from SplitMix64, filled row-major, x = 2U − 1,
 *       y = sign(sin(atan2(x₂, x₁) + 5‖x‖)): a two-armed spiral of ±1 labels, hard enough that a tanh network sharpens
 *       progressively (Cohen et al. 2021, arXiv 2103.00065).</li>
 *   <li>{@link #chebyshev(int, int)}: the Chebyshev polynomial T_k on evenly spaced points xᵢ = −1 + 2i/(m − 1) of
 *       [−1, 1], T₀ = 1, T₁ = x, T_{k+1} = 2x T_k − T_{k−1}.</li>
 * </ul>
 */
public final class RegressionData {

    /** The number of points of the spiral recipe. */
    public static final int SPIRAL_POINTS = 200;

    private final double[][] inputs;
    private final double[] targets;

    public RegressionData(double[][] inputs, double[] targets) {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("need n ≥ 1 inputs and as many targets, got "
                    + inputs.length + " and " + targets.length);
        }
        int d = inputs[0].length;
        this.inputs = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != d) {
                throw new IllegalArgumentException("input " + i + " has dimension " + inputs[i].length + ", not " + d);
            }
            this.inputs[i] = inputs[i].clone();
        }
        this.targets = targets.clone();
    }

    /** The spiral of docs/science.md §2: 200 points x = 2U − 1 in the square, labels sign(sin(atan2(x₂, x₁) + 5‖x‖)). */
    public static RegressionData spiral(long dataSeed) {
        double[][] u = new SeededRandom(dataSeed).uniformMatrix(SPIRAL_POINTS, 2);
        double[][] x = new double[SPIRAL_POINTS][2];
        double[] y = new double[SPIRAL_POINTS];
        for (int i = 0; i < SPIRAL_POINTS; i++) {
            x[i][0] = 2 * u[i][0] - 1;
            x[i][1] = 2 * u[i][1] - 1;
            double radius = Math.sqrt(x[i][0] * x[i][0] + x[i][1] * x[i][1]);
            y[i] = Math.signum(Math.sin(Math.atan2(x[i][1], x[i][0]) + 5 * radius));
        }
        return new RegressionData(x, y);
    }

    /** T₆ on 20 evenly spaced points of [−1, 1]. */
    public static RegressionData chebyshev() {
        return chebyshev(6, 20);
    }

    /** T_degree on {@code points} evenly spaced points of [−1, 1], endpoints included. */
    public static RegressionData chebyshev(int degree, int points) {
        if (degree < 0 || points < 2) {
            throw new IllegalArgumentException("need degree ≥ 0 and at least 2 points");
        }
        double[][] x = new double[points][1];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            double xi = -1 + 2.0 * i / (points - 1);
            x[i][0] = xi;
            y[i] = chebyshevT(degree, xi);
        }
        return new RegressionData(x, y);
    }

    static double chebyshevT(int degree, double x) {
        double previous = 1;
        if (degree == 0) {
            return previous;
        }
        double current = x;
        for (int k = 1; k < degree; k++) {
            double next = 2 * x * current - previous;
            previous = current;
            current = next;
        }
        return current;
    }

    /** n. */
    public int size() {
        return targets.length;
    }

    /** d. */
    public int inputDimension() {
        return inputs[0].length;
    }

    /** xᵢ component j. */
    public double input(int i, int j) {
        return inputs[i][j];
    }

    /** yᵢ. */
    public double target(int i) {
        return targets[i];
    }

    /** A copy of the n×d inputs. */
    public double[][] inputs() {
        double[][] copy = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            copy[i] = inputs[i].clone();
        }
        return copy;
    }

    /** A copy of the n targets. */
    public double[] targets() {
        return targets.clone();
    }
}
