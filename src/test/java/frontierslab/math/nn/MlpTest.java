package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

class MlpTest {

    @Test
    void presetsHaveTheStatedParameterCounts() {
        assertEquals(2241, Mlp.spiralNetwork().parameterCount());
        assertEquals(701, Mlp.chebyshevNetwork().parameterCount());
    }

    @Test
    void parametersAreLaidOutLayerAfterLayerWeightsThenBiases() {
        Mlp net = Mlp.spiralNetwork();
        int[] weights = {0, 96, 1152, 2208};
        int[] biases = {64, 1120, 2176, 2240};
        for (int l = 1; l <= 4; l++) {
            assertEquals(weights[l - 1], net.weightOffset(l), "W" + l);
            assertEquals(biases[l - 1], net.biasOffset(l), "b" + l);
        }
    }

    @Test
    void initialisationDrawsOneStreamLayerAfterLayerScaledByFanIn() {
        Mlp net = new Mlp(3, 4, 2, 1);
        double[] theta = net.initialParameters(11);
        SeededRandom r = new SeededRandom(11);
        int[][] shapes = {{4, 3}, {2, 4}, {1, 2}};
        int offset = 0;
        for (int[] shape : shapes) {
            for (int e = 0; e < shape[0] * shape[1]; e++) {
                assertEquals(r.normal() / Math.sqrt(shape[1]), theta[offset++]);
            }
            for (int j = 0; j < shape[0]; j++) {
                assertEquals(0.0, theta[offset++]);
            }
        }
        assertEquals(theta.length, offset);
    }

    /** Printed by src/test/resources/reference/eos_mlp_reference.py (python's own SplitMix64 and Box–Muller). */
    @Test
    void spiralInitialisationMatchesTheIndependentPythonRecipe() {
        double[] theta = Mlp.spiralNetwork().initialParameters(1);
        assertEquals(-0.024230655612119498, theta[0], 1e-17);
        assertEquals(-1.7678146779858872, theta[1], 1e-15);
        assertEquals(0.0, theta[64]);
        assertEquals(-0.05746791549708484, theta[96], 1e-17);
        assertEquals(0.41152921263886916, theta[2239], 1e-16);
    }

    @Test
    void outputIsTheLinearReadoutOfTanhLayers() {
        Mlp net = new Mlp(1, 1, 1);
        double[] theta = {2, 0.5, 3, -1};
        assertEquals(3 * Math.tanh(2 * 0.7 + 0.5) - 1, net.output(theta, new double[] {0.7}), 1e-15);
    }
}
