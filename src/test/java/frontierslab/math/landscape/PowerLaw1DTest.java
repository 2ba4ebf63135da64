package frontierslab.math.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PowerLaw1DTest {

    private static final double[] EXPONENTS = {1.1, 1.3, 1.5, 1.8, 2.0, 2.1, 2.5, 3.0};

    @Test
    void derivativesMatchCentralDifferences() {
        for (double q : EXPONENTS) {
            PowerLaw1D f = new PowerLaw1D(q);
            for (double x : new double[] {-2.3, -0.7, 0.05, 0.4, 1.0, 3.2}) {
                double h = 1e-5 * Math.max(1, Math.abs(x));
                double slope = (f.value(x + h) - f.value(x - h)) / (2 * h);
                double bend = (f.derivative(x + h) - f.derivative(x - h)) / (2 * h);
                assertEquals(slope, f.derivative(x), 1e-8 * Math.max(1, Math.abs(slope)), "f' q=" + q + " x=" + x);
                assertEquals(bend, f.secondDerivative(x), 1e-6 * Math.max(1, Math.abs(bend)), "f'' q=" + q + " x=" + x);
                assertEquals(f.secondDerivative(x), f.hessian(new double[] {x})[0][0], 0);
            }
        }
    }

    @Test
    void secondDerivativeAtZeroIsItsLimitAndSaysWhenItIsInfinite() {
        PowerLaw1D concaveCurvature = new PowerLaw1D(1.5);
        assertEquals(Double.POSITIVE_INFINITY, concaveCurvature.secondDerivative(0));
        assertFalse(concaveCurvature.hasFiniteSecondDerivative(0));
        assertTrue(concaveCurvature.secondDerivative(1e-12) > 1e5);
        assertEquals(2.0, new PowerLaw1D(2.0).secondDerivative(0), 0);
        assertEquals(0.0, new PowerLaw1D(2.5).secondDerivative(0), 0);
        assertTrue(new PowerLaw1D(2.5).hasFiniteSecondDerivative(0));
        assertEquals(0.0, concaveCurvature.derivative(0), 0);
    }

    @Test
    void periodTwoAmplitudeIsMappedToItsNegativeWithEtaCurvatureTwoQMinusOne() {
        for (double q : EXPONENTS) {
            if (q == 2.0) {
                continue;
            }
            PowerLaw1D f = new PowerLaw1D(q);
            for (double eta : new double[] {0.01, 0.1, 0.5, 1.0}) {
                double amplitude = f.periodTwoAmplitude(eta).orElseThrow();
                double closedForm = Math.pow(2 / (eta * q), 1 / (q - 2));
                assertEquals(closedForm, amplitude, 1e-15 * closedForm);
                double next = amplitude - eta * f.derivative(amplitude);
                assertEquals(-amplitude, next, 1e-12 * amplitude, "q=" + q + " η=" + eta);
                assertEquals(2 * (q - 1), eta * f.secondDerivative(amplitude), 1e-12, "q=" + q + " η=" + eta);
                assertEquals(-1.0, f.stepMultiplier(eta, amplitude), 1e-12);
            }
        }
        assertTrue(new PowerLaw1D(2.0).periodTwoAmplitude(0.5).isEmpty());
    }

    @Test
    void periodTwoMultiplierIsTheSlopeOfTheTwoStepMapAndDecidesStability() {
        for (double q : EXPONENTS) {
            if (q == 2.0) {
                continue;
            }
            PowerLaw1D f = new PowerLaw1D(q);
            double eta = 0.3;
            double amplitude = f.periodTwoAmplitude(eta).orElseThrow();
            double h = 1e-6 * amplitude;
            double slope = (twoSteps(f, eta, amplitude + h) - twoSteps(f, eta, amplitude - h)) / (2 * h);
            assertEquals(slope, f.periodTwoMultiplier(), 1e-6, "q=" + q);
            assertEquals(q < 2, f.periodTwoOrbitIsStable());
            assertEquals(f.periodTwoOrbitIsStable(), Math.abs(slope) < 1, "q=" + q);
        }
    }

    private static double twoSteps(PowerLaw1D f, double eta, double x) {
        double once = x - eta * f.derivative(x);
        return once - eta * f.derivative(once);
    }

    @Test
    void whereEtaCurvatureEqualsPlacesAStartAtAChosenEtaTimesCurvature() {
        PowerLaw1D f = PowerLaw1D.lectureExample();
        for (double target : new double[] {1.0, 2.0, 2.15, 2.3}) {
            double x = f.whereEtaCurvatureEquals(1.0, target).orElseThrow();
            assertEquals(target, 1.0 * f.secondDerivative(x), 1e-12);
        }
    }

    @Test
    void exponentOutsideTheRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PowerLaw1D(1.0));
        assertThrows(IllegalArgumentException.class, () -> new PowerLaw1D(3.5));
        assertThrows(IllegalArgumentException.class, () -> new PowerLaw1D(Double.NaN));
    }

    @org.junit.jupiter.api.Test
    void noPeriodTwoOrbitIsReportedWhereItWouldLieBeyondTheRangeOfADouble() {
        for (double q : new double[] {2 - 1e-9, 2 + 1e-9, 1.9999, 2.0001}) {
            java.util.OptionalDouble orbit = new PowerLaw1D(q).periodTwoAmplitude(0.01);
            org.junit.jupiter.api.Assertions.assertTrue(orbit.isEmpty() || Double.isFinite(orbit.getAsDouble()),
                    "q = " + q + ": " + orbit);
        }
    }
}
