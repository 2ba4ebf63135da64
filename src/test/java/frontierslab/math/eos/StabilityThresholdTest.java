package frontierslab.math.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.eos.StabilityThreshold.Method;
import frontierslab.math.landscape.Quadratic;
import frontierslab.math.optim.GradientDescent;
import frontierslab.math.optim.HeavyBall;
import frontierslab.math.optim.Nesterov;
import frontierslab.math.optim.Optimizer;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class StabilityThresholdTest {

    private static final double[] MOMENTA = {0.0, 0.3, 0.5, 0.9, 0.99};

    private static Optimizer optimizer(Method method, double eta, double beta) {
        return switch (method) {
            case GRADIENT_DESCENT -> new GradientDescent(eta);
            case HEAVY_BALL -> new HeavyBall(eta, beta);
            case NESTEROV -> new Nesterov(eta, beta);
        };
    }

    /** One step of the real optimizer on ½λx² from the state (w, v); returns (w', v'). */
    private static double[] stepFrom(Method method, double eta, double beta, double lambda, double w, double v) {
        Quadratic f = Quadratic.of(lambda);
        double[] x = {w};
        switch (method) {
            case GRADIENT_DESCENT -> new GradientDescent(eta).step(f, x);
            case HEAVY_BALL -> {
                HeavyBall hb = new HeavyBall(eta, beta);
                hb.setVelocity(new double[] {v});
                hb.step(f, x);
            }
            case NESTEROV -> {
                Nesterov nag = new Nesterov(eta, beta);
                nag.setVelocity(new double[] {v});
                nag.step(f, x);
            }
        }
        return new double[] {x[0], x[0] - w};
    }

    /** The 2×2 map on (w, v) read off the optimizer itself, column by column. */
    private static double[][] measuredIterationMatrix(Method method, double eta, double beta, double lambda) {
        double[] first = stepFrom(method, eta, beta, lambda, 1.0, 0.0);
        double[] second = stepFrom(method, eta, beta, lambda, 0.0, 1.0);
        if (method == Method.GRADIENT_DESCENT) {
            second = new double[] {0.0, 0.0};
        }
        return new double[][] {{first[0], second[0]}, {first[1], second[1]}};
    }

    private static double hipparchusSpectralRadius(double[][] m) {
        Complex[] eigenvalues = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(m)).getEigenvalues();
        double radius = 0;
        for (Complex z : eigenvalues) {
            radius = Math.max(radius, z.norm());
        }
        return radius;
    }

    @Test
    void iterationMatrixIsTheMapTheOptimizersActuallyApply() {
        double eta = 0.37;
        double lambda = 4.1;
        for (Method method : Method.values()) {
            for (double beta : MOMENTA) {
                double[][] expected = StabilityThreshold.iterationMatrix(method, eta * lambda, beta);
                double[][] measured = measuredIterationMatrix(method, eta, beta, lambda);
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        assertEquals(expected[i][j], measured[i][j], 1e-12, method + " β=" + beta + " M" + i + j);
                    }
                }
            }
        }
    }

    @Test
    void closedFormSpectralRadiusMatchesHipparchusEigenvaluesOfTheMeasuredMap() {
        double lambda = 3.0;
        for (Method method : Method.values()) {
            for (double beta : MOMENTA) {
                for (double etaLambda = 0.013; etaLambda < 5.0; etaLambda += 0.0917) {
                    double eta = etaLambda / lambda;
                    double expected = hipparchusSpectralRadius(measuredIterationMatrix(method, eta, beta, lambda));
                    // Near a double root the eigenvalues of a 2×2 matrix are only √ε-accurate.
                    assertEquals(expected, StabilityThreshold.spectralRadius(method, etaLambda, beta), 1e-7,
                            method + " β=" + beta + " ηλ=" + etaLambda);
                }
            }
        }
    }

    @Test
    void hipparchusSpectralRadiusCrossesOneExactlyAtTheClosedFormThreshold() {
        for (Method method : Method.values()) {
            for (double beta : MOMENTA) {
                double critical = StabilityThreshold.criticalEtaLambda(method, beta);
                double below = hipparchusSpectralRadius(StabilityThreshold.iterationMatrix(method, critical * (1 - 1e-6), beta));
                double at = hipparchusSpectralRadius(StabilityThreshold.iterationMatrix(method, critical, beta));
                double above = hipparchusSpectralRadius(StabilityThreshold.iterationMatrix(method, critical * (1 + 1e-6), beta));
                assertTrue(below < 1, method + " β=" + beta + " below: " + below);
                assertEquals(1.0, at, 1e-12, method + " β=" + beta);
                assertTrue(above > 1, method + " β=" + beta + " above: " + above);
            }
        }
    }

    @Test
    void thresholdsHaveTheirClosedForms() {
        assertEquals(2.0, StabilityThreshold.criticalEtaLambda(Method.GRADIENT_DESCENT, 0.9), 0);
        assertEquals(3.8, StabilityThreshold.criticalEtaLambda(Method.HEAVY_BALL, 0.9), 1e-15);
        assertEquals(3.8 / 2.8, StabilityThreshold.criticalEtaLambda(Method.NESTEROV, 0.9), 1e-15);
        assertEquals(2.0, StabilityThreshold.criticalEtaLambda(Method.NESTEROV, 0.0), 0);
        assertEquals(0.5, StabilityThreshold.maxStableLearningRate(Method.GRADIENT_DESCENT, 0, 4.0), 0);
    }

    private static double distanceAfter(Method method, double eta, double beta, Quadratic f, int steps) {
        double[] w = new double[f.dimension()];
        java.util.Arrays.fill(w, 1.0);
        Optimizer optimizer = optimizer(method, eta, beta);
        double norm = 1.0;
        for (int t = 0; t < steps && norm <= 1e9; t++) {
            optimizer.step(f, w);
            norm = 0;
            for (double x : w) {
                norm = Math.max(norm, Math.abs(x));
            }
        }
        return norm;
    }

    @Test
    void runsJustBelowEachThresholdConvergeAndJustAboveDiverge() {
        Quadratic oneDimensional = Quadratic.of(5.0);
        Quadratic twoDimensional = Quadratic.of(5.0, 0.8);
        for (Quadratic f : new Quadratic[] {oneDimensional, twoDimensional}) {
            double sharpness = f.sharpness();
            for (Method method : Method.values()) {
                for (double beta : new double[] {0.0, 0.5, 0.9}) {
                    double critical = StabilityThreshold.criticalEtaLambda(method, beta);
                    double etaBelow = 0.98 * critical / sharpness;
                    double etaAbove = 1.02 * critical / sharpness;
                    String what = method + " β=" + beta + " n=" + f.dimension();
                    assertTrue(distanceAfter(method, etaBelow, beta, f, 4000) < 1e-8, what + " below");
                    assertTrue(distanceAfter(method, etaAbove, beta, f, 4000) > 1e8, what + " above");
                }
            }
        }
    }

    @Test
    void radiusOfManyCurvaturesIsTheWorstOne() {
        double radius = StabilityThreshold.spectralRadius(Method.GRADIENT_DESCENT, 0.5, 0.0, 4.6, 1.0, 0.1);
        assertEquals(1.3, radius, 1e-12);
    }

    @Test
    void gradientDescentLabelShowsTheFactorOneMinusEtaLambda() {
        var factor = StabilityThreshold.contractionFactor(Method.GRADIENT_DESCENT, 0.5, 0.0, 4.6);
        assertEquals("|1 − ηλ| = 1.30", factor.label());
        assertTrue(factor.expanding());
        var momentum = StabilityThreshold.contractionFactor(Method.HEAVY_BALL, 0.5, 0.9, 4.6);
        assertFalse(momentum.expanding());
        assertTrue(momentum.label().startsWith("ρ = 0.95 (heavy ball, β = 0.90)"), momentum.label());
    }
}
