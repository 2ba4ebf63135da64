package frontierslab.math.descent;

import frontierslab.math.random.SeededRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Epoch-wise double descent in a linear teacher–student model (after Heckel and Yilmaz 2020, arXiv 2007.10099, and
 * Pezeshki et al. 2021, arXiv 2112.03215). Latent inputs z ∈ ℝ^{p_F + p_S}, standard normal; the student sees
 * x = (z_F, z_S/κ): a fast block and a slow block scaled by 1/κ. The teacher is y = z·θ + σε with ‖θ_F‖² = 1 − s and
 * ‖θ_S‖² = s (s the share of the signal in the slow block), so in the student's coordinates w* = (θ_F, κθ_S).
 *
 * <p>Full-batch GD on L(w) = (1/2n)‖Xw − y‖² from w₀ = 0 with step η = 1/λ_max, where XᵀX/n = VΛVᵀ and
 * g = VᵀXᵀy/n, is exactly w_t = V c(t) with c_k(t) = (1 − (1 − ηλ_k)^t)·g_k/λ_k (c_k = 0 where λ_k = 0, since
 * there g_k = 0). The test error is the population error E(x·w_t − x·w*)² = (w_t − w*)ᵀΣ(w_t − w*) with
 * Σ = diag(I, I/κ²), relative to predicting 0 (θᵀθ = 1); it splits into a fast-block part ‖w_F − θ_F‖² and a
 * slow-block part ‖w_S − κθ_S‖²/κ². The training error is (1/n)‖Xw_t − y‖² = cᵀΛc − 2cᵀg + ‖y‖²/n, relative to
 * ‖y‖²/n. Any t costs O(p²). When p &gt; n the eigenvectors come from XXᵀ/n = UΛUᵀ (v_k = Xᵀu_k/√(nλ_k)):
 * GD from 0 never leaves the row space of X, so that is the whole trajectory.
 *
 * <p>Draws from {@link SeededRandom}(seed), in order: Z (n × p, row-major), θ (p normals, then each block scaled to its
 * share), ε (n).
 */
public final class EpochwiseDescent {

    private final int fast;
    private final int slow;
    private final double kappa;
    private final double[] lambda;
    private final double[][] v;
    private final double[] g;
    private final double[] target;
    private final double eta;
    private final double labelEnergy;

    /** The errors at one time t. */
    public record Point(double t, double test, double fastPart, double slowPart, double train) {
    }

    public EpochwiseDescent(long seed, int n, int fast, int slow, double kappa, double sigma, double slowShare) {
        this.fast = fast;
        this.slow = slow;
        this.kappa = kappa;
        int p = fast + slow;
        SeededRandom random = new SeededRandom(seed);
        double[][] z = random.normalMatrix(n, p);
        double[] theta = random.normalVector(p);
        double[] noise = random.normalVector(n);
        scaleBlock(theta, 0, fast, Math.sqrt(1 - slowShare));
        scaleBlock(theta, fast, p, Math.sqrt(slowShare));
        double[] y = new double[n];
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += z[i][j] * theta[j];
                x[i][j] = j < fast ? z[i][j] : z[i][j] / kappa;
            }
            y[i] = s + sigma * noise[i];
        }
        target = new double[p];
        for (int j = 0; j < p; j++) {
            target[j] = j < fast ? theta[j] : kappa * theta[j];
        }
        double[] xty = new double[p];
        double yy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xty[j] += x[i][j] * y[i] / n;
            }
            yy += y[i] * y[i];
        }
        labelEnergy = yy / n;
        boolean wide = p > n;
        int r = Math.min(n, p);
        double[][] h = new double[r][r];
        for (int a = 0; a < r; a++) {
            for (int b = a; b < r; b++) {
                double acc = 0;
                if (wide) {
                    for (int j = 0; j < p; j++) {
                        acc += x[a][j] * x[b][j];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        acc += x[i][a] * x[i][b];
                    }
                }
                h[a][b] = acc / n;
                h[b][a] = acc / n;
            }
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(h, false));
        lambda = eigen.getEigenvalues();
        double[][] vectors = eigen.getV().getData();
        double largest = 0;
        for (double l : lambda) {
            largest = Math.max(largest, l);
        }
        eta = 1 / largest;
        if (wide) {
            v = new double[p][r];
            for (int k = 0; k < r; k++) {
                if (lambda[k] <= 1e-12 * largest) {
                    lambda[k] = 0;
                    continue;
                }
                double scale = 1 / Math.sqrt(n * lambda[k]);
                for (int j = 0; j < p; j++) {
                    double acc = 0;
                    for (int i = 0; i < n; i++) {
                        acc += x[i][j] * vectors[i][k];
                    }
                    v[j][k] = acc * scale;
                }
            }
        } else {
            v = vectors;
        }
        g = new double[r];
        for (int k = 0; k < r; k++) {
            double acc = 0;
            for (int j = 0; j < p; j++) {
                acc += v[j][k] * xty[j];
            }
            g[k] = acc;
        }
    }

    private static void scaleBlock(double[] theta, int from, int to, double norm) {
        double s = 0;
        for (int j = from; j < to; j++) {
            s += theta[j] * theta[j];
        }
        double scale = s > 0 ? norm / Math.sqrt(s) : 0;
        for (int j = from; j < to; j++) {
            theta[j] *= scale;
        }
    }

    /** The step size η = 1/λ_max of XᵀX/n. */
    public double eta() {
        return eta;
    }

    /** The smallest eigenvalue of XᵀX/n above 10⁻¹²·λ_max: the slowest direction GD learns. */
    public double smallestLearnedEigenvalue() {
        double largest = 1 / eta;
        double smallest = largest;
        for (double l : lambda) {
            if (l > 1e-12 * largest) {
                smallest = Math.min(smallest, l);
            }
        }
        return smallest;
    }

    /** c_k(t) = (1 − (1 − ηλ_k)^t)·g_k/λ_k, through expm1 and log1p so that small ηλ_k·t loses nothing. */
    private double coefficient(int k, double t) {
        double l = lambda[k];
        if (t <= 0) {
            return 0;
        }
        double rate = eta * l;
        double learned = rate >= 1 ? 1 - Math.pow(1 - rate, t) : -Math.expm1(t * Math.log1p(-rate));
        return learned * g[k] / l;
    }

    /** w_t, exactly, for any real t ≥ 0. */
    public double[] weights(double t) {
        int p = fast + slow;
        double floor = 1e-12 / eta;
        double[] w = new double[p];
        for (int k = 0; k < lambda.length; k++) {
            double l = lambda[k];
            if (l <= floor) {
                continue;
            }
            double ck = coefficient(k, t);
            for (int j = 0; j < p; j++) {
                w[j] += v[j][k] * ck;
            }
        }
        return w;
    }

    public Point at(double t) {
        double[] w = weights(t);
        int p = fast + slow;
        double fastPart = 0;
        double slowPart = 0;
        for (int j = 0; j < p; j++) {
            double e = w[j] - target[j];
            if (j < fast) {
                fastPart += e * e;
            } else {
                slowPart += e * e / (kappa * kappa);
            }
        }
        double floor = 1e-12 / eta;
        double train = labelEnergy;
        for (int k = 0; k < lambda.length; k++) {
            double l = lambda[k];
            if (l <= floor) {
                continue;
            }
            double ck = coefficient(k, t);
            train += l * ck * ck - 2 * ck * g[k];
        }
        return new Point(t, fastPart + slowPart, fastPart, slowPart, Math.max(0, train) / labelEnergy);
    }
}
