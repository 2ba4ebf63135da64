package frontierslab.math.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.Landscape;
import frontierslab.math.landscape.Quadratic;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.optim.Sam.Update;
import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

class SamTest {

    private static final Landscape SURFACE = TwoBasinSurface.LECTURE;

    @Test
    void updateIsAGradientStepFromThePerturbedPoint() {
        Quadratic q = Quadratic.of(3, 1);
        double eta = 0.1;
        double rho = 0.2;
        double[] w = {1, 2};
        double[] g = {3, 2};
        double norm = Math.sqrt(13);
        double[] epsilon = {rho * 3 / norm, rho * 2 / norm};
        double[] expected = {1 - eta * 3 * (1 + epsilon[0]), 2 - eta * (2 + epsilon[1])};
        new Sam(eta, rho).step(q, w);
        assertArrayEquals(expected, w, 1e-15);
        assertArrayEquals(g, q.gradient(new double[] {1, 2}), 0.0);
    }

    @Test
    void updatePartsAgreeWithTheStep() {
        SeededRandom random = new SeededRandom(7);
        for (GradientSource source : GradientSource.values()) {
            Sam sam = new Sam(0.07, 0.4, source);
            for (int k = 0; k < 200; k++) {
                double[] w = {-3 + 6 * random.uniform(), -3 + 6 * random.uniform()};
                Update u = sam.update(SURFACE, w);
                double[] stepped = w.clone();
                sam.step(SURFACE, stepped);
                assertArrayEquals(stepped, u.next(), 0.0);
                assertArrayEquals(w, u.w(), 0.0);
                assertArrayEquals(source.gradient(SURFACE, w, new double[2]), u.gradient(), 0.0);
                double[] epsilon = u.perturbation();
                assertEquals(0.4 * Sam.norm(u.gradient()) / (Sam.norm(u.gradient()) + source.normOffset()),
                        Sam.norm(epsilon), 1e-15);
                assertEquals(0.0, epsilon[0] * u.gradient()[1] - epsilon[1] * u.gradient()[0], 1e-12);
                assertArrayEquals(new double[] {w[0] + epsilon[0], w[1] + epsilon[1]}, u.perturbedPoint(), 0.0);
                assertArrayEquals(source.gradient(SURFACE, u.perturbedPoint(), new double[2]),
                        u.perturbedGradient(), 0.0);
                assertTrue(u.perturbationDefined());
            }
        }
    }

    @Test
    void zeroRadiusIsGradientDescentBitForBit() {
        for (GradientSource source : GradientSource.values()) {
            double[] a = {-1.3, -2.2};
            double[] b = a.clone();
            double[] c = a.clone();
            Optimizer sam = new Sam(0.3, 0, source);
            Optimizer gd = Sam.gradientDescent(0.3, source);
            for (int k = 0; k < 500; k++) {
                sam.step(SURFACE, a);
                gd.step(SURFACE, b);
                assertArrayEquals(b, a, 0.0);
            }
            if (source == GradientSource.EXACT) {
                Optimizer plain = new GradientDescent(0.3);
                for (int k = 0; k < 500; k++) {
                    plain.step(SURFACE, c);
                }
                assertArrayEquals(c, a, 0.0);
            }
        }
    }

    @Test
    void aStationaryPointIsAFixedPointWithNoPerturbation() {
        Quadratic bowl = Quadratic.of(4, 1);
        Update exact = new Sam(0.1, 0.5).update(bowl, new double[] {0, 0});
        assertFalse(exact.perturbationDefined());
        assertArrayEquals(new double[] {0, 0}, exact.perturbation(), 0.0);
        assertArrayEquals(new double[] {0, 0}, exact.next(), 0.0);
        // The lecture's 1e-8 gives the same: 0/(0 + 1e-8) = 0. (A forward difference of a flat landscape is 0.)
        Quadratic flat = Quadratic.of(0, 0);
        double[] w = {0.3, -0.2};
        Update lecture = new Sam(0.1, 0.5, GradientSource.LECTURE_FORWARD_DIFFERENCE).update(flat, w);
        assertFalse(lecture.perturbationDefined());
        assertArrayEquals(new double[] {0, 0}, lecture.perturbation(), 0.0);
        assertArrayEquals(w, lecture.next(), 0.0);
    }

