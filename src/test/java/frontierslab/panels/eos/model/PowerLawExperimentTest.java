package frontierslab.panels.eos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.PowerLawParams.Dimension;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PowerLawExperimentTest {

    private static PowerLawExperiment.PowerLawSnapshot runPreset(String name) {
        return new PowerLawExperiment(PowerLawExperiment.TYPE.preset(name).params()).snapshot();
    }

    private static PowerLawExperiment.PowerLawSnapshot run(PowerLawParams p) {
        return new PowerLawExperiment(p).snapshot();
    }

    /** Rows of demo1_reference.csv, printed by src/test/resources/reference/demo1_reference.py (numpy). */
    private static List<String[]> demo1Reference() throws IOException {
        var stream = PowerLawExperimentTest.class.getResourceAsStream("/reference/demo1_reference.csv");
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
    void lectureDemo1MatchesTheLecturesNumpyCodeRowByRow() throws IOException {
        Trace.View t = runPreset("lecture-demo-1").trace();
        List<String[]> reference = demo1Reference();
        assertEquals(List.of("step", "x", "y", "loss", "eta_lambda_max"), t.columns());
        assertEquals(501, t.rows());
        for (String[] row : reference) {
            int s = Integer.parseInt(row[0]);
            assertEquals(s, t.get(s, "step"));
            assertRelative(Double.parseDouble(row[1]), t.get(s, "x"), 1e-12, "x at " + s);
            assertRelative(Double.parseDouble(row[2]), t.get(s, "y"), 1e-12, "y at " + s);
            if (s < 500) {
                assertRelative(Double.parseDouble(row[3]), t.get(s, "loss"), 1e-12, "loss at " + s);
                assertRelative(Double.parseDouble(row[4]), t.get(s, "eta_lambda_max"), 1e-12, "η·λ_max at " + s);
            }
        }
        // the row after the last step, which the lecture's code computes but does not record
        double x = t.get(500, "x");
        double y = t.get(500, "y");
        assertRelative(Math.pow(x * x + y * y, 1.1), t.get(500, "loss"), 1e-12, "final loss");
        assertRelative(0.5 * 2.64 * Math.pow(Math.hypot(x, y), 0.2), t.get(500, "eta_lambda_max"), 1e-12, "final η·λ");
    }

    @Test
    void lectureDemo1SummaryAndStatusAreComputedFromTheRun() throws IOException {
        var s = runPreset("lecture-demo-1");
        List<String[]> reference = demo1Reference();
        double largest = Double.NEGATIVE_INFINITY;
        int stepOfLargest = -1;
        boolean monotone = true;
        for (int r = 0; r < 500; r++) {
            double v = Double.parseDouble(reference.get(r)[4]);
            if (v > largest) {
                largest = v;
                stepOfLargest = r;
            }
            if (r > 0 && Double.parseDouble(reference.get(r)[3]) > Double.parseDouble(reference.get(r - 1)[3])) {
                monotone = false;
            }
        }
        double last = Double.parseDouble(reference.get(499)[4]);
        PowerLawExperiment.RunMeasures summary = s.summary().run();
        assertEquals(Status.State.CONVERGED, s.status().state(), s.status().message());
        assertRelative(largest, summary.largestEtaLambdaMax(), 1e-12, "largest");
        assertEquals(stepOfLargest, summary.stepOfLargest());
        assertRelative(last, summary.lastEtaLambdaMax(), 1e-12, "last");
        assertEquals(499, summary.lastRecordedStep());
        assertEquals(monotone, summary.lossFellMonotonically());
        assertTrue(monotone);
        assertEquals(0, summary.stepsAbove2());
        assertNull(summary.firstStepAboveEdge());
        assertEquals(2.4, s.summary().edgeOfStability(), 1e-12);
        assertEquals("converged", summary.runOutcome());
        String m = s.status().message();
        assertTrue(m.contains("largest 1.625 (step 0)") && m.contains("last 0.01159 (step 499)")
                && m.contains("the loss fell on every step") && m.contains("never above the edge 2.400"), m);
    }

    /** One step of the map x ↦ x − ηq·sign(x)|x|^{q−1}, and f, ηf'' at every row, from the trace's own x_t. */
    @ParameterizedTest
    @CsvSource({"2.1, 1.0, 0.5", "2.1, 1.0, 1.0", "1.7, 1.0, 1.0", "3.0, 0.05, -2.5", "1.1, 0.01, 3", "2.0, 0.9, 1.3"})
    void oneDimensionalRowsFollowTheMapAndTheClosedForms(double q, double eta, double x0) {
        Trace.View t = run(PowerLawParams.oneD(q, eta, x0, 400)).trace();
        for (int r = 0; r < t.rows(); r++) {
            double x = t.get(r, "x");
            double a = Math.abs(x);
            assertRelative(Math.pow(a, q), t.get(r, "loss"), 1e-13, "f at " + r);
            assertRelative(eta * q * (q - 1) * Math.pow(a, q - 2), t.get(r, "eta_lambda_max"), 1e-13, "ηf'' at " + r);
            if (r + 1 < t.rows()) {
                double next = x - eta * q * Math.signum(x) * Math.pow(a, q - 1);
                assertEquals(next, t.get(r + 1, "x"), 1e-13 * Math.max(Math.abs(next), a), "x at " + (r + 1));
            }
        }
    }

    /** η·λ_max in 2-D against the largest eigenvalue (Hipparchus) of a central-difference Hessian of f. */
    @ParameterizedTest
    @CsvSource({"2.2, 0.5, 2, 2", "1.5, 0.2, 1, -0.5", "3.0, 0.01, -3, 1", "2.0, 0.3, 0.4, 0.7"})
    void twoDimensionalEtaLambdaMaxIsTheTopEigenvalueOfTheHessian(double q, double eta, double x0, double y0) {
        Trace.View t = run(PowerLawParams.twoD(q, eta, x0, y0, 30)).trace();
        for (int r = 0; r < t.rows(); r++) {
            double[] w = {t.get(r, "x"), t.get(r, "y")};
            double radius = Math.hypot(w[0], w[1]);
            if (radius < 1e-3) {
                continue;
            }
            double h = 1e-5 * radius;
            double[][] hessian = new double[2][2];
            for (int j = 0; j < 2; j++) {
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] gp = gradient(q, plus);
                double[] gm = gradient(q, minus);
                for (int i = 0; i < 2; i++) {
                    hessian[i][j] = (gp[i] - gm[i]) / (2 * h);
                }
            }
            double sym = 0.5 * (hessian[0][1] + hessian[1][0]);
            hessian[0][1] = sym;
            hessian[1][0] = sym;
            double top = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hessian)).getEigenvalues()[0];
            assertRelative(eta * top, t.get(r, "eta_lambda_max"), 1e-6, "η·λ_max at " + r);
            assertRelative(Math.pow(radius, q), t.get(r, "loss"), 1e-12, "loss at " + r);
        }
    }

    /** ∇(x² + y²)^{q/2} = q r^{q−2} w. */
    private static double[] gradient(double q, double[] w) {
        double scale = q * Math.pow(Math.hypot(w[0], w[1]), q - 2);
        return new double[] {scale * w[0], scale * w[1]};
    }

    @Test
    void example1SignFlipsPresetOvershootsAboveTwoYetConvergesBelowTheTrueEdge() {
        var s = runPreset("example-1-sign-flips");
        Trace.View t = s.trace();
        double first = t.get(0, "eta_lambda_max");
        assertTrue(first > 2 && first < 2.2, "η f'' = " + first);
        assertTrue(t.get(0, "x") * t.get(1, "x") < 0, "the first step flips the sign");
        assertTrue(Math.abs(t.get(1, "x")) < Math.abs(t.get(0, "x")), "and still shrinks |x|");
        assertEquals(Status.State.CONVERGED, s.status().state());
        int flips = 0;
        for (int r = 0; r + 1 < t.rows(); r++) {
            if (t.get(r, "x") * t.get(r + 1, "x") < 0) {
                flips++;
            }
        }
        assertEquals(flips, s.summary().run().signFlips());
        assertTrue(flips > 10);
        assertTrue((int) s.summary().run().stepsAbove2() > 0);
    }

    @Test
    void example1DivergesPresetDivergesAndSaysWhereAndWhy() {
        var s = runPreset("example-1-diverges");
        Trace.View t = s.trace();
        assertTrue(t.get(0, "eta_lambda_max") > 2.2);
        assertEquals(Status.State.DIVERGED, s.status().state());
        int step = (int) s.summary().run().divergenceStep();
        assertEquals(step, s.step());
        assertEquals(step + 1, t.rows(), "the escaped iterate is the last row");
        assertTrue(Math.abs(t.get(step, "x")) > Math.abs(t.get(0, "x")), "the first rise above the start stops it");
        assertTrue(s.status().message().contains("the loss grew"), s.status().message());
        for (int r = 0; r + 1 < t.rows(); r++) {
            assertTrue(Math.abs(t.get(r + 1, "x")) > Math.abs(t.get(r, "x")), "|x| grows on every step");
        }
        assertTrue(s.status().message().contains("at step " + step), s.status().message());
    }

    @Test
    void demo1FromFarOutDivergesBeyondTheEdge() {
        var s = runPreset("demo-1-from-far-out");
        // f = ‖w‖^{2.2}: λ_max = 2.2·1.2·‖w‖^{0.2}, at (15, 15) times η = 0.5
        double closedForm = 0.5 * 2.2 * 1.2 * Math.pow(15 * Math.sqrt(2), 0.2);
        assertEquals(closedForm, s.trace().get(0, "eta_lambda_max"), 1e-12);
        assertTrue(closedForm > 2.4);
        String description = frontierslab.panels.References.of(frontierslab.panels.eos.EosPanel.definition())
                .fill(PowerLawExperiment.TYPE.preset("demo-1-from-far-out").description());
        assertTrue(description.contains(String.format(java.util.Locale.ROOT, "η·λ_max = %.2f", closedForm)),
                description);
        assertEquals(Status.State.DIVERGED, s.status().state());
        assertEquals(0, s.summary().run().firstStepAboveEdge());
    }

    @Test
    void periodTwoPresetSettlesOnTheClosedFormOrbitWhereEtaCurvatureIsTwoQMinusOne() {
        PowerLawParams p = PowerLawExperiment.TYPE.preset("period-two-orbit").params();
        var s = run(p);
        Trace.View t = s.trace();
        double q = p.q();
        double amplitude = Math.pow(2 / (p.eta() * q), 1 / (q - 2));
        double last = t.get(t.rows() - 1, "x");
        assertEquals(amplitude, Math.abs(last), 1e-9);
        assertEquals(-last, t.get(t.rows() - 2, "x"), 1e-9);
        assertEquals(2 * (q - 1), t.get(t.rows() - 1, "eta_lambda_max"), 1e-9);
        assertEquals(amplitude, (double) s.summary().periodTwoAmplitudeClosedForm(), 1e-12);
        assertEquals(amplitude, (double) s.summary().run().periodTwoAmplitude(), 1e-9);
        assertEquals("period-two", s.summary().run().runOutcome());
        assertTrue(2 * (q - 1) < 2, "the orbit sits below the lecture's 2");
        assertEquals(Status.State.FINISHED, s.status().state());
        assertTrue(s.status().message().contains("period-2 orbit x ↦ −x"), s.status().message());
    }

    @Test
    void landingExactlyOnTheMinimumForQBelowTwoEndsTheRunWithoutAnInfiniteCurvature() {
        // 1-D: x₁ = 2.25 − 1.5·√2.25 = 0 exactly; 2-D: r₀ = 2.25 likewise
        for (PowerLawParams p : List.of(PowerLawParams.oneD(1.5, 1.0, 2.25, 50),
                PowerLawParams.twoD(1.5, 1.0, 1.8, 1.35, 50))) {
            var s = run(p);
            assertEquals(Status.State.CONVERGED, s.status().state(), s.status().message());
            assertTrue(s.status().message().contains("landed exactly on the minimum 0 at step 1"));
            assertEquals(1, s.trace().rows());
            assertEquals(1, s.summary().landedExactlyOnMinimumAtStep());
            assertFinite(s);
        }
    }

    @Test
    void aStartAtTheMinimumIsRefusedOnlyWhereTheCurvatureThereIsInfinite() {
        assertThrows(IllegalArgumentException.class, () -> PowerLawParams.oneD(1.5, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> PowerLawParams.twoD(1.9, 1, 0, 0, 10));
        var atMinimum = run(PowerLawParams.oneD(2.5, 1, 0, 10));
        assertEquals(0.0, atMinimum.trace().get(10, "x"));
        assertFinite(atMinimum);
    }

    @Test
    void steppingShowsTheSameSummaryAsARunCutAtThatStep() {
        PowerLawParams p = PowerLawExperiment.TYPE.preset("example-1-sign-flips").params();
        PowerLawExperiment e = new PowerLawExperiment(p);
        e.reset();
        for (int i = 0; i < 7; i++) {
            e.step();
        }
        var stepped = e.snapshot();
        var cut = run(new PowerLawParams(p.dimension(), p.view(), p.q(), p.eta(), p.x0(), p.y0(), 7));
        assertEquals(Status.State.RUNNING, stepped.status().state());
        assertEquals(8, stepped.trace().rows());
        for (String key : List.of("largest_eta_lambda_max", "last_eta_lambda_max", "sign_flips", "steps_above_2",
                "final_distance_to_minimum", "loss_fell_monotonically")) {
            assertEquals(SummaryJson.of(cut.summary()).get(key), SummaryJson.of(stepped.summary()).get(key), key);
        }
    }

    @Test
    void aParameterChangeRecomputesToTheStepTheUserHadReached() {
        PowerLawExperiment e = new PowerLawExperiment(PowerLawParams.SPACE.defaults());
        e.reset();
        e.step();
        e.step();
        e.setParams(PowerLawParams.SPACE.with(e.params(), "eta", 0.5));
        var s = e.snapshot();
        assertEquals(2, s.step());
        double x1 = 0.5 - 0.5 * 2.1 * Math.pow(0.5, 1.1);
        assertEquals(x1, s.trace().get(1, "x"), 1e-15);
    }

    @Test
    void runsAreIdenticalBitForBit() {
        PowerLawParams p = PowerLawParams.twoD(2.37, 0.31, 1.7, -2.9, 700);
        Trace.View a = run(p).trace();
        Trace.View b = run(p).trace();
        assertEquals(a.rows(), b.rows());
        for (int c = 0; c < a.columns().size(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                assertEquals(Double.doubleToRawLongBits(a.get(r, c)), Double.doubleToRawLongBits(b.get(r, c)));
            }
        }
    }

    /** Found by a property: q = 2 with η = 1 maps x to −x, a period-2 orbit with no closed form of its own. */
    @Test
    void onTheQuadraticWithEtaLambdaTwoEveryStartIsAPeriodTwoOrbitAndTheStatusSaysSo() {
        PowerLawExperiment e = new PowerLawExperiment(PowerLawParams.oneD(2.0, 1.0, 0.01, 2));
        String message = e.snapshot().status().message();
        assertTrue(message.contains("every start is on such an orbit"), message);
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 300)
    void noParameterInRangeMakesTheRunEmitANonFiniteNumber(
            @ForAll Dimension dimension,
            @ForAll @DoubleRange(min = 1.1, max = 3) @Scale(4) double q,
            @ForAll @DoubleRange(min = 0.001, max = 10) @Scale(6) double eta,
            @ForAll @DoubleRange(min = -20, max = 20) @Scale(4) double x0,
            @ForAll @DoubleRange(min = -20, max = 20) @Scale(4) double y0,
            @ForAll @IntRange(min = 1, max = 5000) int steps) {
        Assume.that(!(q < 2 && x0 == 0 && (dimension == Dimension.ONE_D || y0 == 0)));
        PowerLawExperiment e = new PowerLawExperiment(new PowerLawParams(dimension, PowerLawParams.View.LANDSCAPE, q, eta, x0, y0, steps));
        assertFinite(e.snapshot());
        e.reset();
        e.step();
        assertFinite(e.snapshot());
    }

    static void assertFinite(Snapshot s) {
        Trace.View t = s.trace();
        assertFalse(t.isEmpty());
        for (int c = 0; c < t.columns().size(); c++) {
            for (int r = 0; r < t.rows(); r++) {
                assertTrue(Double.isFinite(t.get(r, c)), t.columns().get(c) + " at row " + r);
            }
        }
        for (var entry : SummaryJson.of(s.summary()).entrySet()) {
            if (entry.getValue() instanceof Number n) {
                assertTrue(Double.isFinite(n.doubleValue()), entry.getKey());
            }
        }
        assertFalse(s.status().message().contains("NaN") || s.status().message().contains("Infinity"),
                s.status().message());
    }
}
