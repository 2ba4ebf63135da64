package frontierslab.math.bias;

import frontierslab.math.random.SeededRandom;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * A matrix completion problem: an n×n truth M of low rank, of which only the entries in a mask Ω are observed.
 *
 * <p>{@link #lowRank} builds M = U·diag(σ)·Vᵀ with U, V the orthonormal factors Q of the thin QR decompositions of two
 * n×r Gaussian matrices (Hipparchus Householder QR, signs fixed so that R has a positive diagonal, which makes Q unique),
 * and observes each entry independently with probability p. The draws come from one {@link SeededRandom}, in this
 * order: the n×r Gaussian of U (row-major), that of V, then n×n uniforms u_ij with (i, j) ∈ Ω iff u_ij &lt; p. The same
 * generator is then handed on to the factors' initialization, so that for a fixed seed the factors' directions do not
 * depend on α.
 *
 * <p>Errors are Frobenius norms restricted to a set of entries: ‖P_Ω(A)‖ = √(Σ_{(i,j)∈Ω} A_ij²). Predicting zero on the
 * unobserved entries Ω^c has error ‖P_Ω^c(M)‖; {@link #relativeUnobservedError} divides by it, so 1 is "no better than
 * predicting zero" (Arora et al. 2019, arXiv 1905.13655; Razin and Cohen 2020, arXiv 2005.06398).
 */
public final class MatrixCompletionProblem {

    private final double[][] truth;
    private final boolean[][] observed;
    private final double[] singularValues;
    private final int observedCount;

    public MatrixCompletionProblem(double[][] truth, boolean[][] observed, double[] singularValues) {
        int n = truth.length;
        if (observed.length != n) {
            throw new IllegalArgumentException("truth and mask differ in size");
        }
        this.truth = copy(truth);
        this.observed = new boolean[n][];
        int count = 0;
        for (int i = 0; i < n; i++) {
            this.observed[i] = observed[i].clone();
            for (boolean b : observed[i]) {
                count += b ? 1 : 0;
            }
        }
        this.singularValues = singularValues.clone();
        this.observedCount = count;
    }

    /** The n×n truth with the given singular values (rank r = their number), each entry observed with probability p. */
    public static MatrixCompletionProblem lowRank(int n, double[] singularValues, double fraction, SeededRandom random) {
        int r = singularValues.length;
        double[][] u = orthonormalColumns(random.normalMatrix(n, r));
        double[][] v = orthonormalColumns(random.normalMatrix(n, r));
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += u[i][k] * singularValues[k] * v[j][k];
                }
                m[i][j] = s;
            }
        }
        boolean[][] mask = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mask[i][j] = random.uniform() < fraction;
            }
        }
        return new MatrixCompletionProblem(m, mask, singularValues);
    }

    /** Q of the thin QR decomposition of the n×r matrix g, each column's sign chosen so that R's diagonal is positive. */
    static double[][] orthonormalColumns(double[][] g) {
        int n = g.length;
        int r = g[0].length;
        QRDecomposition qr = new QRDecomposition(MatrixUtils.createRealMatrix(g));
        RealMatrix q = qr.getQ();
        RealMatrix rr = qr.getR();
        double[][] out = new double[n][r];
        for (int k = 0; k < r; k++) {
            double sign = rr.getEntry(k, k) < 0 ? -1 : 1;
            for (int i = 0; i < n; i++) {
                out[i][k] = sign * q.getEntry(i, k);
            }
        }
        return out;
    }

    public int size() {
        return truth.length;
    }

    /** A copy of M. */
    public double[][] truth() {
        return copy(truth);
    }

    public double truth(int i, int j) {
        return truth[i][j];
    }

    public boolean isObserved(int i, int j) {
        return observed[i][j];
    }

    /** A copy of the mask Ω. */
    public boolean[][] observed() {
        boolean[][] out = new boolean[observed.length][];
        for (int i = 0; i < observed.length; i++) {
            out[i] = observed[i].clone();
        }
        return out;
    }

    public int observedCount() {
        return observedCount;
    }

    /** The singular values M was built with, largest first. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** ‖P_Ω(W − M)‖. */
    public double observedError(double[][] w) {
        return restrictedError(w, true);
    }

    /** ‖P_Ω^c(W − M)‖. */
    public double unobservedError(double[][] w) {
        return restrictedError(w, false);
    }

    /** ‖P_Ω(W − M)‖ / ‖P_Ω(M)‖. */
    public double relativeObservedError(double[][] w) {
        return observedError(w) / restrictedError(null, true);
    }

    /** ‖P_Ω^c(W − M)‖ / ‖P_Ω^c(M)‖: 1 is the error of predicting zero on the unobserved entries. */
    public double relativeUnobservedError(double[][] w) {
        return unobservedError(w) / predictZeroUnobservedError();
    }

    /** ‖P_Ω^c(M)‖, the error of predicting zero on the unobserved entries. */
    public double predictZeroUnobservedError() {
        return restrictedError(null, false);
    }

    /** ‖P_Ω(M)‖. */
    public double predictZeroObservedError() {
        return restrictedError(null, true);
    }

    private double restrictedError(double[][] w, boolean onObserved) {
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth.length; j++) {
                if (observed[i][j] == onObserved) {
                    double d = (w == null ? 0 : w[i][j]) - truth[i][j];
                    s += d * d;
                }
            }
        }
        return Math.sqrt(s);
    }

    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
