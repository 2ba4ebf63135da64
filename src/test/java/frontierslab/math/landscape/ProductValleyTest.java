package frontierslab.math.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.ProductValley.Loss;
import frontierslab.math.random.SeededRandom;
import java.util.Arrays;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class ProductValleyTest {

    static double hipparchusSharpness(double[][] h) {
        double[] eigenvalues = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues();
        return Arrays.stream(eigenvalues).max().orElseThrow();
    }

    @Test
    void logCoshMatchesItsDefinitionAndStaysExactForLargeArguments() {
        Loss logCosh = Loss.LOG_COSH;
        for (double s : new double[] {-7.5, -1.0, -1e-3, 0.0, 0.3, 2.0, 15.0}) {
            assertEquals(Math.log(Math.cosh(s)), logCosh.value(s), 1e-15 * Math.max(1, Math.abs(s)), "s=" + s);
            double tanh = Math.tanh(s);
            assertEquals(1 - tanh * tanh, logCosh.secondDerivative(s), 1e-15, "s=" + s);
        }
        assertEquals(Double.POSITIVE_INFINITY, Math.log(Math.cosh(1000.0)), "the naive formula overflows");
        assertEquals(1000.0 - Math.log(2), logCosh.value(1000.0), 1e-12);
        assertEquals(1000.0 - Math.log(2), logCosh.value(-1000.0), 1e-12);
        assertEquals(1.0, logCosh.derivative(1000.0), 0);
        double sech = 2 / (Math.exp(300) + Math.exp(-300));
        assertEquals(sech * sech, logCosh.secondDerivative(300.0), 1e-12 * sech * sech);
        assertTrue(logCosh.secondDerivative(300.0) > 0);
    }

    @Test
    void gradientAndHessianMatchCentralDifferences() {
        SeededRandom random = new SeededRandom(7);
        for (Loss loss : Loss.values()) {
            ProductValley f = new ProductValley(1.3, loss);
            for (int k = 0; k < 20; k++) {
                double[] w = {4 * random.uniform() - 2, 4 * random.uniform() - 2};
                double[] g = f.gradient(w);
                double[][] h = f.hessian(w);
                double step = 1e-6;
                for (int i = 0; i < 2; i++) {
                    double[] plus = w.clone();
                    double[] minus = w.clone();
                    plus[i] += step;
                    minus[i] -= step;
                    assertEquals((f.value(plus) - f.value(minus)) / (2 * step), g[i], 1e-8, loss + " ∂" + i);
                    double[] gPlus = f.gradient(plus);
                    double[] gMinus = f.gradient(minus);
                    for (int j = 0; j < 2; j++) {
                        assertEquals((gPlus[j] - gMinus[j]) / (2 * step), h[j][i], 1e-7, loss + " H" + j + i);
                    }
                }
                assertEquals(hipparchusSharpness(h), f.sharpness(w), 1e-12 * Math.max(1, Math.abs(f.sharpness(w))));
            }
        }
    }

    @Test
    void atEveryMinimumTheSharpnessIsW1SquaredPlusW2SquaredAndSmallestTwoYWhenBalanced() {
        double y = 1.7;
        for (Loss loss : Loss.values()) {
            ProductValley f = new ProductValley(y, loss);
            for (double t : new double[] {-5, -1.3, -0.2, 0.05, 0.5, Math.sqrt(y), 2.0, 8.0}) {
                double[] minimum = {t, y / t};
                assertEquals(0.0, f.residual(minimum), 1e-15);
                double expected = t * t + (y / t) * (y / t);
                assertEquals(expected, hipparchusSharpness(f.hessian(minimum)), 1e-12 * expected, loss + " t=" + t);
                assertEquals(expected, f.sharpnessAtMinimum(minimum), 1e-12 * expected);
                assertTrue(expected >= 2 * y - 1e-12);
            }
            double[] balanced = {Math.sqrt(y), Math.sqrt(y)};
            assertEquals(2 * y, hipparchusSharpness(f.hessian(balanced)), 1e-12);
        }
    }
}
