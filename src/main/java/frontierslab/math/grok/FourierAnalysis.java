package frontierslab.math.grok;

/**
 * The Fourier view of the network over ℤ_P (Nanda et al. 2023, arXiv 2301.05217; Gromov 2023). For a matrix M with
 * rows indexed by a residue r ∈ ℤ_P and one column per unit k, the power of unit k at frequency f = 1…(P−1)/2 is
 * |Σ_r M[r][k] e^{−2πifr/P}|² (the power at −f is the same for real M; f = 0, the mean, is left out). Per unit: the
 * top frequency f*(k) = argmax_f and its share of the unit's (non-constant) power. Over the network, for A, B and W₂:
 * the mean top share, each unit weighted by its power in A, B and W₂ together (units decayed to nothing then count for
 * nothing), and, among the units with any power, the fraction whose top frequency is the same in A, B and W₂. A
 * random network gives small shares and few aligned units (chance 4/(P−1)²); the Fourier solution gives share 1 in
 * every unit and all units aligned.
 */
public final class FourierAnalysis {

    /**
     * @param power power[matrix][k][f−1] for matrix 0 = A, 1 = B, 2 = W₂
     * @param top top[matrix][k] = f*(k) (1-based; 0 for a unit with no power)
     * @param share share[matrix][k] = the top frequency's share of the unit's power (0 for a unit with no power)
     * @param meanShare the power-weighted mean share over units and the three matrices
     * @param alignedFraction the fraction of units whose top frequency agrees in A, B and W₂
     */
    public record Result(double[][][] power, int[][] top, double[][] share, double meanShare,
                         double alignedFraction) {
    }

    private FourierAnalysis() {
    }

    /** The spectra of A, B and W₂ (each P rows × width columns). */
    public static Result of(double[][] a, double[][] b, double[][] w2) {
        int p = a.length;
        int width = a[0].length;
        int freqs = (p - 1) / 2;
        double[][] cos = new double[freqs][p];
        double[][] sin = new double[freqs][p];
        for (int f = 1; f <= freqs; f++) {
            for (int r = 0; r < p; r++) {
                double angle = 2 * Math.PI * ((long) f * r % p) / p;
                cos[f - 1][r] = Math.cos(angle);
                sin[f - 1][r] = Math.sin(angle);
            }
        }
        double[][][] matrices = {a, b, w2};
        double[][][] power = new double[3][width][freqs];
        int[][] top = new int[3][width];
        double[][] share = new double[3][width];
        double[] unitPower = new double[width];
        double[] re = new double[width];
        double[] im = new double[width];
        for (int m = 0; m < 3; m++) {
            double[][] x = matrices[m];
            for (int f = 0; f < freqs; f++) {
                java.util.Arrays.fill(re, 0);
                java.util.Arrays.fill(im, 0);
                for (int r = 0; r < p; r++) {
                    double c = cos[f][r];
                    double s = sin[f][r];
                    double[] row = x[r];
                    for (int k = 0; k < width; k++) {
                        re[k] += row[k] * c;
                        im[k] += row[k] * s;
                    }
                }
                for (int k = 0; k < width; k++) {
                    power[m][k][f] = re[k] * re[k] + im[k] * im[k];
                }
            }
            for (int k = 0; k < width; k++) {
                double total = 0;
                double best = 0;
                int bestF = 0;
                for (int f = 0; f < freqs; f++) {
                    double pw = power[m][k][f];
                    total += pw;
                    if (pw > best) {
                        best = pw;
                        bestF = f + 1;
                    }
                }
                top[m][k] = bestF;
                share[m][k] = total > 0 ? best / total : 0;
                unitPower[k] += total;
            }
        }
        double weighted = 0;
        double weights = 0;
        int aligned = 0;
        int alive = 0;
        for (int k = 0; k < width; k++) {
            alive += unitPower[k] > 0 ? 1 : 0;
            for (int m = 0; m < 3; m++) {
                double w = 0;
                for (int f = 0; f < freqs; f++) {
                    w += power[m][k][f];
                }
                weighted += w * share[m][k];
                weights += w;
            }
            if (top[0][k] != 0 && top[0][k] == top[1][k] && top[1][k] == top[2][k]) {
                aligned++;
            }
        }
        return new Result(power, top, share, weights > 0 ? weighted / weights : 0,
                alive > 0 ? (double) aligned / alive : 0);
    }

    /**
     * The embedding rows A[r] projected on the plane of frequency f: the two directions u = Σ_r A[r]cos(2πfr/P),
     * v = Σ_r A[r]sin(2πfr/P) (normalized), point r at (A[r]·u, A[r]·v). For a Fourier representation the residues
     * lie on a circle, r at angle ∝ fr: a clock.
     */
    public static double[][] clock(double[][] a, int f) {
        int p = a.length;
        int width = a[0].length;
        double[] u = new double[width];
        double[] v = new double[width];
        for (int r = 0; r < p; r++) {
            double angle = 2 * Math.PI * ((long) f * r % p) / p;
            for (int k = 0; k < width; k++) {
                u[k] += a[r][k] * Math.cos(angle);
                v[k] += a[r][k] * Math.sin(angle);
            }
        }
        double nu = norm(u);
        double nv = norm(v);
        double[][] points = new double[p][2];
        for (int r = 0; r < p; r++) {
            double x = 0;
            double y = 0;
            for (int k = 0; k < width; k++) {
                x += a[r][k] * u[k];
                y += a[r][k] * v[k];
            }
            points[r][0] = nu > 0 ? x / nu : 0;
            points[r][1] = nv > 0 ? y / nv : 0;
        }
        return points;
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
