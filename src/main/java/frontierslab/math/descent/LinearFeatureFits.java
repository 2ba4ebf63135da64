package frontierslab.math.descent;

import frontierslab.math.random.SeededRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * One seed of the linear-features experiment: X ∈ ℝ^{n×D} and z ∈ ℝ^n standard normal, drawn from
 * {@link SeededRandom}(seed) in that order (X row-major), and for every p = 1 … D the minimum-norm least-squares fit
 * ŵ = X_P⁺y of y = Xβ + σz on the first p columns. Since ŵ = X_P⁺Xβ + σX_P⁺z, its excess risk
 * ‖β_P − ŵ‖² + ‖β_T‖² (exact for isotropic Gaussian x) is a quadratic a − 2σb + σ²c in σ, kept per p so that σ
 * redraws at once. The pseudo-inverse goes through the eigendecomposition of the smaller Gram matrix; singular values
 * at or below {@link RandomFeatureFit#GRAM_FLOOR}·s₁ are taken as zero.
 */
public final class LinearFeatureFits {

    private final double[] a;
    private final double[] b;
    private final double[] c;

    public LinearFeatureFits(long seed, int n, double[] beta) {
        int dimension = beta.length;
        SeededRandom random = new SeededRandom(seed);
        double[][] x = random.normalMatrix(n, dimension);
        double[] z = random.normalVector(n);
        double[] signal = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < dimension; j++) {
                s += x[i][j] * beta[j];
            }
            signal[i] = s;
        }
        double[] total = new double[dimension + 1];
        for (int j = dimension - 1; j >= 0; j--) {
            total[j] = total[j + 1] + beta[j] * beta[j];
        }
        a = new double[dimension];
        b = new double[dimension];
        c = new double[dimension];
        for (int p = 1; p <= dimension; p++) {
            double[][] solved = minimumNorm(x, p, signal, z);
            double[] ws = solved[0];
            double[] wz = solved[1];
            double aa = total[p];
            double bb = 0;
            double cc = 0;
            for (int j = 0; j < p; j++) {
                double e = beta[j] - ws[j];
                aa += e * e;
                bb += e * wz[j];
                cc += wz[j] * wz[j];
            }
            a[p - 1] = aa;
            b[p - 1] = bb;
            c[p - 1] = cc;
        }
    }

    /** X_P⁺ applied to two right-hand sides, through the smaller Gram matrix of X_P = U S Vᵀ. */
    static double[][] minimumNorm(double[][] x, int p, double[] y1, double[] y2) {
        int n = x.length;
        boolean wide = p > n;
        int r = Math.min(n, p);
        double[][] gram = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int k = i; k < r; k++) {
                double s = 0;
                if (wide) {
                    for (int j = 0; j < p; j++) {
                        s += x[i][j] * x[k][j];
                    }
                } else {
                    for (int m = 0; m < n; m++) {
                        s += x[m][i] * x[m][k];
                    }
                }
                gram[i][k] = s;
                gram[k][i] = s;
            }
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(gram, false));
        double[] values = eigen.getEigenvalues();
        double[][] vectors = eigen.getV().getData();
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, v);
        }
        double cut = RandomFeatureFit.GRAM_FLOOR * RandomFeatureFit.GRAM_FLOOR * largest;
        double[][] out = new double[2][p];
        double[][] rhs = {y1, y2};
        for (int k = 0; k < r; k++) {
            double lambda = values[k];
            if (lambda <= cut) {
                continue;
            }
            for (int h = 0; h < 2; h++) {
                double[] y = rhs[h];
                if (wide) {
                    // ŵ = Xᵀ U Λ⁻¹ Uᵀ y
                    double proj = 0;
                    for (int i = 0; i < n; i++) {
                        proj += vectors[i][k] * y[i];
                    }
                    proj /= lambda;
                    for (int j = 0; j < p; j++) {
                        double s = 0;
                        for (int i = 0; i < n; i++) {
                            s += x[i][j] * vectors[i][k];
                        }
                        out[h][j] += s * proj;
                    }
                } else {
                    // ŵ = V Λ⁻¹ Vᵀ X_Pᵀ y
                    double proj = 0;
                    for (int m = 0; m < n; m++) {
                        double xv = 0;
                        for (int j = 0; j < p; j++) {
                            xv += x[m][j] * vectors[j][k];
                        }
                        proj += xv * y[m];
                    }
                    proj /= lambda;
                    for (int j = 0; j < p; j++) {
                        out[h][j] += vectors[j][k] * proj;
                    }
                }
            }
        }
        return out;
    }

    /** The excess risk at model size p (1 … D) and noise σ. */
    public double risk(int p, double sigma) {
        return Math.max(0, a[p - 1] - 2 * sigma * b[p - 1] + sigma * sigma * c[p - 1]);
    }
}
