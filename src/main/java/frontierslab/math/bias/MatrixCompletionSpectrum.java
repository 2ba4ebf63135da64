package frontierslab.math.bias;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The spectrum of a matrix and two measures of its rank. Singular values by Hipparchus' SVD, largest first.
 *
 * <p>The numerical rank at relative threshold τ counts the σ_i &gt; τ·σ₁ (τ = 0.1 in the app; a rank-2 truth with σ =
 * 10 and 4 has rank 2). The entropy effective rank (Roy and Vetterli 2007) is exp(−Σ p_i ln p_i) with p_i = σ_i/Σσ_j:
 * continuous, 1 for rank one, r for r equal singular values (the truth with σ = 10, 4 has 1.819).
 */
public final class MatrixCompletionSpectrum {

    /** The relative threshold of {@link #numericalRank(double[])}. */
    public static final double RANK_THRESHOLD = 0.1;

    private MatrixCompletionSpectrum() {
    }

    /** All singular values of a (non-empty, finite) matrix, largest first. */
    public static double[] singularValues(double[][] a) {
        return new SingularValueDecomposition(MatrixUtils.createRealMatrix(a)).getSingularValues();
    }

    /** The number of σ_i &gt; {@link #RANK_THRESHOLD}·σ₁ (0 for the zero matrix). */
    public static int numericalRank(double[] sigma) {
        return numericalRank(sigma, RANK_THRESHOLD);
    }

    public static int numericalRank(double[] sigma, double relativeThreshold) {
        if (sigma.length == 0 || !(sigma[0] > 0)) {
            return 0;
        }
        int count = 0;
        for (double s : sigma) {
            if (s > relativeThreshold * sigma[0]) {
                count++;
            }
        }
        return count;
    }

    /** exp(entropy of σ/Σσ); 0 for the zero matrix. */
    public static double entropyEffectiveRank(double[] sigma) {
        double total = 0;
        for (double s : sigma) {
            total += s;
        }
        if (!(total > 0)) {
            return 0;
        }
        double h = 0;
        for (double s : sigma) {
            if (s > 0) {
                double p = s / total;
                h -= p * Math.log(p);
            }
        }
        return Math.exp(h);
    }

    /** Σσ_i, the nuclear norm. */
    public static double nuclearNorm(double[] sigma) {
        double total = 0;
        for (double s : sigma) {
            total += s;
        }
        return total;
    }
}
