package frontierslab.math.linalg;

/**
 * A symmetric linear map A : ℝⁿ → ℝⁿ known only through products, out = A v (for a loss, a Hessian-vector product).
 * Implementations must not keep v or out, and must leave v unchanged; v and out are distinct arrays.
 */
@FunctionalInterface
public interface SymmetricOperator {

    /** Writes A v into {@code out}. */
    void apply(double[] v, double[] out);
}
