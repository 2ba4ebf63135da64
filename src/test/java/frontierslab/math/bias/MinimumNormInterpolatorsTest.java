package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.bias.MinimumNormInterpolators.HypentropyLimit;
import org.junit.jupiter.api.Test;

class MinimumNormInterpolatorsTest {

    private static final SparseRegressionProblem DEFAULT = SparseRegressionProblem.draw(0, 20, 100, 3, 0);

    private static double l1(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return s;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    @Test
    void minimumL2MatchesTheNumpyPseudoInverse() {
        double[] w2 = MinimumNormInterpolators.minimumL2(DEFAULT);
        double[] expected = {-0.28510692360071355, 0.41045591548901206, 0.031797838805089865, -0.062289026680518694,
            -0.033788424695466182};
        assertArrayEquals(expected, java.util.Arrays.copyOf(w2, 5), 1e-12);
        assertEquals(7.3038268929199361, l1(w2), 1e-11);
        assertTrue(MinimumNormInterpolators.residualNorm(DEFAULT, w2) < 1e-12);
    }

    /** Any other interpolator is w₂ plus a null-space vector, which is orthogonal to w₂ and so only adds length. */
    @Test
    void minimumL2IsShorterThanTheTruthAndOrthogonalToTheNullSpaceDirectionTowardsIt() {
        double[] w2 = MinimumNormInterpolators.minimumL2(DEFAULT);
        double[] truth = DEFAULT.truth();
        double dot = 0;
        for (int i = 0; i < w2.length; i++) {
            dot += w2[i] * (truth[i] - w2[i]);
        }
        assertEquals(0, dot, 1e-12);
    }

    @Test
    void minimumL1RecoversTheThreeSparseTruthOfTheDefaultSeed() {
        double[] w1 = MinimumNormInterpolators.minimumL1(DEFAULT);
        assertArrayEquals(DEFAULT.truth(), w1, 1e-12);
        assertTrue(l1(w1) <= l1(DEFAULT.truth()) + 1e-12);
    }

    /**
     * Brute force on a tiny problem (n = 2, d = 4): a minimiser of ‖w‖₁ on {Xw = y} sits at a vertex, a basic solution
     * on 2 columns; the best of the C(4,2) = 6 of them is the minimum.
     */
    /** Found by EveryFigureDrawsAnyParametersTest: Dantzig's pivot rule cycled on this degenerate LP. */
    @Test
    void minimumL1OfAOneSparseTruthFromManySamplesEndsAndRecoversIt() {
        for (int n : new int[] {51, 80}) {
            SparseRegressionProblem p = SparseRegressionProblem.draw(0, n, 100, 1, 0.0);
            double[] w = MinimumNormInterpolators.minimumL1(p);
            double[] truth = p.truth();
            for (int j = 0; j < w.length; j++) {
                org.junit.jupiter.api.Assertions.assertEquals(truth[j], w[j], 1e-9, "n = " + n + ", coordinate " + j);
            }
        }
    }

    @Test
    void minimumL1MatchesTheBestBasicSolutionOfATinyProblem() {
        for (long seed = 0; seed < 20; seed++) {
            SparseRegressionProblem p = SparseRegressionProblem.draw(seed, 2, 4, 3, 0.3);
            double best = Double.POSITIVE_INFINITY;
            double[][] x = p.design();
            double[] y = p.targets();
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++) {
                    double det = x[0][a] * x[1][b] - x[0][b] * x[1][a];
                    double wa = (y[0] * x[1][b] - x[0][b] * y[1]) / det;
                    double wb = (x[0][a] * y[1] - y[0] * x[1][a]) / det;
                    best = Math.min(best, Math.abs(wa) + Math.abs(wb));
                }
            }
            double[] w1 = MinimumNormInterpolators.minimumL1(p);
            assertEquals(best, l1(w1), 1e-9 * best, "seed " + seed);
            assertTrue(MinimumNormInterpolators.residualNorm(p, w1) < 1e-9, "seed " + seed);
        }
    }

    @Test
    void qIsZeroAtZeroAndItsDerivativeIsArsinhOfHalfZ() {
        assertEquals(0, MinimumNormInterpolators.q(0), 0);
        for (double z : new double[] {-30, -2, -0.1, 0.5, 3, 1e4}) {
            double h = 1e-5 * Math.max(1, Math.abs(z));
            double derivative = (MinimumNormInterpolators.q(z + h) - MinimumNormInterpolators.q(z - h)) / (2 * h);
            assertEquals(Math.log(z / 2 + Math.sqrt(z * z / 4 + 1)), derivative, 1e-6 * Math.max(1, Math.abs(z)));
        }
    }

    @Test
    void hypentropyLimitMatchesTheNumpyNewtonSolution() {
        double[][] expected = {
            {-0.96410714385425345, 0.99348412040470813, 0.00033945964038420152},
            {-0.60919006977842616, 0.88167912655150515, 0.006619819006199722},
            {-0.28552991363200941, 0.41221190732458213, 0.03168127229132027}};
        double[] l1 = {3.1141083373503351, 4.691976978341625, 7.2966303689362686};
        double[] alphas = {0.01, 0.1, 1.0};
        for (int i = 0; i < 3; i++) {
            HypentropyLimit limit = MinimumNormInterpolators.hypentropyLimit(DEFAULT, alphas[i]);
            assertTrue(limit.converged(), "α = " + alphas[i]);
            assertArrayEquals(expected[i], java.util.Arrays.copyOf(limit.weights(), 3), 1e-9, "α = " + alphas[i]);
            assertEquals(l1[i], l1(limit.weights()), 1e-8);
        }
    }

    /** The limit is the constrained minimiser: moving along the null space of X only raises Q_α. */
    @Test
    void hypentropyLimitIsAMinimumOfQOnTheInterpolators() {
        double alpha = 0.05;
        double[] w = MinimumNormInterpolators.hypentropyLimit(DEFAULT, alpha).weights();
        double[] w2 = MinimumNormInterpolators.minimumL2(DEFAULT);
        double[] truth = DEFAULT.truth();
        double q0 = MinimumNormInterpolators.hypentropy(w, alpha);
        for (double[] other : new double[][] {w2, truth}) {
            for (double t : new double[] {-1e-3, 1e-3, 0.1}) {
                double[] moved = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    moved[i] = w[i] + t * (other[i] - w[i]);
                }
                assertTrue(MinimumNormInterpolators.hypentropy(moved, alpha) > q0);
            }
        }
    }

    /** Small α tends to the minimum-ℓ1 solution and large α to the minimum-ℓ2 one (Woodworth et al., Thm 1). */
    @Test
    void hypentropyLimitMovesFromL1ToL2AsAlphaGrows() {
        double[] w1 = MinimumNormInterpolators.minimumL1(DEFAULT);
        double[] w2 = MinimumNormInterpolators.minimumL2(DEFAULT);
        double previous = -1;
        for (double alpha : new double[] {0.001, 0.01, 0.03, 0.1, 0.3, 1, 3}) {
            double[] w = MinimumNormInterpolators.hypentropyLimit(DEFAULT, alpha).weights();
            double toL1 = distance(w, w1);
            assertTrue(toL1 > previous, "α = " + alpha);
            previous = toL1;
        }
        assertTrue(distance(MinimumNormInterpolators.hypentropyLimit(DEFAULT, 0.001).weights(), w1) < 0.01);
        assertTrue(distance(MinimumNormInterpolators.hypentropyLimit(DEFAULT, 3).weights(), w2) < 0.01);
    }
}
