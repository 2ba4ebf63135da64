package frontierslab.math.landscape;

/**
 * A twice-differentiable loss surface f : ℝⁿ → ℝ with its exact gradient ∇f and Hessian ∇²f.
 *
 * <p>Every optimizer in {@code frontierslab.math.optim} steps on a landscape; every sharpness the app shows on a
 * low-dimensional surface is an eigenvalue of {@link #hessian}. Implementations are immutable and thread-safe.
 */
public interface Landscape {

    /** n, the number of coordinates. */
    int dimension();

    /** f(w). */
    double value(double[] w);

    /** ∇f(w), written into {@code out} (length n), which is returned. */
    double[] gradient(double[] w, double[] out);

    /** ∇²f(w) as a dense symmetric n×n array. */
    double[][] hessian(double[] w);

    /** ∇f(w) in a new array. */
    default double[] gradient(double[] w) {
        return gradient(w, new double[dimension()]);
    }
}
