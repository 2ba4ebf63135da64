package frontierslab.math.descent;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * The fit of p random features to one {@link RandomFeatureSample}, kept in the form that makes every (σ, λ, τ) cheap.
 *
 * <p>With the thin SVD F = U S Vᵀ of the n × p feature matrix (r = min(n, p) singular values s₁ ≥ … ≥ s_r), the fit
 * minimizing (1/n)‖Fa − y‖² + λ‖a‖² is a = V c with c_k = s_k (Uᵀy)_k / (s_k² + nλ); λ = 0 gives the minimum-norm
 * least-squares fit c_k = (Uᵀy)_k / s_k. Singular values at or below max(τ, 10⁻⁷)·s₁ are dropped (c_k = 0): τ is the
 * cut-off control, 10⁻⁷ the resolution of the Gram route the SVD is computed by. Since y = Xβ + σz is
 * linear in σ, Uᵀy = UᵀXβ + σUᵀz is kept as two vectors (and two more for the shuffled labels).
 *
 * <p>On the m test points, with G = F'V (m × r), the test error relative to predicting 0 is
 * (cᵀQc − 2bᵀc + e)/e with Q = GᵀG/m, b = Gᵀf*·(1/m) and e = ‖f*‖²/m. The training error relative to predicting 0 is
 * (Σ_k (s_k c_k − (Uᵀy)_k)² + ‖y‖² − ‖Uᵀy‖²)/‖y‖², and ‖a‖ = ‖c‖. So one SVD and one product per (seed, p) is all
 * the sweep computes; every (σ, λ, τ) after that costs O(r²) per fit (after Schaeffer et al. 2023, arXiv
 * 2303.14151, whose factors these are: the small singular values, the labels' projection on them, and the test
 * points' projection).
 */
public final class RandomFeatureFit {

    /** Singular values at or below this share of s₁ are taken as zero (see {@link #spectrum}). */
    public static final double GRAM_FLOOR = 1e-7;

    private final int n;
    private final int p;
    private final double[] s;
    private final double[] uTarget;
    private final double[] uNoise;
    private final double[] uTargetShuffled;
    private final double[] uNoiseShuffled;
    private final double[] q;
    private final double[] b;
    private final double testEnergy;
    private final double targetEnergy;
    private final double crossEnergy;
    private final double noiseEnergy;

    /** What a fit gives for one (σ, λ, τ): errors relative to predicting 0, the norm of a, the values kept. */
    public record Result(double testError, double trainError, double norm, int kept) {
    }

    public RandomFeatureFit(RandomFeatureSample sample, int p) {
        this.n = sample.n();
        this.p = p;
        double[][] f = sample.trainingFeatures(p);
        Spectrum spectrum = spectrum(f, n, p);
        s = spectrum.s;
        int r = s.length;
        double[][] v = spectrum.v;
        double[][] u = spectrum.u;
        double[] t = sample.target();
        double[] z = sample.noise();
        int[] perm = sample.permutation();
        double[] tShuffled = new double[n];
        double[] zShuffled = new double[n];
        for (int i = 0; i < n; i++) {
            tShuffled[i] = t[perm[i]];
            zShuffled[i] = z[perm[i]];
        }
        uTarget = transposeTimes(u, t, r);
        uNoise = transposeTimes(u, z, r);
        uTargetShuffled = transposeTimes(u, tShuffled, r);
        uNoiseShuffled = transposeTimes(u, zShuffled, r);
        double tt = 0;
        double tz = 0;
        double zz = 0;
        for (int i = 0; i < n; i++) {
            tt += t[i] * t[i];
            tz += t[i] * z[i];
            zz += z[i] * z[i];
        }
        targetEnergy = tt;
        crossEnergy = tz;
        noiseEnergy = zz;
        double[][] test = sample.testFeatures(p);
        double[] fStar = sample.testTarget();
        int m = test.length;
        double[][] g = new double[m][r];
        for (int i = 0; i < m; i++) {
            double[] row = test[i];
            double[] gi = g[i];
            for (int j = 0; j < p; j++) {
                double fij = row[j];
                if (fij != 0) {
                    double[] vj = v[j];
                    for (int k = 0; k < r; k++) {
                        gi[k] += fij * vj[k];
                    }
                }
            }
        }
        q = new double[r * r];
        b = new double[r];
        double e = 0;
        for (int i = 0; i < m; i++) {
            double[] gi = g[i];
            for (int k = 0; k < r; k++) {
                double gk = gi[k];
                int base = k * r;
                for (int l = k; l < r; l++) {
                    q[base + l] += gk * gi[l];
                }
                b[k] += gk * fStar[i];
            }
            e += fStar[i] * fStar[i];
        }
        for (int k = 0; k < r; k++) {
            b[k] /= m;
            for (int l = k; l < r; l++) {
                q[k * r + l] /= m;
                q[l * r + k] = q[k * r + l];
            }
        }
        testEnergy = e / m;
    }

    /** U (n × r), s (r, descending) and V (p × r) of the thin SVD. */
    private record Spectrum(double[][] u, double[] s, double[][] v) {
    }

    /**
     * The thin SVD through the eigendecomposition of the smaller Gram matrix: FᵀF = V S² Vᵀ when p ≤ n (then
     * U = F V S⁻¹), FFᵀ = U S² Uᵀ when p &gt; n (then V = Fᵀ U S⁻¹). Singular values are accurate to about √ε·s₁
     * this way, which is why {@link #floor} never keeps one below {@value #GRAM_FLOOR}·s₁; columns for dropped
     * values are left zero.
     */
    private static Spectrum spectrum(double[][] f, int n, int p) {
        boolean wide = p > n;
        int r = Math.min(n, p);
        double[][] gram = new double[r][r];
        if (wide) {
            for (int i = 0; i < n; i++) {
                for (int k = i; k < n; k++) {
                    double acc = 0;
                    double[] fi = f[i];
                    double[] fk = f[k];
                    for (int j = 0; j < p; j++) {
                        acc += fi[j] * fk[j];
                    }
                    gram[i][k] = acc;
                    gram[k][i] = acc;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                double[] fi = f[i];
                for (int j = 0; j < p; j++) {
                    double fij = fi[j];
                    if (fij != 0) {
                        double[] gj = gram[j];
                        for (int k = j; k < p; k++) {
                            gj[k] += fij * fi[k];
                        }
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    gram[j][k] = gram[k][j];
                }
            }
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(gram, false));
        double[] values = eigen.getEigenvalues();
        double[][] vectors = eigen.getV().getData();
        Integer[] order = new Integer[r];
        for (int k = 0; k < r; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] s = new double[r];
        double[][] known = new double[r][r];
        for (int k = 0; k < r; k++) {
            s[k] = Math.sqrt(Math.max(0, values[order[k]]));
            for (int i = 0; i < r; i++) {
                known[i][k] = vectors[i][order[k]];
            }
        }
        double cut = GRAM_FLOOR * s[0];
        int other = wide ? p : n;
        double[][] derived = new double[other][r];
        if (wide) {
            for (int i = 0; i < r; i++) {
                double[] fi = f[i];
                double[] ki = known[i];
                for (int a = 0; a < other; a++) {
                    double fia = fi[a];
                    if (fia != 0) {
                        double[] da = derived[a];
                        for (int k = 0; k < r; k++) {
                            da[k] += fia * ki[k];
                        }
                    }
                }
            }
        } else {
            for (int a = 0; a < other; a++) {
                double[] fa = f[a];
                double[] da = derived[a];
                for (int i = 0; i < r; i++) {
                    double fai = fa[i];
                    if (fai != 0) {
                        double[] ki = known[i];
                        for (int k = 0; k < r; k++) {
                            da[k] += fai * ki[k];
                        }
                    }
                }
            }
        }
        double[] inverse = new double[r];
        for (int k = 0; k < r; k++) {
            inverse[k] = s[k] > cut ? 1 / s[k] : 0;
        }
        for (double[] da : derived) {
            for (int k = 0; k < r; k++) {
                da[k] *= inverse[k];
            }
        }
        return wide ? new Spectrum(known, s, derived) : new Spectrum(derived, s, known);
    }

    private static double[] transposeTimes(double[][] u, double[] y, int r) {
        double[] out = new double[r];
        for (int i = 0; i < u.length; i++) {
            double yi = y[i];
            double[] ui = u[i];
            for (int k = 0; k < r; k++) {
                out[k] += ui[k] * yi;
            }
        }
        return out;
    }

    public int p() {
        return p;
    }

    public int n() {
        return n;
    }

    /** The singular values of F, largest first. */
    public double[] singularValues() {
        return s.clone();
    }

    /** σ_min/σ_max of F, over its r = min(n, p) singular values. */
    public double conditionRatio() {
        return s[s.length - 1] / s[0];
    }

    /** The largest singular value a fit drops: max(τ, {@value #GRAM_FLOOR})·s₁. */
    public double floor(double tau) {
        return Math.max(tau, GRAM_FLOOR) * s[0];
    }

    public Result evaluate(double sigma, double lambda, double tau, boolean shuffled) {
        double[] ut = shuffled ? uTargetShuffled : uTarget;
        double[] uz = shuffled ? uNoiseShuffled : uNoise;
        int r = s.length;
        double floor = floor(tau);
        double ridge = n * lambda;
        double[] c = new double[r];
        double norm2 = 0;
        double inSpan = 0;
        double residual = 0;
        int kept = 0;
        for (int k = 0; k < r; k++) {
            double uy = ut[k] + sigma * uz[k];
            inSpan += uy * uy;
            double sk = s[k];
            if (sk > floor) {
                c[k] = sk * uy / (sk * sk + ridge);
                kept++;
            }
            norm2 += c[k] * c[k];
            double fit = sk * c[k] - uy;
            residual += fit * fit;
        }
        double y2 = targetEnergy + 2 * sigma * crossEnergy + sigma * sigma * noiseEnergy;
        double outOfSpan = r < n ? Math.max(0, y2 - inSpan) : 0;
        double train = y2 > 0 ? (residual + outOfSpan) / y2 : 0;
        double quad = 0;
        double lin = 0;
        for (int k = 0; k < kept; k++) {
            double ck = c[k];
            int base = k * r;
            double row = 0;
            for (int l = k + 1; l < kept; l++) {
                row += q[base + l] * c[l];
            }
            quad += ck * (q[base + k] * ck + 2 * row);
            lin += b[k] * ck;
        }
        double test = Math.max(0, quad - 2 * lin + testEnergy) / testEnergy;
        return new Result(test, train, Math.sqrt(norm2), kept);
    }
}
