package frontierslab.math.descent;

/**
 * The expected error of the minimum-norm least-squares fit on the first p of D isotropic Gaussian coordinates, n
 * samples, y = x·β + σz. With ‖β_P‖² the signal on the p coordinates used and ‖β_T‖² the signal left out, the excess
 * risk E‖x·β − x_P·ŵ‖² is, exactly (Belkin, Hsu and Xu 2019, arXiv 1903.07571, Theorem 1):
 * <pre>
 *   p ≤ n − 2:  ‖β_T‖² + (‖β_T‖² + σ²)·p/(n − p − 1)
 *   p ≥ n + 2:  ‖β_T‖² + ‖β_P‖²(1 − n/p) + (‖β_T‖² + σ²)·n/(p − n − 1)
 * </pre>
 * and infinite for n − 1 ≤ p ≤ n + 1. The proportional limit p, n → ∞ with p/n = γ (Hastie, Montanari, Rosset and
 * Tibshirani 2019, arXiv 1903.08560, isotropic case, the left-out signal counted as noise) drops the −1s:
 * ‖β_T‖² + (‖β_T‖² + σ²)γ/(1 − γ) for γ &lt; 1 and ‖β_T‖² + ‖β_P‖²(1 − 1/γ) + (‖β_T‖² + σ²)/(γ − 1) for γ &gt; 1.
 */
public final class LinearFeatureRisk {

    private LinearFeatureRisk() {
    }

    /** The exact expected excess risk, or +∞ for n − 1 ≤ p ≤ n + 1. */
    public static double exact(int n, int p, double used, double left, double sigma2) {
        if (p <= n - 2) {
            return left + (left + sigma2) * p / (n - p - 1.0);
        }
        if (p >= n + 2) {
            return left + used * (1 - n / (double) p) + (left + sigma2) * n / (p - n - 1.0);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The proportional-limit risk at γ = p/n, or +∞ at γ = 1. */
    public static double asymptotic(int n, int p, double used, double left, double sigma2) {
        double gamma = p / (double) n;
        if (gamma < 1) {
            return left + (left + sigma2) * gamma / (1 - gamma);
        }
        if (gamma > 1) {
            return left + used * (1 - 1 / gamma) + (left + sigma2) / (gamma - 1);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** {@link #exact} (or, with {@code limit}, {@link #asymptotic}) for the signal β split at p. */
    public static double of(int n, int p, double[] beta, double sigma, boolean limit) {
        double used = 0;
        double left = 0;
        for (int j = 0; j < beta.length; j++) {
            if (j < p) {
                used += beta[j] * beta[j];
            } else {
                left += beta[j] * beta[j];
            }
        }
        double s2 = sigma * sigma;
        return limit ? asymptotic(n, p, used, left, s2) : exact(n, p, used, left, s2);
    }

    /** β_j ∝ j^(−decay), j = 1 … D, scaled to ‖β‖ = 1 (decay 0: every coordinate carries the same signal). */
    public static double[] signal(int dimension, double decay) {
        double[] beta = new double[dimension];
        double sum = 0;
        for (int j = 0; j < dimension; j++) {
            beta[j] = Math.pow(j + 1, -decay);
            sum += beta[j] * beta[j];
        }
        double scale = 1 / Math.sqrt(sum);
        for (int j = 0; j < dimension; j++) {
            beta[j] *= scale;
        }
        return beta;
    }
}
