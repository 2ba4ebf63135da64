package frontierslab.math.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

class EllipseValleyTest {

    @Test
    void gradientAndHessianMatchCentralDifferences() {
        SeededRandom random = new SeededRandom(11);
        EllipseValley f = new EllipseValley(0.3);
        for (int k = 0; k < 20; k++) {
            double[] w = {4 * random.uniform() - 2, 3 * random.uniform() - 1.5};
            double[] g = f.gradient(w);
            double[][] h = f.hessian(w);
            double step = 1e-6;
            for (int i = 0; i < 2; i++) {
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[i] += step;
                minus[i] -= step;
                double slope = (f.value(plus) - f.value(minus)) / (2 * step);
                assertEquals(slope, g[i], 1e-8 * Math.max(1, Math.abs(slope)));
                double[] gPlus = f.gradient(plus);
                double[] gMinus = f.gradient(minus);
                for (int j = 0; j < 2; j++) {
                    double bend = (gPlus[j] - gMinus[j]) / (2 * step);
                    assertEquals(bend, h[j][i], 1e-7 * Math.max(1, Math.abs(bend)));
                }
            }
            double sharpness = f.sharpness(w);
            assertEquals(ProductValleyTest.hipparchusSharpness(h), sharpness, 1e-12 * Math.max(1, Math.abs(sharpness)));
        }
    }

    @Test
    void onTheEllipseTheSharpnessIsEightTimesASquaredXSquaredPlusYSquaredBetweenEightAAndEight() {
        for (double a : new double[] {0.1, 0.25, 0.6, 1.0}) {
            EllipseValley f = new EllipseValley(a);
            double smallest = Double.POSITIVE_INFINITY;
            double largest = 0;
            for (int k = 0; k < 64; k++) {
                double theta = 2 * Math.PI * k / 64;
                double[] minimum = {Math.cos(theta) / Math.sqrt(a), Math.sin(theta)};
                assertEquals(0.0, f.value(minimum), 1e-28);
                double sharpness = ProductValleyTest.hipparchusSharpness(f.hessian(minimum));
                double expected = 8 * (a * a * minimum[0] * minimum[0] + minimum[1] * minimum[1]);
                assertEquals(expected, sharpness, 1e-12 * expected, "a=" + a + " θ=" + theta);
                assertEquals(expected, f.sharpnessAtMinimum(minimum), 1e-12 * expected);
                smallest = Math.min(smallest, sharpness);
                largest = Math.max(largest, sharpness);
            }
            assertEquals(8 * a, smallest, 1e-12);
            assertEquals(8, largest, 1e-12);
            assertTrue(f.minimalSharpness() == 8 * a && f.maximalSharpness() == 8);
        }
    }
}
