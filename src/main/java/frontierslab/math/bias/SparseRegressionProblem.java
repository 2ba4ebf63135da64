package frontierslab.math.bias;

import frontierslab.math.random.SeededRandom;

/**
 * An underdetermined sparse regression problem y = X w* + σ ε with n &lt; d (the setting of Woodworth et al. 2020,
 * arXiv 1906.05827, docs/science.md §3).
 *
 * <p>Drawn from one {@link SeededRandom} stream, in this order: X (n×d standard normals, row-major); a permutation of
 * 0..d−1 whose first k entries are the support of w*; for each support index in that order a sign, −1 if u &lt; ½ and
 * +1 otherwise (w*_i = ±1); then ε (n standard normals) if σ &gt; 0. Since the rows of X are N(0, I), the population
 * error of any w is E(xᵀw − xᵀw*)² = ‖w − w*‖².
 */
public final class SparseRegressionProblem {

    private final double[][] x;
    private final double[] y;
    private final double[] truth;
    private final int[] support;
    private final double noise;

    private SparseRegressionProblem(double[][] x, double[] y, double[] truth, int[] support, double noise) {
        this.x = x;
        this.y = y;
        this.truth = truth;
        this.support = support;
        this.noise = noise;
    }

    /** Draws the problem: n samples, d features, a k-sparse truth with entries ±1, noise standard deviation σ. */
    public static SparseRegressionProblem draw(long seed, int n, int d, int k, double noise) {
        if (n < 1 || d < 1 || k < 0 || k > d || !(noise >= 0)) {
            throw new IllegalArgumentException("need n ≥ 1, d ≥ 1, 0 ≤ k ≤ d, σ ≥ 0; got n = " + n + ", d = " + d
                    + ", k = " + k + ", σ = " + noise);
        }
        SeededRandom random = new SeededRandom(seed);
        double[][] x = random.normalMatrix(n, d);
        int[] permutation = random.permutation(d);
        int[] support = java.util.Arrays.copyOf(permutation, k);
        double[] truth = new double[d];
        for (int i : support) {
            truth[i] = random.uniform() < 0.5 ? -1.0 : 1.0;
        }
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += x[r][j] * truth[j];
            }
            y[r] = s;
        }
        if (noise > 0) {
            for (int r = 0; r < n; r++) {
                y[r] += noise * random.normal();
            }
        }
        java.util.Arrays.sort(support);
        return new SparseRegressionProblem(x, y, truth, support, noise);
    }

    public int samples() {
        return y.length;
    }

    public int features() {
        return truth.length;
    }

    /** Row r of X (a copy). */
    public double[] row(int r) {
        return x[r].clone();
    }

    /** X (a copy). */
    public double[][] design() {
        double[][] copy = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            copy[r] = x[r].clone();
        }
        return copy;
    }

    double[][] designView() {
        return x;
    }

    public double[] targets() {
        return y.clone();
    }

    double[] targetsView() {
        return y;
    }

    public double[] truth() {
        return truth.clone();
    }

    /** The indices of the nonzero entries of w*, ascending. */
    public int[] support() {
        return support.clone();
    }

    public double noise() {
        return noise;
    }

    /** r = Xw − y, written into {@code out}. */
    public void residual(double[] w, double[] out) {
        for (int r = 0; r < x.length; r++) {
            double s = -y[r];
            double[] row = x[r];
            for (int j = 0; j < row.length; j++) {
                s += row[j] * w[j];
            }
            out[r] = s;
        }
    }

    /** L(w) = 1/(2n) ‖Xw − y‖². */
    public double loss(double[] w) {
        double[] r = new double[x.length];
        residual(w, r);
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s / (2.0 * x.length);
    }

    /** How many indices of the true support are among the k largest |w_i| (k = the support's size; ties by index). */
    public int supportRecovered(double[] w) {
        int k = support.length;
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(Math.abs(w[b]), Math.abs(w[a]));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int hits = 0;
        for (int i = 0; i < k; i++) {
            if (truth[order[i]] != 0) {
                hits++;
            }
        }
        return hits;
    }
}
