package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegressionDataTest {

    /** Printed by src/test/resources/reference/eos_mlp_reference.py (an independent SplitMix64 in python). */
    @Test
    void spiralMatchesTheIndependentPythonRecipe() {
        RegressionData data = RegressionData.spiral(0);
        assertEquals(200, data.size());
        assertEquals(2, data.inputDimension());
        assertEquals(0.7666216164272852, data.input(0, 0));
        assertEquals(-0.13694400590298006, data.input(0, 1));
        assertEquals(0.07274452626060612, data.input(199, 0));
        assertEquals(-0.6704645588860161, data.input(199, 1));
        double[] firstLabels = {-1, 1, 1, 1, 1, -1, 1, 1, -1, 1};
        for (int i = 0; i < firstLabels.length; i++) {
            assertEquals(firstLabels[i], data.target(i), "label " + i);
        }
        int positive = 0;
        for (int i = 0; i < data.size(); i++) {
            positive += data.target(i) > 0 ? 1 : 0;
        }
        assertEquals(99, positive);
    }

    @Test
    void spiralInputsFillTheSquareAndLabelsAreSigns() {
        RegressionData data = RegressionData.spiral(5);
        for (int i = 0; i < data.size(); i++) {
            assertTrue(Math.abs(data.input(i, 0)) <= 1 && Math.abs(data.input(i, 1)) <= 1);
            assertEquals(1.0, Math.abs(data.target(i)));
        }
    }

    @Test
    void chebyshevIsT6OnTwentyEvenlySpacedPoints() {
        RegressionData data = RegressionData.chebyshev();
        assertEquals(20, data.size());
        assertEquals(-1.0, data.input(0, 0));
        assertEquals(1.0, data.input(19, 0));
        for (int i = 0; i < 20; i++) {
            double x = data.input(i, 0);
            assertEquals(-1 + 2.0 * i / 19, x, 1e-15);
            assertEquals(Math.cos(6 * Math.acos(x)), data.target(i), 1e-13, "T6 at " + x);
            assertEquals(32 * Math.pow(x, 6) - 48 * Math.pow(x, 4) + 18 * x * x - 1, data.target(i), 1e-13);
        }
    }

    @Test
    void dataIsCopiedInAndOut() {
        double[][] x = {{1, 2}, {3, 4}};
        double[] y = {5, 6};
        RegressionData data = new RegressionData(x, y);
        x[0][0] = 99;
        y[0] = 99;
        data.inputs()[0][0] = 99;
        data.targets()[0] = 99;
        assertEquals(1, data.input(0, 0));
        assertEquals(5, data.target(0));
    }
}
