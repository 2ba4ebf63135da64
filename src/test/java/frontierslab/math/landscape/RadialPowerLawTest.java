package frontierslab.math.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class RadialPowerLawTest {

    private static final double[][] POINTS = {{2, 2}, {-0.3, 0.7}, {1e-3, -2e-3}, {5, -1}, {0, 3}, {-4, 0}};
    private static final double[] EXPONENTS = {0.55, 0.8, 1.0, 1.1, 1.5, 2.5, 3.0};

    private static double[] hipparchusEigenvalues(double[][] h) {
        double[] eigenvalues = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues();
        Arrays.sort(eigenvalues);
        return eigenvalues;
    }

    @Test
    void gradientAndHessianMatchCentralDifferences() {
        for (double p : EXPONENTS) {
            RadialPowerLaw f = new RadialPowerLaw(p);
            for (double[] w : POINTS) {
                double[] g = f.gradient(w);
                double[][] h = f.hessian(w);
                double step = 1e-6 * Math.max(1e-3, f.radius(w));
                for (int i = 0; i < 2; i++) {
                    double[] plus = w.clone();
                    double[] minus = w.clone();
                    plus[i] += step;
                    minus[i] -= step;
                    double slope = (f.value(plus) - f.value(minus)) / (2 * step);
                    assertEquals(slope, g[i], 1e-7 * Math.max(1, Math.abs(slope)), "p=" + p);
                    double[] gPlus = f.gradient(plus);
                    double[] gMinus = f.gradient(minus);
                    for (int j = 0; j < 2; j++) {
                        double bend = (gPlus[j] - gMinus[j]) / (2 * step);
                        assertEquals(bend, h[j][i], 1e-6 * Math.max(1, Math.abs(bend)), "p=" + p + " H" + j + i);
                    }
                }
            }
        }
    }

    @Test
    void hessianEigenvaluesAreTheRadialAndTangentialCurvatures() {
        for (double p : EXPONENTS) {
            RadialPowerLaw f = new RadialPowerLaw(p);
            for (double[] w : POINTS) {
                double[] eigenvalues = hipparchusEigenvalues(f.hessian(w));
                double r = Math.hypot(w[0], w[1]);
                double radial = 2 * p * (2 * p - 1) * Math.pow(r, 2 * p - 2);
                double tangential = 2 * p * Math.pow(r, 2 * p - 2);
                double[] expected = {Math.min(radial, tangential), Math.max(radial, tangential)};
                assertEquals(expected[0], eigenvalues[0], 1e-12 * expected[1], "p=" + p);
                assertEquals(expected[1], eigenvalues[1], 1e-12 * expected[1], "p=" + p);
                assertEquals(expected[1], f.sharpness(w), 1e-12 * expected[1], "p=" + p);
                assertEquals(radial, f.radialCurvature(w), 1e-12 * radial);
                assertEquals(tangential, f.tangentialCurvature(w), 1e-12 * tangential);
            }
        }
    }

    @Test
    void lectureSharpnessFormulaTwoPointSixFourRToThePointTwoIsExact() {
        RadialPowerLaw demo = RadialPowerLaw.lectureDemo();
        for (double[] w : POINTS) {
            double r = Math.hypot(w[0], w[1]);
            double lecture = 2.2 * 1.2 * Math.pow(r, 0.2);
            assertEquals(lecture, hipparchusEigenvalues(demo.hessian(w))[1], 1e-12 * lecture);
        }
        assertEquals(2.4, demo.edgeOfStability(), 1e-15);
    }

    @Test
    void atTheOriginEverythingIsItsLimit() {
        double[] origin = {0, 0};
        assertEquals(0.0, new RadialPowerLaw(1.1).hessian(origin)[0][0], 0);
        assertEquals(2.0, new RadialPowerLaw(1.0).hessian(origin)[1][1], 0);
        assertEquals(Double.POSITIVE_INFINITY, new RadialPowerLaw(0.8).hessian(origin)[0][0]);
        assertEquals(0.0, new RadialPowerLaw(0.8).hessian(origin)[0][1], 0);
        double[] g = new RadialPowerLaw(0.6).gradient(origin);
        assertEquals(0.0, g[0], 0);
        assertEquals(0.0, g[1], 0);
    }
}
