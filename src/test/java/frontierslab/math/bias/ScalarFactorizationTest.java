package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.bias.ScalarFactorization.Model;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

class ScalarFactorizationTest {

    private static final ScalarFactorization PRODUCT = new ScalarFactorization(Model.PRODUCT, 1, 1);

    /** Gradient flow ẇ = −∇L integrated by Hipparchus, stopped when β reaches {@code level}; returns {t, w₁, w₂}. */
    private static double[] flowUntil(ScalarFactorization f, double w1, double w2, double level, double maxTime) {
        OrdinaryDifferentialEquation flow = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] w) {
                double[] next = w.clone();
                f.step(1, next);
                return new double[] {next[0] - w[0], next[1] - w[1]};
            }
        };
        var integrator = new DormandPrince853Integrator(1e-12, 1, 1e-13, 1e-13);
        if (Double.isFinite(level)) {
            integrator.addEventDetector(new ODEEventDetector() {
                @Override
                public AdaptableInterval getMaxCheckInterval() {
                    return (s, forward) -> 0.01;
                }

                @Override
                public int getMaxIterationCount() {
                    return 200;
                }

                @Override
                public BracketedUnivariateSolver<org.hipparchus.analysis.UnivariateFunction> getSolver() {
                    return new BracketingNthOrderBrentSolver(1e-14, 1e-14, 1e-15, 5);
                }

                @Override
                public ODEEventHandler getHandler() {
                    return (s, d, increasing) -> Action.STOP;
                }

                @Override
                public double g(ODEStateAndDerivative s) {
                    return f.beta(s.getPrimaryState()[0], s.getPrimaryState()[1]) - level;
                }
            });
        }
        ODEStateAndDerivative end = integrator.integrate(flow, new ODEState(0, new double[] {w1, w2}), maxTime);
        return new double[] {end.getTime(), end.getPrimaryState()[0], end.getPrimaryState()[1]};
    }

    @Property(tries = 60)
    void gradientStepMatchesCentralDifferencesOfTheLoss(@ForAll Model model,
                                                        @ForAll @DoubleRange(min = -2, max = 2) double w1,
                                                        @ForAll @DoubleRange(min = -2, max = 2) double w2,
                                                        @ForAll @DoubleRange(min = 0.25, max = 4) double y,
                                                        @ForAll @DoubleRange(min = 0.25, max = 4) double x) {
        ScalarFactorization f = new ScalarFactorization(model, y, x);
        double eta = 1e-3;
        double[] w = {w1, w2};
        f.step(eta, w);
        double h = 1e-6;
        double g1 = (f.loss(w1 + h, w2) - f.loss(w1 - h, w2)) / (2 * h);
        double g2 = (f.loss(w1, w2 + h) - f.loss(w1, w2 - h)) / (2 * h);
        double scale = 1 + Math.abs(g1) + Math.abs(g2);
        assertEquals(g1, (w1 - w[0]) / eta, 1e-6 * scale);
        assertEquals(g2, (w2 - w[1]) / eta, 1e-6 * scale);
    }

    @Property(tries = 40)
    void eachGradientStepMultipliesDByOneMinusEtaSquaredResidualSquared(
            @ForAll @DoubleRange(min = -1.5, max = 1.5) double w1, @ForAll @DoubleRange(min = -1.5, max = 1.5) double w2,
            @ForAll @DoubleRange(min = 0.25, max = 4) double y, @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double eta,
            @ForAll @IntRange(min = 1, max = 300) int steps) {
        ScalarFactorization f = new ScalarFactorization(Model.PRODUCT, y, 1);
        double[] w = {w1, w2};
        for (int k = 0; k < steps; k++) {
            double predicted = ScalarFactorization.balance(w[0], w[1]) * f.balanceFactor(eta, w[0], w[1]);
            f.step(eta, w);
            if (!(Math.abs(w[0]) < 1e3 && Math.abs(w[1]) < 1e3)) {
                return;
            }
            double actual = ScalarFactorization.balance(w[0], w[1]);
            assertEquals(predicted, actual, 1e-12 * (1 + w[0] * w[0] + w[1] * w[1]), "step " + k);
        }
    }

    @Test
    void aBalancedStartStaysExactlyBalancedUnderGradientDescent() {
        double[] w = {1e-3, 1e-3};
        for (int k = 0; k < 2000; k++) {
            PRODUCT.step(0.01, w);
            assertEquals(w[0], w[1]);
        }
    }

    @Test
    void theSumModelKeepsTheDifferenceAndEndsAtTheClosedFormSplit() {
        ScalarFactorization f = new ScalarFactorization(Model.SUM, 1, 1.5);
        double[] w = {0.4, 0};
        for (int k = 0; k < 500; k++) {
            f.step(0.01, w);
            assertEquals(0.4, w[0] - w[1], 1e-15);
        }
        // numpy, scalar_bias_reference.py
        assertArrayEquals(new double[] {0.5333333333199485, 0.13333333331994798}, w, 1e-13);
        assertArrayEquals(new double[] {(1 / 1.5 + 0.4) / 2, (1 / 1.5 - 0.4) / 2}, f.flowLimit(0.4, 0), 1e-15);
        assertArrayEquals(f.flowLimit(0.4, 0), w, 1e-10);
    }

    @Test
    void gradientDescentMatchesTheNumpyReference() {
        double[] w = {0.5, 0};
        for (int k = 0; k < 1500; k++) {
            PRODUCT.step(0.01, w);
        }
        assertArrayEquals(new double[] {1.0636965695911942, 0.9401177258506231}, w, 1e-13);
        ScalarFactorization y2 = new ScalarFactorization(Model.PRODUCT, 2, 1);
        double[] v = {0.3, 0.9};
        for (int k = 0; k < 300; k++) {
            y2.step(0.05, v);
        }
        assertArrayEquals(new double[] {1.2987261038073419, 1.5399705866670457}, v, 1e-13);
    }

    /** From a balanced start GD's β is within O(η) of y/(1 + (y/α² − 1)e^{−2yt}): the error halves as η halves. */
    @Test
    void balancedGradientDescentConvergesToTheClosedFormAtFirstOrder() {
        double alpha = 0.01;
        double previous = Double.NaN;
        for (double eta : new double[] {0.02, 0.01, 0.005, 0.0025}) {
            double[] w = {alpha, alpha};
            double maxError = 0;
            int steps = (int) Math.round(10 / eta);
            for (int k = 1; k <= steps; k++) {
                PRODUCT.step(eta, w);
                double exact = ScalarFactorization.lectureBeta(alpha * alpha, 1, eta * k);
                maxError = Math.max(maxError, Math.abs(w[0] * w[1] - exact));
            }
            if (!Double.isNaN(previous)) {
                double ratio = previous / maxError;
                assertTrue(ratio > 1.8 && ratio < 2.2, "error ratio " + ratio + " at η = " + eta);
            }
            assertTrue(maxError < 2 * eta, "max error " + maxError + " at η = " + eta);
            previous = maxError;
        }
    }

    @Property(tries = 50)
    void theFlowRateOfBetaIsMinusResidualTimesRootOfDSquaredPlusFourBetaSquared(
            @ForAll @DoubleRange(min = -2, max = 2) double w1, @ForAll @DoubleRange(min = -2, max = 2) double w2) {
        double[] w = {w1, w2};
        double eta = 1e-7;
        PRODUCT.step(eta, w);
        double finiteDifference = (w[0] * w[1] - w1 * w2) / eta;
        double rate = PRODUCT.productFlowRate(w1 * w2, ScalarFactorization.balance(w1, w2));
        assertEquals(rate, finiteDifference, 1e-5 * (1 + Math.abs(rate)));
    }

    @Test
    void theLectureRateIsWrongForAnUnbalancedStart() {
        double beta = 0.1;
        double d = 0.5;
        double lecture = -2 * beta * (beta - 1);
        assertEquals(0.18, lecture, 1e-15);
        assertEquals(0.9 * Math.sqrt(0.29), PRODUCT.productFlowRate(beta, d), 1e-15);
        assertEquals(lecture, PRODUCT.productFlowRate(beta, 0), 1e-15);
    }

    /** The flow time to y/2 against an RK4 integration in numpy and against Hipparchus' Dormand–Prince with an event. */
    @Test
    void theFlowTimeToHalfMatchesNumpyAndHipparchus() {
        double[][] cases = {{0.5, 0.0, 1.0, 1.330811660199284}, {1e-3, 2e-4, 1.0, 7.418580642743565},
                {0.3, 0.9, 2.0, 0.37996315400574177}, {0.01, 0.02, 0.5, 7.705762730916771}};
        for (double[] c : cases) {
            ScalarFactorization f = new ScalarFactorization(Model.PRODUCT, c[2], 1);
            double t = f.flowTimeToHalf(c[0], c[1]);
            assertEquals(c[3], t, 1e-8 * c[3], "numpy for " + java.util.Arrays.toString(c));
            double hipparchus = flowUntil(f, c[0], c[1], c[2] / 2, 100)[0];
            assertEquals(hipparchus, t, 1e-8 * c[3], "Hipparchus for " + java.util.Arrays.toString(c));
        }
    }

    @Test
    void theBalancedFlowTimeIsTheLectureFormulaAndTheUnbalancedOneTendsToIt() {
        double alpha = 1e-3;
        double lecture = Math.log(1 / (alpha * alpha) - 1) / 2;
        assertEquals(lecture, PRODUCT.flowTimeToHalf(alpha, alpha), 1e-12);
        assertEquals(lecture, ScalarFactorization.lectureTimeToHalf(alpha * alpha, 1), 1e-12);
        assertEquals(lecture, PRODUCT.flowTimeToHalf(alpha * (1 + 1e-9), alpha), 1e-6);
        assertEquals(Double.POSITIVE_INFINITY, ScalarFactorization.lectureTimeToHalf(0, 1));
        assertEquals(0, PRODUCT.flowTimeToHalf(1, 1));
    }

    @Test
    void theSumModelsFlowTimeToHalfMatchesHipparchus() {
        ScalarFactorization f = new ScalarFactorization(Model.SUM, 2, 0.7);
        double t = f.flowTimeToHalf(0.1, -0.05);
        assertEquals(flowUntil(f, 0.1, -0.05, f.targetBeta() / 2, 100)[0], t, 1e-9);
        double[] end = flowUntil(f, 0.1, -0.05, Double.NaN, 40);
        assertEquals(f.sumFlowBeta(0.05, 40), end[1] + end[2], 1e-9);
    }

    @Property(tries = 30)
    void gradientFlowEndsWhereFlowLimitSays(@ForAll @DoubleRange(min = -1.5, max = 1.5) double w1,
                                             @ForAll @DoubleRange(min = -1.5, max = 1.5) double w2,
                                             @ForAll @DoubleRange(min = 0.25, max = 4) double y) {
        if (Math.abs(w1 + w2) < 0.05) {
            return;
        }
        ScalarFactorization f = new ScalarFactorization(Model.PRODUCT, y, 1);
        double[] limit = f.flowLimit(w1, w2);
        assertEquals(y, limit[0] * limit[1], 1e-12 * y);
        assertEquals(ScalarFactorization.balance(w1, w2), ScalarFactorization.balance(limit[0], limit[1]),
                1e-11 * (1 + y));
        double[] end = flowUntil(f, w1, w2, Double.NaN, 60);
        assertEquals(limit[0], end[1], 1e-6);
        assertEquals(limit[1], end[2], 1e-6);
    }

    @Test
    void aStartOnTheAntiDiagonalHasNoLimitOnTheHyperbola() {
        assertNull(PRODUCT.flowLimit(0.3, -0.3));
    }

    @Test
    void gdTimeToReachInterpolatesTheCrossingAndReportsWhatItCannotReach() {
        ScalarFactorization f = new ScalarFactorization(Model.SUM, 1, 1);
        // β_k = 1 − (1 − 2η)^k from 0: with η = 0.1, β₁ = 0.2, β₂ = 0.36, β₃ = 0.488, β₄ = 0.5904
        assertEquals(0.1 * (3 + (0.5 - 0.488) / (0.5904 - 0.488)), f.gdTimeToReach(0.1, 0, 0, 0.5, 10).getAsDouble(),
                1e-12);
        assertTrue(f.gdTimeToReach(0.1, 0, 0, 2, 10).isEmpty());
        assertTrue(PRODUCT.gdTimeToReach(0.01, 0, 0, 0.5, 10).isEmpty(), "(0, 0) is a saddle: GD stays there");
        assertTrue(PRODUCT.gdTimeToReach(0.2, 40, -40, 0.5, 10).isEmpty(), "|w| passes 10⁶");
    }
}
