package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DiagonalNetworkTest {

    private static final SparseRegressionProblem DEFAULT = SparseRegressionProblem.draw(0, 20, 100, 3, 0);

    @Test
    void gradientOfTheUVParametrisationMatchesCentralDifferences() {
        SparseRegressionProblem p = SparseRegressionProblem.draw(5, 8, 12, 3, 0.2);
        DiagonalNetwork network = new DiagonalNetwork(p, 0.3, 0.01);
        SeededRandom random = new SeededRandom(11);
        double[] u = random.normalVector(12);
        double[] v = random.normalVector(12);
        double[][] gradient = network.gradientAt(u, v);
        double h = 1e-6;
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < 12; i++) {
                double[] uPlus = u.clone();
                double[] uMinus = u.clone();
                double[] vPlus = v.clone();
                double[] vMinus = v.clone();
                if (side == 0) {
                    uPlus[i] += h;
                    uMinus[i] -= h;
                } else {
                    vPlus[i] += h;
                    vMinus[i] -= h;
                }
                double numeric = (network.lossAt(uPlus, vPlus) - network.lossAt(uMinus, vMinus)) / (2 * h);
                assertEquals(numeric, gradient[side][i], 1e-7 * Math.max(1, Math.abs(numeric)));
            }
        }
    }

    @Test
    void oneHundredStepsMatchTheNumpyRun() {
        DiagonalNetwork network = new DiagonalNetwork(DEFAULT, 0.1, 0.02);
        assertEquals(100, network.step(100));
        assertArrayEquals(new double[] {-0.55667952022052625, 0.86244564036081506, -0.0012952306927885016},
                java.util.Arrays.copyOf(network.weights(), 3), 1e-12);
        assertEquals(0.010449368732814723, network.loss(), 1e-14);
    }

    /** From a balanced start u_i² − v_i² = w_i while u_i·v_i = α² is conserved by the flow; GD keeps it up to O(η²). */
    @Test
    void theProductUVStaysNearAlphaSquared() {
        DiagonalNetwork network = new DiagonalNetwork(DEFAULT, 0.1, 0.002);
        network.step(2000);
        double[] u = network.u();
        double[] v = network.v();
        for (int i = 0; i < u.length; i++) {
            assertEquals(0.01, u[i] * v[i], 2e-4);
        }
    }

    @Tag("slow")
    @Test
    void gradientDescentEndsAtTheHypentropyLimitUpToTheStepSize() {
        for (double alpha : new double[] {0.03, 0.3}) {
            double[] limit = MinimumNormInterpolators.hypentropyLimit(DEFAULT, alpha).weights();
            double[] distances = new double[2];
            double[] etas = {0.02, 0.005};
            for (int e = 0; e < 2; e++) {
                DiagonalNetwork network = new DiagonalNetwork(DEFAULT, alpha, etas[e]);
                network.step((int) (600 / etas[e]));
                assertTrue(network.loss() < 1e-12, "α = " + alpha + ", η = " + etas[e] + ": loss " + network.loss());
                double[] w = network.weights();
                double s = 0;
                for (int i = 0; i < w.length; i++) {
                    s += (w[i] - limit[i]) * (w[i] - limit[i]);
                }
                distances[e] = Math.sqrt(s);
            }
            assertTrue(distances[0] < 0.03, "α = " + alpha + ": " + distances[0]);
            assertTrue(distances[1] < distances[0], "a smaller step ends closer to the flow's limit, α = " + alpha);
        }
    }

    @Test
    void aTooLargeStepIsReportedAsDivergenceAndKeepsTheLastFiniteState() {
        DiagonalNetwork network = new DiagonalNetwork(DEFAULT, 1.0, 1.0);
        int taken = network.step(1000);
        assertTrue(network.hasDiverged());
        long at = network.divergence().orElseThrow().step();
        assertEquals(taken, at, "the step that made the loss explode");
        assertEquals(at - 1, network.steps(), "undone");
        DiagonalNetwork fresh = new DiagonalNetwork(DEFAULT, 1.0, 1.0);
        double start = fresh.loss();
        fresh.step((int) at - 1);
        assertArrayEquals(fresh.weights(), network.weights(), 0);
        assertTrue(network.loss() <= DiagonalNetwork.EXPLODED_LOSS * start);
        for (double w : network.weights()) {
            assertTrue(Double.isFinite(w));
        }
        assertEquals(0, network.step(10));
        network.setLearningRate(0.001);
        network.resume();
        assertFalse(network.hasDiverged());
        network.step(5000);
        assertFalse(network.hasDiverged());
        assertTrue(network.loss() < 1e-12, "a small step from the kept state converges: " + network.loss());
    }
}
