package frontierslab.math.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.Landscape;
import frontierslab.math.landscape.Quadratic;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile.Estimate;
import frontierslab.math.sam.RadiusProfile.Flip;
import frontierslab.math.sam.RadiusProfile.Perturbed;
import frontierslab.math.sam.RadiusProfile.Point;
import frontierslab.math.sam.RadiusProfile.Quantity;
import frontierslab.math.sam.RadiusProfile.Sampling;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RadiusProfileTest {

    private static final TwoBasinSurface F = TwoBasinSurface.LECTURE;
    private static final double[] SHARP = F.sharpMinimum().position();
    private static final double[] FLAT = F.flatMinimum().position();
    private static final Sampling GAUSSIAN = Sampling.gaussian(20_000, 1);
    private static final Sampling BALL = Sampling.uniformBall(20_000, 1);

    /** max of L(w + ε) over 20,000 angles on the circle and a 1001 × 1001 grid inside the disc. */
    private static double denseMaximum(Landscape f, double[] w, double r) {
        double best = f.value(w);
        double[] p = new double[2];
        for (int k = 0; k < 20_000; k++) {
            double angle = 2 * Math.PI * k / 20_000;
            p[0] = w[0] + r * Math.cos(angle);
            p[1] = w[1] + r * Math.sin(angle);
            best = Math.max(best, f.value(p));
        }
        int n = 1001;
        for (int i = 0; i < n; i++) {
            double ex = -r + 2 * r * i / (n - 1);
            for (int j = 0; j < n; j++) {
                double ey = -r + 2 * r * j / (n - 1);
                if (ex * ex + ey * ey <= r * r) {
                    p[0] = w[0] + ex;
                    p[1] = w[1] + ey;
                    best = Math.max(best, f.value(p));
                }
            }
        }
        return best;
    }

    private static double norm(Perturbed p) {
        return Math.hypot(p.epsilonX(), p.epsilonY());
    }

    @Tag("slow")
    @Test
    void worstCaseIsTheGlobalMaximumOfADenseGridOnTheTwoBasinSurface() {
        double[][] points = {SHARP, FLAT, {-1.5, -1.5}, {0, 0}, {-1, 0.5}, {1, 2.5}};
        for (double[] w : points) {
            for (double r : new double[] {0.2, 0.5, 1.0, 2.5}) {
                Perturbed worst = RadiusProfile.worstCase(F, w, r);
                double dense = denseMaximum(F, w, r);
                String where = Arrays.toString(w) + " r = " + r;
                assertTrue(worst.value() >= dense - 1e-14, where + ": " + worst.value() + " < " + dense);
                // the dense circle's angular spacing 2π/20000 leaves at most ½·|∂²L/∂θ²|·(π/20000)² ≈ 1e-9
                assertTrue(worst.value() <= dense + 1e-8, where);
                assertTrue(norm(worst) <= r * (1 + 1e-15), where);
                assertEquals(worst.value(), F.value(new double[] {w[0] + worst.epsilonX(), w[1] + worst.epsilonY()}),
                        0.0);
            }
        }
    }

    @Test
    void worstCaseOnAQuadraticIsHalfTheTopCurvatureTimesRSquared() {
        for (double r : new double[] {0.1, 0.7, 3}) {
            Perturbed worst = RadiusProfile.worstCase(Quadratic.of(3, 1), new double[] {0, 0}, r);
            assertEquals(0.5 * 3 * r * r, worst.value(), 1e-15 * r * r);
            assertEquals(r, Math.abs(worst.epsilonX()), 1e-7 * r);
            // with a negative curvature the maximum is still on the circle, along the positive one
            Perturbed saddle = RadiusProfile.worstCase(Quadratic.of(-2, 1), new double[] {0, 0}, r);
            assertEquals(0.5 * r * r, saddle.value(), 1e-15 * r * r);
            assertEquals(r, Math.abs(saddle.epsilonY()), 1e-7 * r);
        }
    }

    @Test
    void worstCaseFindsAnInteriorMaximum() {
        // L = −½(2x² + y²) has its maximum 0 at the origin, inside the disc about w = (0.1, 0.2) of radius 0.5
        Perturbed worst = RadiusProfile.worstCase(Quadratic.of(-2, -1), new double[] {0.1, 0.2}, 0.5);
        assertEquals(0.0, worst.value(), 1e-30);
        assertEquals(-0.1, worst.epsilonX(), 1e-15);
        assertEquals(-0.2, worst.epsilonY(), 1e-15);
    }

    @Test
    void expectedLossOnAQuadraticMatchesItsClosedForms() {
        Quadratic q = Quadratic.of(3, 1);
        double[] origin = {0, 0};
        for (double r : new double[] {0.1, 0.5, 2}) {
            Estimate gaussian = RadiusProfile.expectedLoss(q, origin, r, GAUSSIAN);
            assertEquals(0.5 * r * r * 4, gaussian.mean(), 4 * gaussian.standardError());
            // Var ½Σλr²z² = ½r⁴Σλ²
            assertEquals(r * r * Math.sqrt(5.0 / 20_000), gaussian.standardError(),
                    0.05 * gaussian.standardError());
            Estimate ball = RadiusProfile.expectedLoss(q, origin, r, BALL);
            // E εᵢ² = r²/4 for ε uniform in the disc
            assertEquals(r * r * 4 / 8, ball.mean(), 4 * ball.standardError());
            // a Gaussian of scale r exceeds the worst case over the disc of radius r; the uniform disc cannot
            double worst = RadiusProfile.worstCase(q, origin, r).value();
            assertTrue(gaussian.mean() > worst);
            assertTrue(ball.mean() <= worst);
        }
    }

    @Test
    void gaussianExpectedLossMatchesTheClosedFormSmoothingOfTheTwoBasinSurface() {
        for (double[] w : new double[][] {SHARP, FLAT, {-1.5, -1.5}, {0.5, -1}}) {
            for (double r : new double[] {0.05, 0.3, 0.45, 1, 2}) {
                Estimate estimate = RadiusProfile.expectedLoss(F, w, r, GAUSSIAN);
                assertEquals(TwoBasinSurface.gaussianSmoothedValue(w, r), estimate.mean(),
                        4 * estimate.standardError(), Arrays.toString(w) + " r = " + r);
            }
        }
    }

    @Test
    void uniformBallExpectedLossNeverExceedsTheWorstCase() {
        for (double[] w : new double[][] {SHARP, FLAT, {-1.5, -1.5}, {0.5, -1}}) {
            for (double r : new double[] {0.1, 0.5, 1.5}) {
                assertTrue(RadiusProfile.expectedLoss(F, w, r, BALL).mean()
                        <= RadiusProfile.worstCase(F, w, r).value());
            }
        }
    }

    @Test
    void firstOrderValueIsTheLossAtRhoAlongTheGradientAndAbsentWhereItVanishes() {
        Quadratic q = Quadratic.of(3, 1);
        Perturbed p = RadiusProfile.firstOrder(q, new double[] {1, 1}, 0.5).orElseThrow();
        double[] epsilon = {0.5 * 3 / Math.sqrt(10), 0.5 / Math.sqrt(10)};
        assertEquals(epsilon[0], p.epsilonX(), 1e-15);
        assertEquals(epsilon[1], p.epsilonY(), 1e-15);
        assertEquals(q.value(new double[] {1 + epsilon[0], 1 + epsilon[1]}), p.value(), 1e-15);
        assertTrue(RadiusProfile.firstOrder(q, new double[] {0, 0}, 0.5).isEmpty());
        Point atMinimum = RadiusProfile.profile(q, new double[] {0, 0}, new double[] {0.5}, GAUSSIAN).get(0);
        assertTrue(atMinimum.firstOrder().isEmpty());
        assertEquals(0.0, atMinimum.loss());
    }

    @Test
    void atTheWellCentresTheFirstOrderPerturbationIsTheWorstCase() {
        // each bump is radially symmetric, and the other bump's tail tips ∇f at the centre away from it: ε̂ points
        // where the loss on the circle is highest
        for (double[] centre : new double[][] {TwoBasinSurface.sharpCentre(), TwoBasinSurface.flatCentre()}) {
            for (double r : new double[] {0.1, 0.45, 1}) {
                double firstOrder = RadiusProfile.firstOrder(F, centre, r).orElseThrow().value();
                assertEquals(RadiusProfile.worstCase(F, centre, r).value(), firstOrder, 1e-14);
            }
        }
    }

    @Test
    void profileListsEveryQuantityPerRadius() {
        List<Point> profile = RadiusProfile.profile(F, SHARP, new double[] {0, 0.2, 0.6}, GAUSSIAN);
        assertEquals(3, profile.size());
        assertEquals(F.value(SHARP), profile.get(0).worstCase().value(), 0.0);
        assertEquals(F.value(SHARP), profile.get(0).expected().mean(), 0.0);
        for (Point p : profile) {
            assertEquals(F.value(SHARP), p.loss());
            assertTrue(p.worstCase().value() >= p.loss());
        }
        assertThrows(IllegalArgumentException.class,
                () -> RadiusProfile.profile(Quadratic.of(1, 1, 1), new double[3], new double[] {1}, GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> RadiusProfile.worstCase(F, SHARP, -1));
    }

    private static double bisect(DoubleUnaryOperator difference, double low, double high) {
        double sign = Math.signum(difference.applyAsDouble(low));
        assertTrue(sign != Math.signum(difference.applyAsDouble(high)));
        while (high - low > 1e-13) {
            double middle = 0.5 * (low + high);
            if (Math.signum(difference.applyAsDouble(middle)) == sign) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return 0.5 * (low + high);
    }

    @Tag("slow")
    @Test
    void worstCaseFlipRadiusAgreesWithAnIndependentBisection() {
        Flip flip = RadiusProfile.flipRadius(F, SHARP, FLAT, Quantity.WORST_CASE, 2, GAUSSIAN);
        assertTrue(flip.defined());
        // f = −(sum of two wells) has no interior local maximum, so the worst case lies on the circle: scan it densely
        DoubleUnaryOperator circleMaximum = r -> {
            double sharp = Double.NEGATIVE_INFINITY;
            double flat = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 100_000; k++) {
                double angle = 2 * Math.PI * k / 100_000;
                sharp = Math.max(sharp, TwoBasinSurface.value(SHARP[0] + r * Math.cos(angle),
                        SHARP[1] + r * Math.sin(angle)));
                flat = Math.max(flat, TwoBasinSurface.value(FLAT[0] + r * Math.cos(angle),
                        FLAT[1] + r * Math.sin(angle)));
            }
            return sharp - flat;
        };
        double independent = bisect(circleMaximum, 0.3, 0.6);
        assertEquals(independent, flip.radius().getAsDouble(), 1e-8);
        // without the other wells' tails: 5e^{−5r²} = 2e^{−r²/2}, r = √(ln 2.5 / 4.5)
        assertEquals(Math.sqrt(Math.log(2.5) / 4.5), flip.radius().getAsDouble(), 1e-7);
    }

    @Tag("slow")
    @Test
    void gaussianExpectedFlipRadiusAgreesWithTheClosedFormWithinItsMonteCarloError() {
        Flip flip = RadiusProfile.flipRadius(F, SHARP, FLAT, Quantity.EXPECTED, 2, GAUSSIAN);
        DoubleUnaryOperator exact = r -> TwoBasinSurface.gaussianSmoothedValue(SHARP, r)
                - TwoBasinSurface.gaussianSmoothedValue(FLAT, r);
        double root = bisect(exact, 0.3, 0.6);
        assertEquals(1 / Math.sqrt(5), root, 1e-6); // 5/(1 + 10r²) = 2/(1 + r²) without the tails
        double r = flip.radius().getAsDouble();
        double slope = (exact.applyAsDouble(root + 1e-5) - exact.applyAsDouble(root - 1e-5)) / 2e-5;
        double errorOfDifference = Math.hypot(RadiusProfile.expectedLoss(F, SHARP, r, GAUSSIAN).standardError(),
                RadiusProfile.expectedLoss(F, FLAT, r, GAUSSIAN).standardError());
        assertEquals(root, r, 4 * errorOfDifference / Math.abs(slope));
    }

    @Tag("slow")
    @Test
    void uniformBallExpectedFlipRadiusAgreesWithTheClosedFormWithinItsMonteCarloError() {
        Flip flip = RadiusProfile.flipRadius(F, SHARP, FLAT, Quantity.EXPECTED, 2, BALL);
        // the mean of a Gaussian bump a·e^{−κs²} over the disc of radius r is a(1 − e^{−κr²})/(κr²)
        DoubleUnaryOperator exact = r -> -(1 - Math.exp(-5 * r * r)) / (r * r) + 4 * (1 - Math.exp(-r * r / 2)) / (r * r);
        double root = bisect(exact, 0.5, 1.0);
        double r = flip.radius().getAsDouble();
        double slope = (exact.applyAsDouble(root + 1e-5) - exact.applyAsDouble(root - 1e-5)) / 2e-5;
        double errorOfDifference = Math.hypot(RadiusProfile.expectedLoss(F, SHARP, r, BALL).standardError(),
                RadiusProfile.expectedLoss(F, FLAT, r, BALL).standardError());
        assertEquals(root, r, 4 * errorOfDifference / Math.abs(slope));
    }

    @Test
    void firstOrderFlipAtTheCentresIsTheWorstCaseFlipAndUndefinedWhereTheGradientVanishes() {
        double[] a = TwoBasinSurface.sharpCentre();
        double[] b = TwoBasinSurface.flatCentre();
        Flip firstOrder = RadiusProfile.flipRadius(F, a, b, Quantity.FIRST_ORDER, 2, GAUSSIAN);
        Flip worst = RadiusProfile.flipRadius(F, a, b, Quantity.WORST_CASE, 2, GAUSSIAN);
        assertEquals(worst.radius().getAsDouble(), firstOrder.radius().getAsDouble(), 1e-12);
        Flip undefined = RadiusProfile.flipRadius(Quadratic.of(1, 1), new double[] {0, 0}, new double[] {1, 0},
                Quantity.FIRST_ORDER, 2, GAUSSIAN);
        assertFalse(undefined.defined());
        assertTrue(undefined.radius().isEmpty());
    }

    @Tag("slow")
    @Test
    void noFlipWithinASmallMaximumRadius() {
        Flip flip = RadiusProfile.flipRadius(F, SHARP, FLAT, Quantity.WORST_CASE, 0.3, GAUSSIAN);
        assertTrue(flip.defined());
        assertTrue(flip.radius().isEmpty());
    }
}
