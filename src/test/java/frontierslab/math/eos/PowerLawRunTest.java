package frontierslab.math.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.eos.PowerLawRun.Outcome;
import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.math.landscape.RadialPowerLaw;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerLawRunTest {

    /** Rows of demo1_reference.csv, printed by src/test/resources/reference/demo1_reference.py (numpy 2.4.6). */
    private static List<String[]> demo1Reference() throws IOException {
        var stream = PowerLawRunTest.class.getResourceAsStream("/reference/demo1_reference.csv");
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    @Test
    void demo1MatchesTheLecturesPythonToOnePartInATrillion() throws IOException {
        List<String[]> rows = demo1Reference();
        PowerLawRun.Result run = PowerLawRun.demo1();
        assertEquals(501, rows.size());
        assertEquals(500, run.stepsTaken());
        double[] losses = run.losses();
        double[] etaLambda = run.etaLambdaMax();
        for (String[] row : rows) {
            int t = Integer.parseInt(row[0]);
            double[] w = run.iterate(t);
            assertRelative(Double.parseDouble(row[1]), w[0], 1e-12, "x0 at " + t);
            assertRelative(Double.parseDouble(row[2]), w[1], 1e-12, "x1 at " + t);
            if (t < 500) {
                assertRelative(Double.parseDouble(row[3]), losses[t], 1e-12, "loss at " + t);
                assertRelative(Double.parseDouble(row[4]), etaLambda[t], 1e-12, "η·λ_max at " + t);
            }
        }
    }

    @Test
    void demo1ShowsNoEdgeOfStabilityEtaLambdaFallsFromOnePointSixAndTheLossFallsOnEveryStep() {
        PowerLawRun.Summary summary = PowerLawRun.demo1().summary();
        double startEtaLambda = 0.5 * 2.64 * Math.pow(2 * Math.sqrt(2), 0.2);
        assertEquals(startEtaLambda, summary.largestEtaLambdaMax(), 1e-12);
        assertEquals(1.6251106256152896, summary.largestEtaLambdaMax(), 1e-12);
        assertEquals(0, summary.stepOfLargest());
        assertTrue(summary.lastEtaLambdaMax() < 0.012, "last η·λ_max " + summary.lastEtaLambdaMax());
        assertTrue(summary.lossNeverRose());
        assertEquals(-1, summary.firstStepWhereLossRose());
        assertEquals(-1, summary.firstStepAboveEdge());
        assertEquals(Outcome.CONVERGED, summary.outcome());
        assertTrue(summary.divergence().isEmpty());
        // A step overshoots the minimum while η·λ_max > q − 1 = 1.2 (multiplier 1 − η·λ_max/1.2 < 0): steps 0 and 1.
        assertEquals(2, summary.signFlips());
    }

    @Test
    void demo1FromFarEnoughOutDivergesAtTheRadiusWhereEtaLambdaMaxPassesTwoPointFour() {
        RadialPowerLaw f = RadialPowerLaw.lectureDemo();
        double eta = 0.5;
        double criticalRadius = Math.pow(2 / (eta * 2.2), 5);
        assertEquals(2.4, eta * 2.64 * Math.pow(criticalRadius, 0.2), 1e-12);
        double inside = 0.99 * criticalRadius / Math.sqrt(2);
        double outside = 1.01 * criticalRadius / Math.sqrt(2);
        PowerLawRun.Summary converging = PowerLawRun.radial(f, new double[] {inside, inside}, eta, 2000).summary();
        assertTrue(converging.divergence().isEmpty());
        assertTrue(converging.lossNeverRose());
        PowerLawRun.Summary diverging = PowerLawRun.radial(f, new double[] {outside, outside}, eta, 2000).summary();
        assertEquals(Outcome.DIVERGED, diverging.outcome());
        Divergence divergence = diverging.divergence().orElseThrow();
        assertEquals(1, divergence.step(), "outside the critical radius the first step raises the loss, and for q > 2 "
                + "a rise never stops: " + divergence.explanation());
        assertEquals(Divergence.Reason.GREW, divergence.reason());
        assertEquals(0, diverging.firstStepAboveEdge());
        assertFalse(diverging.lossNeverRose());
    }

    @Test
    void divergedRunKeepsOnlyFiniteIteratesAndSaysWhere() {
        PowerLawRun.Result run = PowerLawRun.radial(RadialPowerLaw.lectureDemo(), new double[] {30, 30}, 0.5, 5000);
        Divergence divergence = run.summary().divergence().orElseThrow();
        assertEquals(run.stepsTaken(), divergence.step());
        for (double[] w : run.iterates()) {
            assertTrue(Double.isFinite(w[0]) && Double.isFinite(w[1]));
        }
        for (double x : run.etaLambdaMax()) {
            assertTrue(Double.isFinite(x));
        }
        assertTrue(Double.isFinite(run.finalLoss()));
        assertTrue(divergence.explanation().contains("step " + divergence.step()), divergence.explanation());
    }

    @Test
    void example1AboveTwoQMinusOneTheIterateDivergesInsteadOfBeingKickedBack() {
        PowerLaw1D f = PowerLaw1D.lectureExample();
        double eta = 1.0;
        double start = f.whereEtaCurvatureEquals(eta, 2.3).orElseThrow();
        PowerLawRun.Result run = PowerLawRun.oneDimensional(f, start, eta, 10_000);
        PowerLawRun.Summary summary = run.summary();
        assertEquals(2.3, run.etaLambdaMax()[0], 1e-12);
        assertEquals(2.2, summary.edgeOfStability(), 1e-15);
        assertEquals(0, summary.firstStepAboveEdge());
        assertEquals(Outcome.DIVERGED, summary.outcome());
        assertTrue(summary.signFlips() >= run.stepsTaken() - 1, "every step flips the sign while |x| grows");
        double[][] x = run.iterates();
        for (int t = 0; t + 1 < x.length; t++) {
            assertTrue(Math.abs(x[t + 1][0]) > Math.abs(x[t][0]), "|x| grows at step " + t);
        }
    }

    @Test
    void example1BetweenTwoAndTwoQMinusOneTheIterateFlipsSignButConverges() {
        PowerLaw1D f = PowerLaw1D.lectureExample();
        double eta = 1.0;
        double start = f.whereEtaCurvatureEquals(eta, 2.15).orElseThrow();
        PowerLawRun.Summary summary = PowerLawRun.oneDimensional(f, start, eta, 2000).summary();
        assertEquals(2.15, summary.largestEtaLambdaMax(), 1e-12);
        assertTrue(summary.signFlips() > 10, "flips " + summary.signFlips());
        assertTrue(summary.lossNeverRose());
        assertEquals(Outcome.CONVERGED, summary.outcome());
    }

    @Test
    void forQAboveTwoTheEdgeTwoQMinusOneSeparatesConvergenceFromDivergence() {
        for (double q : new double[] {2.1, 2.5, 3.0}) {
            PowerLaw1D f = new PowerLaw1D(q);
            for (double eta : new double[] {0.05, 0.5}) {
                double edgeStart = f.periodTwoAmplitude(eta).orElseThrow();
                assertEquals(2 * (q - 1), eta * f.secondDerivative(edgeStart), 1e-12);
                PowerLawRun.Summary below = PowerLawRun.oneDimensional(f, 0.97 * edgeStart, eta, 3000).summary();
                PowerLawRun.Summary above = PowerLawRun.oneDimensional(f, 1.03 * edgeStart, eta, 3000).summary();
                assertTrue(below.divergence().isEmpty(), "q=" + q + " η=" + eta);
                assertTrue(below.outcome() == Outcome.CONVERGED || below.outcome() == Outcome.STILL_DESCENDING,
                        "q=" + q + " η=" + eta + " " + below.outcome());
                assertTrue(below.largestEtaLambdaMax() < 2 * (q - 1));
                assertEquals(Outcome.DIVERGED, above.outcome(), "q=" + q + " η=" + eta);
            }
        }
    }

    @Test
    void forQBelowTwoRunsSettleOnTheStablePeriodTwoOrbitWhereEtaCurvatureIsTwoQMinusOne() {
        for (double q : new double[] {1.1, 1.3, 1.5, 1.8}) {
            PowerLaw1D f = new PowerLaw1D(q);
            double eta = 0.1;
            double orbit = Math.pow(2 / (eta * q), 1 / (q - 2));
            for (double start : new double[] {0.3 * orbit, 3 * orbit, 1.0, -2.0}) {
                PowerLawRun.Result run = PowerLawRun.oneDimensional(f, start, eta, 3000);
                PowerLawRun.Summary summary = run.summary();
                assertEquals(Outcome.PERIOD_TWO, summary.outcome(), "q=" + q + " x0=" + start);
                assertEquals(orbit, summary.periodTwoAmplitude().orElseThrow(), 1e-9 * orbit, "q=" + q);
                double[] etaLambda = run.etaLambdaMax();
                assertEquals(2 * (q - 1), etaLambda[etaLambda.length - 1], 1e-8, "q=" + q + " x0=" + start);
            }
        }
    }

    @Test
    void radialPowerBelowOneAlsoEndsOnAPeriodTwoOrbitInThePlane() {
        RadialPowerLaw f = new RadialPowerLaw(0.75);
        double eta = 0.2;
        double orbit = Math.pow(2 / (eta * 1.5), 1 / (1.5 - 2));
        PowerLawRun.Summary summary = PowerLawRun.radial(f, new double[] {0.6, -0.8}, eta, 3000).summary();
        assertEquals(Outcome.PERIOD_TWO, summary.outcome());
        assertEquals(orbit, summary.periodTwoAmplitude().orElseThrow(), 1e-9 * orbit);
        assertEquals(2.0, summary.edgeOfStability(), 0);
    }

    @Test
    void onTheQuadraticTheEdgeIsTheClassicalEtaLambdaTwo() {
        PowerLaw1D f = new PowerLaw1D(2.0);
        // f = x², f'' = 2: η·f'' < 2 iff η < 1.
        assertEquals(Outcome.CONVERGED, PowerLawRun.oneDimensional(f, 1.0, 0.99, 2000).summary().outcome());
        assertEquals(Outcome.DIVERGED, PowerLawRun.oneDimensional(f, 1.0, 1.01, 2000).summary().outcome());
    }
}
