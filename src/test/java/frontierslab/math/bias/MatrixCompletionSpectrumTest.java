package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatrixCompletionSpectrumTest {

    /** A rotation by θ in the (i, j) plane of R^n. */
    private static double[][] givens(int n, int i, int j, double theta) {
        double[][] g = new double[n][n];
        for (int k = 0; k < n; k++) {
            g[k][k] = 1;
        }
        g[i][i] = Math.cos(theta);
        g[j][j] = Math.cos(theta);
        g[i][j] = -Math.sin(theta);
        g[j][i] = Math.sin(theta);
        return g;
    }

    @Test
    void singularValuesOfARotatedDiagonalMatrixAreItsDiagonalSorted() {
        double[][] d = new double[4][4];
        d[0][0] = 2;
        d[1][1] = -7;
        d[2][2] = 0.5;
        d[3][3] = 3;
        double[][] a = MatrixFactorization.multiply(givens(4, 0, 2, 0.7), MatrixFactorization.multiply(d,
                MatrixFactorization.multiply(givens(4, 1, 3, -1.1), givens(4, 0, 1, 0.3))));
        assertArrayEquals(new double[] {7, 3, 2, 0.5}, MatrixCompletionSpectrum.singularValues(a), 1e-12);
    }

    @Test
    void singularValuesOfATwoByTwoMatchTheClosedForm() {
        double[][] a = {{3, 1}, {-2, 4}};
        double fro = 9 + 1 + 4 + 16;
        double det = Math.abs(3 * 4 - (-2));
        double s1 = Math.sqrt((fro + Math.sqrt(fro * fro - 4 * det * det)) / 2);
        double s2 = det / s1;
        assertArrayEquals(new double[] {s1, s2}, MatrixCompletionSpectrum.singularValues(a), 1e-12);
    }

    @Test
    void numericalRankCountsSingularValuesAboveATenthOfTheLargest() {
        assertEquals(2, MatrixCompletionSpectrum.numericalRank(new double[] {10, 4, 0.99, 0.5}));
        assertEquals(3, MatrixCompletionSpectrum.numericalRank(new double[] {10, 4, 1.01, 0.5}));
        assertEquals(0, MatrixCompletionSpectrum.numericalRank(new double[] {0, 0}));
    }

    @Test
    void entropyEffectiveRankIsTheExponentialOfTheEntropy() {
        assertEquals(3, MatrixCompletionSpectrum.entropyEffectiveRank(new double[] {2, 2, 2, 0}), 1e-12);
        assertEquals(1, MatrixCompletionSpectrum.entropyEffectiveRank(new double[] {5, 0, 0}), 1e-12);
        double p = 10.0 / 14;
        double q = 4.0 / 14;
        assertEquals(Math.exp(-p * Math.log(p) - q * Math.log(q)),
                MatrixCompletionSpectrum.entropyEffectiveRank(new double[] {10, 4}), 1e-12);
        assertEquals(1.8190, MatrixCompletionSpectrum.entropyEffectiveRank(new double[] {10, 4}), 1e-4);
    }
}