    @Test
    void perturbationHasLengthRhoEvenForTinyOrHugeGradients() {
        for (double scale : new double[] {1e-300, 1e-160, 1, 1e160, 1e300}) {
            double[] epsilon = Sam.perturbation(new double[] {3 * scale, -4 * scale}, 0.5, 0);
            assertArrayEquals(new double[] {0.3, -0.4}, epsilon, 1e-15);
        }
        assertArrayEquals(new double[] {0, 0}, Sam.perturbation(new double[] {0, 0}, 0.5, 0), 0.0);
        assertEquals(Double.MIN_VALUE * 5, Sam.norm(new double[] {3 * Double.MIN_VALUE, 4 * Double.MIN_VALUE}));
    }

    @Test
    void normAccumulatesSquaresAsNumpyDoes() {
        // g0, g1, np.linalg.norm(g): printed by reference/numpy_exp_and_norm.py; sqrt(g0² + g1²) differs for each
        double[][] cases = {
            {8.868490764587925, 9.493494832580337, 12.991403795503043},
            {-5.459399556941108, -13.5084714186579, 14.56996374707316},
            {0.9375617930346658, 18.196918381290935, 18.22105542198701},
            {-3.161422429105865, -1.8805651607489748, 3.6784666777172856},
            {-0.492008330004283, 6.71362446637035, 6.7316287532988754},
            {-3.2801286159833145, -1.4676236752236549, 3.5934889716638345},
        };
        for (double[] c : cases) {
            assertEquals(c[2], Sam.norm(new double[] {c[0], c[1]}), 0.0);
            assertTrue(c[2] != Math.sqrt(c[0] * c[0] + c[1] * c[1]));
        }
    }

    /**
     * On f = ½Σλᵢwᵢ² with ηλ₁ &lt; 2, SAM settles into the 2-cycle w = ±a·e₁ with a = ηλ₁ρ/(2 − ηλ₁): from a·e₁,
     * ε̂ = ρe₁ and w ← a − ηλ₁(a + ρ) = −a.
     */
    @Test
    void samSettlesIntoATwoCycleOfAmplitudeEtaLambdaRhoOverTwoMinusEtaLambda() {
        double[][] settings = {{0.1, 15, 2, 0.2}, {0.1, 10, 1, 0.5}, {0.05, 30, 5, 0.05}, {0.02, 20, 3, 1.0},
            {0.19, 10, 4, 0.3}};
        for (double[] s : settings) {
            double eta = s[0];
            double top = s[1];
            double rho = s[3];
            Quadratic q = Quadratic.of(top, s[2]);
            Sam sam = new Sam(eta, rho);
            double[] w = {0.3, 0.7};
            for (int k = 0; k < 4000; k++) {
                sam.step(q, w);
            }
            double amplitude = eta * top * rho / (2 - eta * top);
            double first = w[0];
            sam.step(q, w);
            double second = w[0];
            assertEquals(amplitude, Math.abs(first), 1e-12 * (1 + amplitude), "η λ = " + eta * top);
            assertEquals(-first, second, 1e-12 * (1 + amplitude));
            assertEquals(0, w[1], 1e-12);
        }
    }

    @Test
    void gradientDescentOnTheQuadraticConvergesWhereSamKeepsCycling() {
        Quadratic q = Quadratic.of(15, 2);
        double[] gd = {0.3, 0.7};
        double[] sam = gd.clone();
        Optimizer descent = Sam.gradientDescent(0.1, GradientSource.EXACT);
        Optimizer sharpnessAware = new Sam(0.1, 0.2);
        for (int k = 0; k < 2000; k++) {
            descent.step(q, gd);
            sharpnessAware.step(q, sam);
        }
        assertEquals(0, Math.hypot(gd[0], gd[1]), 1e-100);
        assertEquals(0.1 * 15 * 0.2 / 0.5, Math.abs(sam[0]), 1e-12);
    }

    @Test
    void lectureForwardDifferenceIsTheLecturesFormula() {
        double[] w = {-1.7, 0.4};
        double[] g = GradientSource.LECTURE_FORWARD_DIFFERENCE.gradient(SURFACE, w, new double[2]);
        double f = SURFACE.value(w);
        assertEquals((SURFACE.value(new double[] {-1.7 + 1e-6, 0.4}) - f) / 1e-6, g[0], 0.0);
        assertEquals((SURFACE.value(new double[] {-1.7, 0.4 + 1e-6}) - f) / 1e-6, g[1], 0.0);
        double[] exact = SURFACE.gradient(w);
        assertEquals(exact[0], g[0], 1e-4);
        assertEquals(exact[1], g[1], 1e-4);
    }

    @Test
    void rejectsNegativeOrNonFiniteSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Sam(-0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Sam(0.1, -0.5));
        assertThrows(IllegalArgumentException.class, () -> new Sam(Double.NaN, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Sam(0.1, Double.POSITIVE_INFINITY));
    }
}
