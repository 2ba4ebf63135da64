package frontierslab.math.grok;

/**
 * The hand-built solution of Gromov (2023, arXiv 2301.02679) for the quadratic network, with phases chosen so that
 * every unwanted term cancels exactly rather than on average. Unit j = 7(f−1) + r (r = 0…6) has frequency f and
 * phases φ = 2πr/7, ψ = 3φ:
 * A[a] = cos(2πfa/P + φ), B[b] = cos(2πfb/P + ψ), W₂[c] = s·cos(2πfc/P + φ + ψ), b₁ = 0, b₂ = 1/P.
 * Then h² = 1 + ½cos(2x+2φ) + ½cos(2y+2ψ) + cos(x+y+φ+ψ) + cos(x−y+φ−ψ) (x = 2πfa/P, y = 2πfb/P); against W₂
 * every term but one carries a phase e^{i(αφ+βψ)} = e^{2πi(α+3β)r/7} with α + 3β ∈ {4, 8, 2, 6, 10, 2, 6} ≢ 0 (mod
 * 7), which sums to zero over r. What is left is o_c = (7s/2) Σ_f cos(2πf(a+b−c)/P) + 1/P. Over all frequencies
 * f = 1…(P−1)/2 this is (7s/4)(P·[c = a+b] − 1) + 1/P, so s = 4/(7P) makes o exactly the one-hot target. A
 * narrower network takes the first ⌊N/7⌋ frequencies: the Dirichlet sum Σ_{f≤F} cos(2πfd/P) is largest only at
 * d ≡ 0, so the answer is still right on every pair (the margin shrinks). Units beyond 7·(P−1)/2 stay zero.
 */
public final class FourierSolution {

    /** Units per frequency. */
    public static final int UNITS_PER_FREQUENCY = 7;

    private FourierSolution() {
    }

    /** The number of frequencies a network of {@code width} units holds for modulus {@code p}. */
    public static int frequencies(int p, int width) {
        return Math.min((p - 1) / 2, width / UNITS_PER_FREQUENCY);
    }

    /** Writes the solution into A, B, W₂ (rows by residue) and b₂; needs width ≥ 7. */
    static void fill(int p, int width, float[][] a, float[][] b, float[][] w2, float[] b2) {
        int f = frequencies(p, width);
        if (f < 1) {
            throw new IllegalArgumentException("the hand-built solution needs at least 7 units");
        }
        double s = 4.0 / (UNITS_PER_FREQUENCY * p);
        for (int j = 0; j < f * UNITS_PER_FREQUENCY; j++) {
            int freq = 1 + j / UNITS_PER_FREQUENCY;
            double phi = 2 * Math.PI * (j % UNITS_PER_FREQUENCY) / UNITS_PER_FREQUENCY;
            double psi = 3 * phi;
            for (int r = 0; r < p; r++) {
                double x = 2 * Math.PI * freq * r / p;
                a[r][j] = (float) Math.cos(x + phi);
                b[r][j] = (float) Math.cos(x + psi);
                w2[r][j] = (float) (s * Math.cos(x + phi + psi));
            }
        }
        for (int c = 0; c < p; c++) {
            b2[c] = (float) (1.0 / p);
        }
    }
}
