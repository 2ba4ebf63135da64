package frontierslab.math.bias;

import frontierslab.math.random.SeededRandom;

/**
 * A deep linear factorization W = W_d ⋯ W₂W₁ of square n×n factors (full width), fitted to the observed entries of a
 * {@link MatrixCompletionProblem} by full-batch gradient descent on the sum (not the mean) of squared errors
 *
 * <p>L(W₁, …, W_d) = ½ Σ_{(i,j)∈Ω} (W_ij − M_ij)²,
 *
 * <p>whose gradient is ∇_{W_k} L = (W_d ⋯ W_{k+1})ᵀ · R · (W_{k−1} ⋯ W₁)ᵀ with the residual R = P_Ω(W − M) (zero off
 * Ω). One GD step updates every factor at once: W_k ← W_k − η ∇_{W_k} L. The initialization is W_k = α·G_k/√n with
 * G_k standard Gaussian, drawn W₁ first, row-major. From small α this is the "rich" regime of Arora et al. 2019
 * (arXiv 1905.13655): the singular values of W grow one at a time (incremental learning) and the fit is close to low
 * rank; from large α it is close to the "lazy" regime that fits Ω and leaves the initialization's noise elsewhere.
 */
public final class MatrixFactorization {

    private final MatrixCompletionProblem problem;
    private final int n;
    private final double[][][] factors;

    /** Factors with the given values (copied), W₁ first. */
    public MatrixFactorization(MatrixCompletionProblem problem, double[][][] factors) {
        this.problem = problem;
        this.n = problem.size();
        if (factors.length < 1) {
            throw new IllegalArgumentException("depth must be at least 1");
        }
        this.factors = new double[factors.length][][];
        for (int k = 0; k < factors.length; k++) {
            if (factors[k].length != n || factors[k][0].length != n) {
                throw new IllegalArgumentException("factor " + (k + 1) + " is not " + n + "×" + n);
            }
            this.factors[k] = MatrixCompletionProblem.copy(factors[k]);
        }
    }

    /** An independent copy of the factors. */
    public MatrixFactorization copy() {
        return new MatrixFactorization(problem, factors);
    }

    /** The bytes of the factors. */
    public long bytes() {
        return (long) factors.length * n * n * Double.BYTES;
    }

    /** W_k = α·G_k/√n, G_k drawn from {@code random}, W₁ first. */
    public static MatrixFactorization initialized(MatrixCompletionProblem problem, int depth, double alpha,
                                                  SeededRandom random) {
        int n = problem.size();
        double scale = alpha / Math.sqrt(n);
        double[][][] f = new double[depth][][];
        for (int k = 0; k < depth; k++) {
            f[k] = random.normalMatrix(n, n);
            for (double[] row : f[k]) {
                for (int j = 0; j < n; j++) {
                    row[j] *= scale;
                }
            }
        }
        return new MatrixFactorization(problem, f);
    }

    public MatrixCompletionProblem problem() {
        return problem;
    }

    public int depth() {
        return factors.length;
    }

    /** The end-to-end matrix W = W_d ⋯ W₁ (a new array). */
    public double[][] product() {
        double[][] w = factors[0];
        for (int k = 1; k < factors.length; k++) {
            w = multiply(factors[k], w);
        }
        return factors.length == 1 ? MatrixCompletionProblem.copy(w) : w;
    }

    /** L = ½ Σ_Ω (W − M)². */
    public double loss() {
        return lossOf(product());
    }

    /** L at a given end-to-end matrix W. */
    public double lossOf(double[][] w) {
        double e = problem.observedError(w);
        return 0.5 * e * e;
    }

    /** ∇_{W_k} L for every k (new arrays, W₁ first). */
    public double[][][] gradient() {
        int d = factors.length;
        double[][][] prefix = new double[d + 1][][];
        prefix[0] = null;
        for (int k = 1; k <= d; k++) {
            prefix[k] = k == 1 ? factors[0] : multiply(factors[k - 1], prefix[k - 1]);
        }
        double[][] residual = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                residual[i][j] = problem.isObserved(i, j) ? prefix[d][i][j] - problem.truth(i, j) : 0;
            }
        }
        double[][][] g = new double[d][][];
        double[][] suffix = null;
        for (int k = d; k >= 1; k--) {
            double[][] left = suffix == null ? residual : multiplyTransposedLeft(suffix, residual);
            g[k - 1] = prefix[k - 1] == null ? left : multiplyTransposedRight(left, prefix[k - 1]);
            suffix = suffix == null ? factors[k - 1] : multiply(suffix, factors[k - 1]);
        }
        return g;
    }

    /** One GD step on every factor at once. */
    public void step(double eta) {
        double[][][] g = gradient();
        for (int k = 0; k < factors.length; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    factors[k][i][j] -= eta * g[k][i][j];
                }
            }
        }
    }

    /** All factors' entries, W₁ first, each row-major. */
    public double[] parameters() {
        double[] p = new double[factors.length * n * n];
        int at = 0;
        for (double[][] f : factors) {
            for (double[] row : f) {
                System.arraycopy(row, 0, p, at, n);
                at += n;
            }
        }
        return p;
    }

    /** Sets all factors' entries in the order of {@link #parameters()}. */
    public void setParameters(double[] p) {
        if (p.length != factors.length * n * n) {
            throw new IllegalArgumentException("expected " + factors.length * n * n + " parameters, got " + p.length);
        }
        int at = 0;
        for (double[][] f : factors) {
            for (double[] row : f) {
                System.arraycopy(p, at, row, 0, n);
                at += n;
            }
        }
    }

    /** The gradient flattened in the order of {@link #parameters()}. */
    public double[] flatGradient() {
        double[][][] g = gradient();
        double[] out = new double[factors.length * n * n];
        int at = 0;
        for (double[][] f : g) {
            for (double[] row : f) {
                System.arraycopy(row, 0, out, at, n);
                at += n;
            }
        }
        return out;
    }

    /** A copy of factor k (0-based: W₁ is 0). */
    public double[][] factor(int k) {
        return MatrixCompletionProblem.copy(factors[k]);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b[0].length;
        double[][] c = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            double[] ci = c[i];
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                double[] bk = b[k];
                for (int j = 0; j < cols; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        return c;
    }

    /** aᵀ·b. */
    static double[][] multiplyTransposedLeft(double[][] a, double[][] b) {
        int rows = a[0].length;
        int cols = b[0].length;
        double[][] c = new double[rows][cols];
        for (int k = 0; k < a.length; k++) {
            double[] ak = a[k];
            double[] bk = b[k];
            for (int i = 0; i < rows; i++) {
                double aki = ak[i];
                double[] ci = c[i];
                for (int j = 0; j < cols; j++) {
                    ci[j] += aki * bk[j];
                }
            }
        }
        return c;
    }

    /** a·bᵀ. */
    static double[][] multiplyTransposedRight(double[][] a, double[][] b) {
        int rows = a.length;
        int cols = b.length;
        double[][] c = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                double[] ai = a[i];
                double[] bj = b[j];
                for (int k = 0; k < ai.length; k++) {
                    s += ai[k] * bj[k];
                }
                c[i][j] = s;
            }
        }
        return c;
    }
}
