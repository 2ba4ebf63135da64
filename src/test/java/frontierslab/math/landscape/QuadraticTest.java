package frontierslab.math.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.math.optim.GradientDescent;
import org.junit.jupiter.api.Test;

class QuadraticTest {

    @Test
    void gradientDescentMultipliesEachCoordinateByOneMinusEtaLambda() {
        Quadratic f = Quadratic.of(4.0, 1.0);
        double eta = 0.3;
        double[] w = {1.0, -2.0};
        GradientDescent gd = new GradientDescent(eta);
        for (int t = 1; t <= 20; t++) {
            gd.step(f, w);
            assertEquals(Math.pow(1 - eta * 4.0, t), w[0], 1e-12);
            assertEquals(-2.0 * Math.pow(1 - eta * 1.0, t), w[1], 1e-12);
        }
    }

    @Test
    void gradientMatchesCentralDifferences() {
        Quadratic f = Quadratic.of(3.0, 0.5);
        double[] w = {0.7, -1.3};
        double[] g = f.gradient(w);
        double h = 1e-6;
        for (int i = 0; i < 2; i++) {
            double[] p = w.clone();
            double[] m = w.clone();
            p[i] += h;
            m[i] -= h;
            assertEquals((f.value(p) - f.value(m)) / (2 * h), g[i], 1e-8);
        }
    }
}
