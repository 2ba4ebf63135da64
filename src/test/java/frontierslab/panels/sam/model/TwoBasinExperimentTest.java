package frontierslab.panels.sam.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.GradientDescent;
import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.panels.sam.model.TwoBasinExperiment.UpdateParts;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class TwoBasinExperimentTest {

    private static final TwoBasinSurface F = TwoBasinSurface.LECTURE;
    private static final TwoBasinParams LECTURE = TwoBasinExperiment.TYPE.preset("lecture-demo-2").params();

    private static TwoBasinSnapshot run(TwoBasinParams p) {
        return (TwoBasinSnapshot) new TwoBasinExperiment(p).snapshot();
    }

    private static TwoBasinSnapshot preset(String name) {
        return run(TwoBasinExperiment.TYPE.preset(name).params());
    }

    private static double[] hipparchusEigenvalues(double[][] h) {
        double[] e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues().clone();
        java.util.Arrays.sort(e);
        return e;
    }

    @Test
    void theSharpMinimumIsTheGlobalOneWithEigenvaluesFiftyAndTheFlatOneLocalWithTwo() {
        TwoBasinMinima.Basin a = TwoBasinMinima.SHARP;
        TwoBasinMinima.Basin b = TwoBasinMinima.FLAT;
        assertEquals("A", a.letter());
        assertEquals("sharp", a.sharpness());
        assertTrue(a.global());
        assertEquals("flat", b.sharpness());
        assertFalse(b.global());
        // the surface's own closed-form 2×2 eigenvalues and Newton positions
        assertEquals(F.sharpMinimum().largerCurvature(), a.largerCurvature(), 1e-9);
        assertEquals(F.sharpMinimum().smallerCurvature(), a.smallerCurvature(), 1e-9);
        assertEquals(F.flatMinimum().largerCurvature(), b.largerCurvature(), 1e-12);
        assertEquals(2 * 5 * 5, a.largerCurvature(), 1e-5);
        assertEquals(2 * 5 * 5, a.smallerCurvature(), 1e-5);
        assertEquals(2 * 0.5 * 2, b.largerCurvature(), 1e-12);
        assertEquals(2 * 0.5 * 2, b.smallerCurvature(), 1e-12);
        assertEquals(-5 - 2 * Math.exp(-16), a.loss(), 1e-12);
        assertEquals(-2, b.loss(), 1e-15);
        assertEquals("A: sharp, global min, L = −5.00, λ = 50.0, 50.0", a.label());
        assertEquals("B: flat, local min, L = −2.00, λ = 2.00, 2.00", b.label());
    }

    @Test
    void noPointOfTheSurfaceIsLowerThanTheSharpMinimum() {
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 600; i++) {
            for (int j = 0; j <= 600; j++) {
                lowest = Math.min(lowest, TwoBasinSurface.value(-6 + 0.02 * i, -6 + 0.02 * j));
            }
        }
        assertTrue(lowest >= TwoBasinMinima.SHARP.loss(), "grid minimum " + lowest);
        assertEquals(TwoBasinMinima.SHARP.loss(), lowest, 1e-6);
    }

    @Test
    void closedFormSharpnessAgreesWithHipparchus() {
        for (double x = -4; x <= 4; x += 0.37) {
            for (double y = -4; y <= 4; y += 0.41) {
                double[] e = hipparchusEigenvalues(F.hessian(new double[] {x, y}));
                assertEquals(e[1], TwoBasinMinima.sharpness(x, y), 1e-12 * Math.max(1, Math.abs(e[1])));
            }
        }
    }

    @Test
    void gradientDescentColumnsRepeatAnIndependentGradientDescentBitForBit() {
        TwoBasinParams p = new TwoBasinParams(0.13, 0.4, -1.2, -1.9, 300, GradientSource.EXACT);
        Trace.View t = run(p).trace();
        double[] w = {p.x1(), p.x2()};
        GradientDescent gd = new GradientDescent(p.eta());
        for (int s = 0; s < t.rows(); s++) {
            assertEquals(s, t.get(s, "step"));
            assertEquals(w[0], t.get(s, "gd_x1"), 0.0, "step " + s);
            assertEquals(w[1], t.get(s, "gd_x2"), 0.0, "step " + s);
            assertEquals(F.value(w), t.get(s, "gd_loss"), 0.0);
            gd.step(F, w);
        }
    }

    /** Each recorded SAM step is one SAM update of the row before, written out here from the lecture's formulas. */
    @Test
    void eachSamRowIsOneSamUpdateOfTheRowBefore() {
        for (TwoBasinParams p : List.of(LECTURE, new TwoBasinParams(0.37, 1.1, 0.5, -2.5, 200, GradientSource.EXACT))) {
            Trace.View t = run(p).trace();
            for (int s = 0; s + 1 < t.rows(); s++) {
                double[] w = {t.get(s, "sam_x1"), t.get(s, "sam_x2")};
                double[] g = F.gradient(w);
                double norm = Math.sqrt(g[0] * g[0] + g[1] * g[1]);
                double[] perturbed = {w[0] + p.rho() * g[0] / norm, w[1] + p.rho() * g[1] / norm};
                double[] gp = F.gradient(perturbed);
                assertEquals(w[0] - p.eta() * gp[0], t.get(s + 1, "sam_x1"), 1e-13, "step " + s);
                assertEquals(w[1] - p.eta() * gp[1], t.get(s + 1, "sam_x2"), 1e-13, "step " + s);
            }
        }
    }

    @Test
    void distancesLossesAndSharpnessesAreThoseOfTheRecordedPoints() {
        Trace.View t = run(LECTURE.withTwin(1e-9)).trace();
        for (int s = 0; s < t.rows(); s++) {
            for (String m : List.of("gd", "sam")) {
                double x = t.get(s, m + "_x1");
                double y = t.get(s, m + "_x2");
                assertEquals(F.value(new double[] {x, y}), t.get(s, m + "_loss"), 0.0);
                assertEquals(Math.hypot(x - F.sharpMinimum().x(), y - F.sharpMinimum().y()),
                        t.get(s, m + "_distance_sharp"), 1e-15);
                assertEquals(Math.hypot(x - 2, y - 2), t.get(s, m + "_distance_flat"), 1e-15);
                double[] e = hipparchusEigenvalues(F.hessian(new double[] {x, y}));
                assertEquals(e[1], t.get(s, m + "_sharpness"), 1e-12 * Math.max(1, e[1]));
            }
            assertEquals(Math.hypot(t.get(s, "twin_sam_x1") - t.get(s, "sam_x1"),
                    t.get(s, "twin_sam_x2") - t.get(s, "sam_x2")), t.get(s, "twin_sam_gap"), 0.0);
            assertEquals(F.value(new double[] {t.get(s, "twin_sam_x1"), t.get(s, "twin_sam_x2")}),
                    t.get(s, "twin_sam_loss"), 0.0);
        }
        assertEquals(1e-9, t.get(0, "twin_gd_gap"), Math.ulp(1.5));
    }

    /** The lecture's code, run by src/test/resources/reference/lecture_demo2_paths.py with exp correctly rounded. */
    @Test
    void theAsCodedPresetEndsWhereTheLecturesCodeWithCorrectlyRoundedExpEnds() {
        TwoBasinSnapshot s = preset("lecture-demo-2-as-coded");
        Trace.View t = s.trace();
        assertEquals(-1.539005478563725, t.get(100, "gd_x1"), 0.0);
        assertEquals(-1.8533695114813815, t.get(100, "sam_x1"), 0.0);
        assertEquals(-1.7052088391268914, t.get(1, "gd_x1"), 0.0);
        assertEquals(-1.5028934703785732, t.get(1, "sam_x1"), 0.0);
        assertTrue(s.status().message().contains("numpy"), s.status().message());
    }

    @Test
    void lecturePresetNeitherMethodLeavesTheSharpWellAndGradientDescentCyclesWithPeriodEight() {
        TwoBasinSnapshot s = preset("lecture-demo-2");
        assertEquals(Outcome.SHARP_BASIN, s.gd().outcome());
        assertEquals(Outcome.SHARP_BASIN, s.sam().outcome());
        assertEquals(Settling.Kind.CYCLE, s.gd().settling().kind());
        assertEquals(8, s.gd().settling().period());
        assertEquals(Settling.Kind.MOVING, s.sam().settling().kind());
        Trace.View t = s.trace();
        for (int r = 0; r < t.rows(); r++) {
            for (String m : List.of("gd", "sam")) {
                assertEquals(Outcome.SHARP_BASIN, PhaseMap.classify(t.get(r, m + "_x1"), t.get(r, m + "_x2")),
                        m + " left the well at step " + r);
            }
        }
        String message = s.status().message();
        assertTrue(message.contains("GD in the sharp well A, cycling with period 8"), message);
        assertTrue(message.contains("SAM in the sharp well A, not settled"), message);
        assertEquals(5.0, s.etaLambdaSharp(), 1e-6);
    }

    @Test
    void twinRunsShowThatSamIsChaoticHereAndGradientDescentIsNot() {
        TwoBasinSnapshot s = preset("twin-runs");
        assertTrue((double) s.summary().twinGdGap() < 1e-9);
        assertTrue((double) s.summary().twinSamGap() > 0.1);
        assertTrue(s.status().message().contains("twins started 1.0×10⁻¹² away"), s.status().message());
        Trace.View t = s.trace();
        assertTrue(t.get(20, "twin_sam_gap") < 1e-10, "still close at step 20");
    }

    @Test
    void largerStepSizesThrowGradientDescentOutOfTheSharpWell() {
        TwoBasinSnapshot out = preset("gd-thrown-out");
        assertEquals(12.5, out.etaLambdaSharp(), 1e-6);
        assertEquals(Outcome.ELSEWHERE, out.gd().outcome());
        assertTrue(out.gd().settling().lastStep() < 1e-6, "creeps: " + out.gd().settling().lastStep());
        assertTrue(out.gd().loss() > -1e-6);
        assertTrue(out.trace().get(10, "gd_distance_sharp") > 1.5, "thrown out within ten steps");

        TwoBasinSnapshot flat = preset("gd-lands-in-flat");
        assertEquals(Outcome.FLAT_BASIN, flat.gd().outcome());
        assertEquals(TwoBasinMinima.FLAT, flat.gd().convergedTo());
        assertEquals(0.74, flat.params().eta() * TwoBasinMinima.FLAT.largerCurvature(), 1e-9);
        assertTrue(flat.status().message().contains("GD in the flat well B, converged to B"),
                flat.status().message());
    }

    @Test
    void withALargeRadiusSamClimbsOutOfTheSharpWellUphill() {
        TwoBasinSnapshot s = preset("sam-large-rho");
        assertEquals(Outcome.SHARP_BASIN, s.gd().outcome());
        assertEquals(Settling.Kind.CYCLE, s.gd().settling().kind());
        assertEquals(Outcome.ELSEWHERE, s.sam().outcome());
        Trace.View t = s.trace();
        for (int r = 1; r < t.rows(); r++) {
            assertTrue(t.get(r, "sam_loss") > t.get(r - 1, "sam_loss"), "uphill at step " + r);
            assertTrue(t.get(r, "sam_distance_sharp") > t.get(r - 1, "sam_distance_sharp"), "away from A at " + r);
        }
    }

    @Test
    void theUpdateDrawnIsTheNextSamUpdateTakenApart() {
        TwoBasinExperiment e = new TwoBasinExperiment(LECTURE);
        Trace.View full = e.snapshot().trace();
        e.reset();
        for (int step = 0; step < 30; step++) {
            TwoBasinSnapshot s = (TwoBasinSnapshot) e.snapshot();
            assertEquals(step, s.step());
            UpdateParts parts = s.next();
            double[] w = parts.update().w();
            assertEquals(full.get(step, "sam_x1"), w[0], 0.0);
            assertArrayEquals(new double[] {full.get(step + 1, "sam_x1"), full.get(step + 1, "sam_x2")},
                    parts.update().next(), 0.0);
            double[] g = F.gradient(w);
            assertArrayEquals(g, parts.update().gradient(), 0.0);
            double[] eps = parts.update().perturbation();
            assertEquals(LECTURE.rho(), Math.hypot(eps[0], eps[1]), 1e-15);
            assertArrayEquals(new double[] {w[0] - LECTURE.eta() * g[0], w[1] - LECTURE.eta() * g[1]},
                    parts.gradientStepEnd(), 1e-15);
            double[] star = parts.worstCasePerturbation();
            assertTrue(Math.hypot(star[0], star[1]) <= LECTURE.rho() * (1 + 1e-12));
            assertTrue(parts.worstCaseLoss() >= parts.firstOrderLoss() - 1e-12, "ε* is at least as bad as ε̂");
            assertEquals(F.value(parts.worstCasePoint()), parts.worstCaseLoss(), 1e-12);
            e.step();
        }
    }

    @Test
    void stepAdvancesBothMethodsByOneUpdateAndAChangeKeepsTheStepReached() {
        TwoBasinExperiment e = new TwoBasinExperiment(LECTURE);
        e.reset();
        assertEquals(Status.State.READY, e.snapshot().status().state());
        e.step();
        e.step();
        assertEquals(2, e.snapshot().step());
        assertEquals(3, e.snapshot().trace().rows());
        TwoBasinParams moved = TwoBasinParams.SPACE.with(LECTURE, "x1", -1.0);
        e.setParams(moved);
        assertEquals(2, e.snapshot().step());
        Trace.View full = run(moved).trace();
        assertEquals(full.get(2, "sam_x1"), e.snapshot().trace().get(2, "sam_x1"), 0.0);
        assertEquals(full.get(2, "gd_x2"), e.snapshot().trace().get(2, "gd_x2"), 0.0);
    }

    @Test
    void runsAreIdenticalBitForBit() {
        TwoBasinParams p = new TwoBasinParams(0.21, 0.73, -0.4, -2.6, 500, GradientSource.LECTURE_FORWARD_DIFFERENCE)
                .withTwin(1e-7);
        Trace.View a = run(p).trace();
        Trace.View b = run(p).trace();
        for (int c = 0; c < a.columns().size(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                assertEquals(Double.doubleToRawLongBits(a.get(r, c)), Double.doubleToRawLongBits(b.get(r, c)));
            }
        }
    }

    @Test
    void divergenceIsReportedForNonFiniteOrFarPointsOnly() {
        assertNull(TwoBasinExperiment.divergence(new double[] {3, -4}));
        assertNotNull(TwoBasinExperiment.divergence(new double[] {Double.NaN, 0}));
        assertNotNull(TwoBasinExperiment.divergence(new double[] {0, Double.POSITIVE_INFINITY}));
        assertNotNull(TwoBasinExperiment.divergence(new double[] {8e5, 8e5}));
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 120)
    void noParameterInRangeMakesTheRunEmitANonFiniteNumber(
            @ForAll @DoubleRange(min = -3, max = 0.30103) @net.jqwik.api.constraints.Scale(6) double log10Eta,
            @ForAll @DoubleRange(min = 0, max = 1.5) @net.jqwik.api.constraints.Scale(6) double rho,
            @ForAll @DoubleRange(min = -4, max = 4) double x1,
            @ForAll @DoubleRange(min = -4, max = 4) double x2,
            @ForAll @IntRange(min = 1, max = 2000) int steps,
            @ForAll GradientSource gradient,
            @ForAll boolean twin,
            @ForAll @DoubleRange(min = -15, max = -3) @net.jqwik.api.constraints.Scale(4) double log10Offset) {
        double eta = Math.min(2, Math.pow(10, log10Eta));
        double offset = Math.pow(10, log10Offset);
        TwoBasinParams p = new TwoBasinParams(eta, rho, x1, x2, steps, gradient, twin, offset,
                TwoBasinParams.View.SAM_UPDATE);
        TwoBasinSnapshot s = run(p);
        assertFalse(s.status().isDiverged(), s.status().message());
        Trace.View t = s.trace();
        for (int c = 0; c < t.columns().size(); c++) {
            for (int r = 0; r < t.rows(); r++) {
                assertTrue(Double.isFinite(t.get(r, c)), t.columns().get(c) + " at " + r);
            }
        }
        assertAllFinite(s.summary());
        assertFalse(s.status().message().contains("NaN") || s.status().message().contains("Infinity"));
    }

    static void assertAllFinite(Object value) {
        if (value instanceof Double d) {
            assertTrue(Double.isFinite(d), "non-finite " + d);
        } else if (value instanceof double[] a) {
            for (double d : a) {
                assertTrue(Double.isFinite(d), "non-finite " + d);
            }
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(TwoBasinExperimentTest::assertAllFinite);
        } else if (value instanceof Iterable<?> l) {
            l.forEach(TwoBasinExperimentTest::assertAllFinite);
        }
    }
}
