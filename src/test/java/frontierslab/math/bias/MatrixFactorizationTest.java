package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.math.random.SeededRandom;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MatrixFactorizationTest {

    private static MatrixFactorization model(int depth, double alpha, long seed) {
        SeededRandom random = new SeededRandom(seed);
        MatrixCompletionProblem problem = MatrixCompletionProblem.lowRank(20, new double[] {10, 4}, 0.5, random);
        return MatrixFactorization.initialized(problem, depth, alpha, random);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void gradientMatchesCentralDifferences(int depth) {
        MatrixFactorization m = model(depth, 0.8, 3);
        double[] p = m.parameters();
        double[] g = m.flatGradient();
        double h = 1e-5;
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < p.length; i += 7) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += h;
            minus[i] -= h;
            m.setParameters(plus);
            double lp = m.loss();
            m.setParameters(minus);
            double lm = m.loss();
            double numeric = (lp - lm) / (2 * h);
            worst = Math.max(worst, Math.abs(numeric - g[i]));
            scale = Math.max(scale, Math.abs(g[i]));
        }
        m.setParameters(p);
        assertEquals(0, worst, 1e-6 * Math.max(1, scale), "largest |analytic − central difference|");
    }

    @Test
    void productIsTheChainOfFactorsComputedByHipparchus() {
        MatrixFactorization m = model(3, 1.0, 5);
        RealMatrix expected = MatrixUtils.createRealMatrix(m.factor(2))
                .multiply(MatrixUtils.createRealMatrix(m.factor(1)))
                .multiply(MatrixUtils.createRealMatrix(m.factor(0)));
        double[][] w = m.product();
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(expected.getRow(i), w[i], 1e-12);
        }
    }

    @Test
    void lossAtTheZeroMatrixIsHalfTheSquaredNormOfTheObservedTruth() {
        MatrixFactorization m = model(2, 0.0 + 1e-300, 1);
        MatrixCompletionProblem pr = m.problem();
        double s = 0;
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                if (pr.isObserved(i, j)) {
                    s += pr.truth(i, j) * pr.truth(i, j);
                }
            }
        }
        assertEquals(0.5 * s, m.loss(), 1e-12 * s);
    }

    @Test
    void initializationHasTheRequestedScale() {
        MatrixFactorization m = model(2, 0.5, 11);
        double sumSquares = 0;
        for (double v : m.parameters()) {
            sumSquares += v * v;
        }
        double expected = 2 * 400 * 0.25 / 20;
        assertEquals(expected, sumSquares, 0.1 * expected, "E Σ W² = d·n²·α²/n");
    }

    @Test
    void aStepMovesEveryFactorAgainstItsGradient() {
        MatrixFactorization m = model(2, 0.5, 2);
        double[] p = m.parameters();
        double[] g = m.flatGradient();
        m.step(0.01);
        double[] q = m.parameters();
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i] - 0.01 * g[i], q[i], 1e-15);
        }
    }
}
