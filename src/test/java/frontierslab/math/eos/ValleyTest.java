package frontierslab.math.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.Landscape;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ProductValley.Loss;
import frontierslab.math.random.SeededRandom;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ValleyTest {

    private static final Valley PRODUCT = Valley.of(new ProductValley(1.0));
    private static final Valley ELLIPSE = Valley.of(new EllipseValley(0.25));

    private static double hipparchusSharpness(double[][] h) {
        double[] eigenvalues = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues();
        return Arrays.stream(eigenvalues).max().orElseThrow();
    }

    /** Gradient flow ẇ = −∇L(w) integrated by Hipparchus's Dormand–Prince 8(5,3) to time T. */
    static double[] gradientFlow(Landscape f, double[] start, double time) {
        OrdinaryDifferentialEquation flow = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] w) {
                double[] g = f.gradient(w);
                return new double[] {-g[0], -g[1]};
            }
        };
        var integrator = new DormandPrince853Integrator(1e-10, 1.0, 1e-13, 1e-13);
        return integrator.integrate(flow, new ODEState(0, start.clone()), time).getPrimaryState();
    }

    /** The closest of a dense sample of the valley (τ or θ grid), refined by golden-section search. */
    private static double bruteForceDistance(java.util.function.DoubleFunction<double[]> curve, double lo, double hi,
                                             double[] w) {
        int samples = 20000;
        double bestParameter = lo;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= samples; i++) {
            double p = lo + (hi - lo) * i / samples;
            double d = distance(curve.apply(p), w);
            if (d < best) {
                best = d;
                bestParameter = p;
            }
        }
        double a = bestParameter - (hi - lo) / samples;
        double b = bestParameter + (hi - lo) / samples;
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double c = b - ratio * (b - a);
            double d = a + ratio * (b - a);
            if (distance(curve.apply(c), w) < distance(curve.apply(d), w)) {
                b = d;
            } else {
                a = c;
            }
        }
        return Math.min(best, distance(curve.apply(0.5 * (a + b)), w));
    }

    private static double distance(double[] p, double[] q) {
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    @Tag("slow")
    @Test
    void nearestMinimumOfTheProductValleyBeatsADenseSampleOfBothBranches() {
        SeededRandom random = new SeededRandom(3);
        for (int k = 0; k < 400; k++) {
            double[] w = {8 * random.uniform() - 4, 8 * random.uniform() - 4};
            double[] nearest = PRODUCT.nearestMinimum(w);
            assertEquals(0.0, PRODUCT.residual(nearest), 1e-13);
            double positive = bruteForceDistance(t -> new double[] {Math.exp(t), Math.exp(-t)}, -6, 6, w);
            double negative = bruteForceDistance(t -> new double[] {-Math.exp(t), -Math.exp(-t)}, -6, 6, w);
            assertEquals(Math.min(positive, negative), distance(nearest, w), 1e-9, Arrays.toString(w));
        }
    }

    @Tag("slow")
    @Test
    void nearestMinimumOfTheEllipseBeatsADenseSampleAndIsAlongTheNormal() {
        SeededRandom random = new SeededRandom(5);
        double a = 0.25;
        for (int k = 0; k < 400; k++) {
            double[] w = {6 * random.uniform() - 3, 4 * random.uniform() - 2};
            double[] nearest = ELLIPSE.nearestMinimum(w);
            assertEquals(0.0, ELLIPSE.residual(nearest), 1e-14);
            double sampled = bruteForceDistance(t -> new double[] {2 * Math.cos(t), Math.sin(t)}, 0, 2 * Math.PI, w);
            assertEquals(sampled, distance(nearest, w), 1e-9, Arrays.toString(w));
            double[] normal = {a * nearest[0], nearest[1]};
            double cross = (w[0] - nearest[0]) * normal[1] - (w[1] - nearest[1]) * normal[0];
            assertEquals(0.0, cross, 1e-10, Arrays.toString(w));
        }
        assertEquals(8.0, ELLIPSE.sharpnessOfNearestMinimum(new double[] {0, 3}), 1e-12);
        assertEquals(2.0, ELLIPSE.sharpnessOfNearestMinimum(new double[] {5, 0}), 1e-12);
    }

    @Test
    void gradientFlowLimitOfTheProductValleyIsWhereHipparchusIntegrationEnds() {
        for (Loss loss : Loss.values()) {
            ProductValley f = new ProductValley(1.0, loss);
            Valley valley = Valley.of(f);
            for (double[] start : new double[][] {{2.5, 0.3}, {0.1, -1.5}, {-3, 0.5}, {-0.2, -0.1}, {0.4, 0.6}}) {
                double[] limit = valley.gradientFlowLimit(start).orElseThrow();
                double[] integrated = gradientFlow(f, start, 60);
                assertEquals(integrated[0], limit[0], 1e-8, loss + " " + Arrays.toString(start));
                assertEquals(integrated[1], limit[1], 1e-8, loss + " " + Arrays.toString(start));
                double d = start[0] * start[0] - start[1] * start[1];
                assertEquals(Math.hypot(d, 2.0), valley.sharpnessAtMinimum(limit), 1e-12);
            }
        }
        assertTrue(PRODUCT.gradientFlowLimit(new double[] {1.5, -1.5}).isEmpty());
    }

    @Test
    void gradientFlowLimitOfTheEllipseIsWhereHipparchusIntegrationEnds() {
        EllipseValley f = new EllipseValley(0.25);
        for (double[] start : new double[][] {{0.3, 0.2}, {3.0, -1.0}, {-0.5, 1.4}, {-1.0, -0.01}, {0, 0.5}}) {
            double[] limit = ELLIPSE.gradientFlowLimit(start).orElseThrow();
            double[] integrated = gradientFlow(f, start, 60);
            assertEquals(integrated[0], limit[0], 1e-8, Arrays.toString(start));
            assertEquals(integrated[1], limit[1], 1e-8, Arrays.toString(start));
        }
        assertTrue(ELLIPSE.gradientFlowLimit(new double[] {0, 0}).isEmpty());
    }

    @Test
    void gradientFlowLimitsKeepTheFlowInvariantsAndLieOnTheValley() {
        SeededRandom random = new SeededRandom(13);
        double a = 0.25;
        for (int k = 0; k < 2000; k++) {
            double[] w = {8 * random.uniform() - 4, 6 * random.uniform() - 3};
            double[] onEllipse = ELLIPSE.gradientFlowLimit(w).orElseThrow();
            assertEquals(0.0, ELLIPSE.residual(onEllipse), 1e-14, Arrays.toString(w));
            double invariant = w[0] / Math.pow(Math.abs(w[1]), a);
            assertEquals(invariant, onEllipse[0] / Math.pow(Math.abs(onEllipse[1]), a), 1e-12 * Math.abs(invariant),
                    Arrays.toString(w));
            assertEquals(Math.signum(w[1]), Math.signum(onEllipse[1]));
            double[] onHyperbola = PRODUCT.gradientFlowLimit(w).orElseThrow();
            assertEquals(0.0, PRODUCT.residual(onHyperbola), 1e-14);
            double d = w[0] * w[0] - w[1] * w[1];
            double limitD = onHyperbola[0] * onHyperbola[0] - onHyperbola[1] * onHyperbola[1];
            assertEquals(d, limitD, 1e-12 * Math.max(1, Math.abs(d)));
            assertEquals(Math.signum(w[0] + w[1]), Math.signum(onHyperbola[0] + onHyperbola[1]));
        }
    }

    @Test
    void bracketedRootFindsTheRootWhereTheFunctionChangesSign() {
        assertEquals(Math.sqrt(2), BracketedRoot.find(t -> t * t - 2, t -> 2 * t, 0, 5), 1e-15);
        assertEquals(Math.sqrt(2), BracketedRoot.find(t -> 2 - t * t, t -> -2 * t, 5, 0), 1e-15);
        assertEquals(Math.PI, BracketedRoot.find(Math::sin, Math::cos, 2, 4), 1e-15);
        assertEquals(Math.cbrt(0.5), BracketedRoot.find(t -> t * t * t - 0.5, t -> 3 * t * t, 0, 1), 1e-15);
        assertEquals(1.0, BracketedRoot.find(t -> Math.pow(t, 0.1) - 1, t -> 0.1 * Math.pow(t, -0.9), 0, 7), 1e-14);
        assertTrue(Double.isNaN(BracketedRoot.find(t -> t * t + 1, t -> 2 * t, -1, 1)));
    }

    @Test
    void minimaWithAGivenSharpnessLieOnTheValleyAndHaveIt() {
        for (Valley valley : new Valley[] {PRODUCT, ELLIPSE}) {
            for (double s : new double[] {2.0, 2.5, 4.0, 7.9, 20.0}) {
                List<double[]> points = valley.minimaWithSharpness(s);
                boolean possible = s >= valley.minimalSharpness() && s <= valley.maximalSharpness();
                assertEquals(possible, !points.isEmpty(), "s=" + s);
                for (double[] p : points) {
                    assertEquals(0.0, valley.residual(p), 1e-14);
                    assertEquals(s, hipparchusSharpness(valley.landscape().hessian(p)), 1e-12 * s);
                }
                if (possible && s > valley.minimalSharpness() && s < valley.maximalSharpness()) {
                    assertEquals(4, points.size(), "s=" + s);
                }
            }
        }
        assertEquals(2, PRODUCT.minimaWithSharpness(2.0).size(), "only the two balanced minima have sharpness 2y");
        assertTrue(PRODUCT.minimaWithSharpness(1.99).isEmpty());
    }

    @Test
    void minimaInsideABoxAreValleyPointsWithTheirSharpness() {
        for (Valley valley : new Valley[] {PRODUCT, ELLIPSE}) {
            List<List<ValleyPoint>> pieces = valley.minimaInside(-3, 3, -3, 3, 300);
            assertFalse(pieces.isEmpty());
            for (List<ValleyPoint> piece : pieces) {
                for (ValleyPoint p : piece) {
                    assertTrue(Math.abs(p.w1()) <= 3 + 1e-12 && Math.abs(p.w2()) <= 3 + 1e-12);
                    assertEquals(0.0, valley.residual(p.toArray()), 1e-14);
                    assertEquals(hipparchusSharpness(valley.landscape().hessian(p.toArray())), p.sharpness(),
                            1e-12 * p.sharpness());
                }
            }
        }
        List<List<ValleyPoint>> hyperbola = PRODUCT.minimaInside(-3, 3, -3, 3, 300);
        assertEquals(2, hyperbola.size(), "one piece per branch");
        assertEquals(3.0, hyperbola.get(0).get(0).w2(), 1e-12, "the branch enters through the top of the box");
        assertEquals(3.0, hyperbola.get(0).get(299).w1(), 1e-12, "and leaves through its right side");
        List<List<ValleyPoint>> wholeEllipse = ELLIPSE.minimaInside(-3, 3, -3, 3, 300);
        assertEquals(1, wholeEllipse.size());
        assertEquals(301, wholeEllipse.get(0).size(), "a closed curve repeats its first vertex");
        List<List<ValleyPoint>> upperHalf = ELLIPSE.minimaInside(-3, 3, 0.5, 3, 300);
        assertEquals(1, upperHalf.size());
        List<List<ValleyPoint>> rightSide = ELLIPSE.minimaInside(1, 3, -3, 3, 300);
        assertEquals(1, rightSide.size(), "the arc through θ = 0 is joined across the seam");
        for (int i = 1; i < rightSide.get(0).size(); i++) {
            ValleyPoint p = rightSide.get(0).get(i - 1);
            ValleyPoint q = rightSide.get(0).get(i);
            assertTrue(Math.hypot(p.w1() - q.w1(), p.w2() - q.w2()) < 0.1, "consecutive vertices are neighbours");
        }
    }

    @Test
    void theNearestMinimumOfAPointAHairOffTheEllipsesLongAxisIsFiniteAndOnTheEllipse() {
        Valley valley = Valley.of(new frontierslab.math.landscape.EllipseValley(0.25));
        for (double y : new double[] {3.6e-142, 1e-300, 1e-20, -1e-200}) {
            double[] q = valley.nearestMinimum(new double[] {-1.14, y});
            assertTrue(Double.isFinite(q[0]) && Double.isFinite(q[1]), java.util.Arrays.toString(q));
            assertEquals(1.0, 0.25 * q[0] * q[0] + q[1] * q[1], 1e-12);
            double[] onAxis = valley.nearestMinimum(new double[] {-1.14, 0});
            assertEquals(onAxis[0], q[0], 1e-9);
            assertEquals(Math.abs(onAxis[1]), Math.abs(q[1]), 1e-9);
        }
    }
}
