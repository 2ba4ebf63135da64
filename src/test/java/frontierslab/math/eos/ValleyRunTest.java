package frontierslab.math.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.eos.ValleyRun.Outcome;
import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ProductValley.Loss;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ValleyRunTest {

    private static Valley product(Loss loss) {
        return Valley.of(new ProductValley(1.0, loss));
    }

    @Test
    void balanceObeysTheExactRecursionDTimesOneMinusEtaSquaredSlopeSquared() {
        double[][] configurations = {{2.5, 0.3, 0.5}, {5.5, 0.3, 0.2}, {0.4, 2.0, 0.9}, {-1.7, 0.2, 0.3}};
        for (Loss loss : Loss.values()) {
            for (double[] c : configurations) {
                double eta = c[2];
                ValleyRun.Result run = ValleyRun.run(product(loss), new double[] {c[0], c[1]}, eta, 300);
                double[] d = run.balance();
                double[] r = run.residual();
                int checked = 0;
                for (int t = 0; t < run.stepsTaken(); t++) {
                    double slope = loss.derivative(r[t]);
                    double predicted = d[t] * (1 - eta * eta * slope * slope);
                    // D = w₁² − w₂² is computed by cancellation: its rounding error is ε·(w₁² + w₂²).
                    double scale = run.w1()[t + 1] * run.w1()[t + 1] + run.w2()[t + 1] * run.w2()[t + 1];
                    if (Math.abs(d[t + 1]) < 1e-3 * scale) {
                        continue;
                    }
                    assertEquals(predicted, d[t + 1], 1e-12 * Math.abs(d[t + 1]), loss + " step " + t);
                    checked++;
                }
                assertTrue(checked >= Math.min(5, run.stepsTaken()), loss + " checked " + checked);
            }
        }
    }

    @Test
    void gradientFlowConservesTheBalanceAndGradientDescentChangesItAtOrderEtaSquaredPerStep() {
        for (Loss loss : Loss.values()) {
            ProductValley f = new ProductValley(1.0, loss);
            double[] start = {2.5, 0.3};
            double d0 = f.balance(start);
            double[] flowed = ValleyTest.gradientFlow(f, start, 2.0);
            assertEquals(d0, f.balance(flowed), 1e-9 * d0, loss + " flow");
            double coarse = d0 - balanceAfterTime(f, start, 0.02, 2.0);
            double fine = d0 - balanceAfterTime(f, start, 0.01, 2.0);
            assertTrue(coarse > 0 && fine > 0);
            assertEquals(2.0, coarse / fine, 0.1, loss + ": halving η halves the drift of D over a fixed time");
        }
    }

    private static double balanceAfterTime(ProductValley f, double[] start, double eta, double time) {
        ValleyRun.Result run = ValleyRun.run(Valley.of(f), start, eta, (int) Math.round(time / eta));
        return run.balance()[run.stepsTaken()];
    }

    @Test
    void logCoshFromAnUnbalancedStartOscillatesAcrossTheValleyAndDriftsToAMinimumJustBelowTwoOverEta() {
        ValleyRun.Result run = ValleyRun.run(product(Loss.LOG_COSH), new double[] {5.5, 0.3}, 0.2, 3000);
        ValleyRun.Summary summary = run.summary();
        assertTrue(summary.startSharpness() > summary.twoOverEta());
        assertTrue(summary.startFlowLimitSharpness() > 3 * summary.twoOverEta());
        assertEquals(Outcome.CONVERGED, summary.outcome());
        assertTrue(summary.finalSharpness() < summary.twoOverEta());
        assertTrue(summary.finalSharpnessOverEdge() > 0.95, "measured 0.971: " + summary.finalSharpnessOverEdge());
        assertTrue(summary.residualSignChanges() > 100, "crossings " + summary.residualSignChanges());
        double[] flowSharpness = run.flowLimitSharpness();
        for (int t = 1; t < flowSharpness.length; t++) {
            assertTrue(flowSharpness[t] <= flowSharpness[t - 1] * (1 + 1e-14), "|D| never grows, step " + t);
        }
        double[] end = run.iterate(run.stepsTaken());
        assertEquals(summary.finalSharpness(), end[0] * end[0] + end[1] * end[1], 1e-9);
    }

    @Test
    void theSquareLossDivergesFromTheSameConfigurationAndSaysWhereAndWhy() {
        ValleyRun.Result run = ValleyRun.run(product(Loss.SQUARE), new double[] {5.5, 0.3}, 0.2, 3000);
        ValleyRun.Summary summary = run.summary();
        assertEquals(Outcome.DIVERGED, summary.outcome());
        Divergence divergence = summary.divergence().orElseThrow();
        assertEquals(run.stepsTaken(), divergence.step());
        assertTrue(divergence.step() < 20, divergence.explanation());
        assertTrue(divergence.explanation().contains("2/η"), divergence.explanation());
        for (double x : run.loss()) {
            assertTrue(Double.isFinite(x));
        }
    }

    @Test
    void overAWideRangeOfEtaLogCoshSettlesJustBelowTwoOverEtaWhileTheSquareLossDiverges() {
        double[] start = {5.5, 0.3};
        for (double eta = 0.15; eta < 0.96; eta += 0.05) {
            ValleyRun.Summary logCosh = ValleyRun.run(product(Loss.LOG_COSH), start, eta, 4000).summary();
            ValleyRun.Summary square = ValleyRun.run(product(Loss.SQUARE), start, eta, 4000).summary();
            String at = "η=" + eta;
            assertEquals(Outcome.CONVERGED, logCosh.outcome(), at);
            assertTrue(logCosh.finalSharpnessOverEdge() > 0.85 && logCosh.finalSharpnessOverEdge() < 1,
                    at + " ratio " + logCosh.finalSharpnessOverEdge());
            assertEquals(Outcome.DIVERGED, square.outcome(), at);
        }
    }

    @Test
    void atModerateEtaTheSquareLossIsCatapultedToTheBalancedMinimumOfTheOtherBranch() {
        ValleyRun.Result run = ValleyRun.run(product(Loss.SQUARE), new double[] {2.5, 0.3}, 0.5, 200);
        assertEquals(Outcome.CONVERGED, run.summary().outcome());
        double[] end = run.iterate(run.stepsTaken());
        assertTrue(end[0] < 0 && end[1] < 0, "ends in quadrant III");
        assertEquals(2.0, run.summary().finalSharpness(), 1e-4);
    }

    @Test
    void onTheEllipseGradientDescentDriftsToTheMinimaWhoseSharpnessIsJustBelowTwoOverEta() {
        Valley ellipse = Valley.of(new EllipseValley(0.25));
        ValleyRun.Summary summary = ValleyRun.run(ellipse, new double[] {0.05, 1.2}, 0.3, 3000).summary();
        assertTrue(summary.startFlowLimitSharpness() > summary.twoOverEta());
        assertEquals(Outcome.CONVERGED, summary.outcome());
        assertTrue(summary.finalSharpnessOverEdge() > 0.98 && summary.finalSharpnessOverEdge() < 1,
                "measured 0.990: " + summary.finalSharpnessOverEdge());
        assertTrue(summary.residualSignChanges() > 500, "crossings " + summary.residualSignChanges());
    }

    @Test
    void whenNoMinimumIsFlatEnoughTheRunKeepsOscillatingAcrossTheValley() {
        // a = 0.5: the flattest minima have sharpness 8a = 4 = 2/η.
        Valley ellipse = Valley.of(new EllipseValley(0.5));
        ValleyRun.Summary summary = ValleyRun.run(ellipse, new double[] {1.0, 0.5}, 0.5, 5000).summary();
        assertEquals(Outcome.OSCILLATING, summary.outcome());
        assertEquals(1.0, summary.finalSharpnessOverEdge(), 0.05);
    }

    @Property(tries = 150)
    void noRunEmitsANonFiniteNumber(@ForAll @DoubleRange(min = -6, max = 6) double x,
                                    @ForAll @DoubleRange(min = -6, max = 6) double y,
                                    @ForAll @DoubleRange(min = 0.01, max = 2) double eta,
                                    @ForAll Loss loss, @ForAll boolean ellipse) {
        Valley valley = ellipse ? Valley.of(new EllipseValley(0.3)) : Valley.of(new ProductValley(1.0, loss));
        ValleyRun.Result run = ValleyRun.run(valley, new double[] {x, y}, eta, 400);
        for (double[] series : new double[][] {run.w1(), run.w2(), run.loss(), run.balance(), run.sharpness(),
            run.residual(), run.flowLimitSharpness()}) {
            for (double v : series) {
                assertTrue(Double.isFinite(v));
            }
        }
        ValleyRun.Summary s = run.summary();
        assertTrue(Double.isFinite(s.finalSharpness()) && Double.isFinite(s.finalFlowLimitSharpness()));
    }
}
