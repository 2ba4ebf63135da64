package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

class MatrixCompletionProblemTest {

    @Test
    void truthHasTheRequestedSingularValuesAndRank() {
        MatrixCompletionProblem p = MatrixCompletionProblem.lowRank(20, new double[] {10, 4}, 0.5, new SeededRandom(9));
        double[] s = MatrixCompletionSpectrum.singularValues(p.truth());
        assertEquals(10, s[0], 1e-12);
        assertEquals(4, s[1], 1e-12);
        assertEquals(0, s[2], 1e-12);
        double fro = 0;
        for (double[] row : p.truth()) {
            for (double v : row) {
                fro += v * v;
            }
        }
        assertEquals(100 + 16, fro, 1e-10, "‖M‖_F² = Σσ²");
    }

    @Test
    void orthonormalColumnsAreOrthonormalWithPositiveDiagonalR() {
        double[][] g = new SeededRandom(4).normalMatrix(20, 2);
        double[][] q = MatrixCompletionProblem.orthonormalColumns(g);
        double[][] qtq = MatrixFactorization.multiplyTransposedLeft(q, q);
        assertArrayEquals(new double[] {1, 0}, qtq[0], 1e-13);
        assertArrayEquals(new double[] {0, 1}, qtq[1], 1e-13);
        double r00 = 0;
        for (int i = 0; i < 20; i++) {
            r00 += q[i][0] * g[i][0];
        }
        assertEquals(true, r00 > 0, "R₀₀ = q₀·g₀ > 0");
    }

    @Test
    void errorsSplitTheFrobeniusNormBetweenObservedAndUnobserved() {
        MatrixCompletionProblem p = MatrixCompletionProblem.lowRank(20, new double[] {10, 4}, 0.3, new SeededRandom(2));
        double[][] w = new SeededRandom(5).normalMatrix(20, 20);
        double total = 0;
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                double d = w[i][j] - p.truth(i, j);
                total += d * d;
            }
        }
        double a = p.observedError(w);
        double b = p.unobservedError(w);
        assertEquals(total, a * a + b * b, 1e-10);
        assertEquals(1, p.relativeUnobservedError(new double[20][20]), 1e-15);
        double zero = p.predictZeroObservedError();
        double zeroOff = p.predictZeroUnobservedError();
        assertEquals(116, zero * zero + zeroOff * zeroOff, 1e-10);
    }

    @Test
    void maskObservesAboutTheRequestedFraction() {
        MatrixCompletionProblem p = MatrixCompletionProblem.lowRank(20, new double[] {10, 4}, 0.3, new SeededRandom(8));
        assertEquals(120, p.observedCount(), 3 * Math.sqrt(400 * 0.3 * 0.7));
    }
}
