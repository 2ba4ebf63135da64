package frontierslab.math.kernel;

import java.util.function.DoubleBinaryOperator;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealMatrix;

/**
 * Kernel regression in one dimension: f(x) = Σᵢ αᵢ k(x, xᵢ) with (K + λI)α = y, K_ij = k(x_i, x_j). With λ = 0 it is the
 * minimum-norm interpolant in the kernel's Hilbert space (zero training error); with λ &gt; 0, kernel ridge regression.
 * The kernels: Gaussian exp(−(x − x')²/(2ℓ²)), Laplace exp(−|x − x'|/ℓ), and the "spiky-smooth" sum of a wide Gaussian
 * and γ times a very narrow one (Haas et al. 2023, arXiv 2305.14077), whose interpolant behaves like ridge regression
 * with the wide kernel and λ = γ, plus a narrow spike at each data point that absorbs its noise.
 */
public final class KernelInterpolation {

    private final double[] xs;
    private final double[] alpha;
    private final DoubleBinaryOperator kernel;

    private KernelInterpolation(double[] xs, double[] alpha, DoubleBinaryOperator kernel) {
        this.xs = xs;
        this.alpha = alpha;
        this.kernel = kernel;
    }

    public static DoubleBinaryOperator gaussian(double width) {
        return (a, b) -> {
            double d = (a - b) / width;
            return Math.exp(-0.5 * d * d);
        };
    }

    public static DoubleBinaryOperator laplace(double width) {
        return (a, b) -> Math.exp(-Math.abs(a - b) / width);
    }

    /** k_wide + γ·k_spike: a wide Gaussian plus a small, very narrow one. */
    public static DoubleBinaryOperator spikySmooth(double wide, double spike, double weight) {
        DoubleBinaryOperator w = gaussian(wide);
        DoubleBinaryOperator s = gaussian(spike);
        return (a, b) -> w.applyAsDouble(a, b) + weight * s.applyAsDouble(a, b);
    }

    /** Fits (K + λI)α = y by Cholesky; λ = 0 interpolates. Empty when K + λI is singular to working precision. */
    public static java.util.Optional<KernelInterpolation> tryFit(double[] xs, double[] ys, DoubleBinaryOperator kernel,
                                                                 double ridge) {
        try {
            return java.util.Optional.of(fit(xs, ys, kernel, ridge));
        } catch (org.hipparchus.exception.MathIllegalArgumentException notPositiveDefinite) {
            return java.util.Optional.empty();
        }
    }

    /** Fits (K + λI)α = y by Cholesky; λ = 0 interpolates. Throws when K + λI is singular to working precision. */
    public static KernelInterpolation fit(double[] xs, double[] ys, DoubleBinaryOperator kernel, double ridge) {
        int n = xs.length;
        RealMatrix k = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k.setEntry(i, j, kernel.applyAsDouble(xs[i], xs[j]) + (i == j ? ridge : 0));
            }
        }
        DecompositionSolver solver = new CholeskyDecomposition(k, 1e-14, 1e-13).getSolver();
        double[] alpha = solver.solve(new ArrayRealVector(ys, false)).toArray();
        return new KernelInterpolation(xs.clone(), alpha, kernel);
    }

    public double value(double x) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            s += alpha[i] * kernel.applyAsDouble(x, xs[i]);
        }
        return s;
    }

    /** The RKHS norm ‖f‖ = √(αᵀKα). */
    public double norm() {
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < xs.length; j++) {
                s += alpha[i] * alpha[j] * kernel.applyAsDouble(xs[i], xs[j]);
            }
        }
        return Math.sqrt(Math.max(0, s));
    }
}
