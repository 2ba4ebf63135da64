package frontierslab.panels.sam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.DataWriter;
import frontierslab.math.landscape.Quadratic;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile.Flip;
import frontierslab.math.sam.RadiusProfile.Perturbation;
import frontierslab.math.sam.RadiusProfile.Quantity;
import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.panels.sam.model.PacBayesExperiment.PacBayesSnapshot;
import frontierslab.panels.sam.model.PacBayesExperiment.Probe;
import frontierslab.panels.sam.model.PacBayesParams.Point;
import frontierslab.sim.Status;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PacBayesExperimentTest {

    private static final TwoBasinSurface F = TwoBasinSurface.LECTURE;
    private static PacBayesSnapshot gaussian;
    private static PacBayesSnapshot uniform;

    private static PacBayesSnapshot run(PacBayesParams p) {
        return (PacBayesSnapshot) new PacBayesExperiment(p).snapshot();
    }

    /** The default run, computed once for the tests that only read it. */
    private static synchronized PacBayesSnapshot gaussian() {
        if (gaussian == null) {
            gaussian = run(PacBayesParams.SPACE.defaults());
        }
        return gaussian;
    }

    private static synchronized PacBayesSnapshot uniform() {
        if (uniform == null) {
            uniform = run(PacBayesExperiment.TYPE.preset("uniform-ball").params());
        }
        return uniform;
    }

    private static double[] point(String name) {
        return name.equals("sharp") ? PacBayesExperiment.SHARP : PacBayesExperiment.FLAT;
    }

    @Test
    void aCompleteRunHasOneRowPerRadiusAndTheThreeFlips() {
        PacBayesSnapshot s = gaussian();
        Trace.View t = s.trace();
        assertEquals(PacBayesExperiment.RADII, t.rows());
        assertEquals(PacBayesExperiment.RADII - 1 + 3, s.step());
        assertEquals(Status.State.FINISHED, s.status().state());
        for (int k = 0; k < t.rows(); k++) {
            assertEquals(k, t.get(k, "step"));
            assertEquals(k / 50.0, t.get(k, "radius"), 1e-15);
        }
        assertEquals(3, s.flips().size());
        assertEquals(PacBayesExperiment.FLIP_ORDER, s.flips().stream().map(Flip::quantity).toList());
    }

    /** L(w) of each minimum from the surface's formula. */
    @Test
    void theLossColumnsAreTheMinimaValues() {
        Trace.View t = gaussian().trace();
        for (int k = 0; k < t.rows(); k++) {
            assertEquals(-5 - 2 * Math.exp(-16), t.get(k, "sharp_loss"), 1e-12);
            assertEquals(-2, t.get(k, "flat_loss"), 1e-15);
        }
    }

    /**
     * The Gaussian expected loss against its closed form (convolving a Gaussian well with N(0, r²I) gives
     * e^{−κd²/(1 + 2κr²)}/(1 + 2κr²)), within 4.5 standard errors at every radius; the standard error is positive for r &gt; 0.
     */
    @Tag("slow")
    @Test
    void theGaussianExpectedLossAgreesWithItsClosedFormWithinItsStandardError() {
        Trace.View t = gaussian().trace();
        for (String p : new String[] {"sharp", "flat"}) {
            assertEquals(t.get(0, p + "_loss"), t.get(0, p + "_expected"), 0, "r = 0: no perturbation");
            for (int k = 1; k < t.rows(); k++) {
                double r = t.get(k, "radius");
                double exact = TwoBasinSurface.gaussianSmoothedValue(point(p), r);
                double se = t.get(k, p + "_expected_se");
                assertTrue(se > 0);
                assertEquals(exact, t.get(k, p + "_expected"), 4.5 * se, p + " at r = " + r);
            }
        }
    }

    /**
     * Uniform in the disc of radius r around a well's centre, E[e^{−κ‖ε‖²}] = (1 − e^{−κr²})/(κr²); the other well
     * adds at most 2e^{−16} ≈ 2·10⁻⁷ at the sharp minimum, far below the standard errors.
     */
    @Test
    void theUniformDiscExpectedLossAgreesWithItsClosedForm() {
        Trace.View t = uniform().trace();
        for (int k = 1; k < t.rows(); k++) {
            double r = t.get(k, "radius");
            double sharp = -5 * (1 - Math.exp(-5 * r * r)) / (5 * r * r);
            double flat = -2 * (1 - Math.exp(-0.5 * r * r)) / (0.5 * r * r);
            assertEquals(sharp, t.get(k, "sharp_expected"), 4.5 * t.get(k, "sharp_expected_se") + 1e-6);
            assertEquals(flat, t.get(k, "flat_expected"), 4.5 * t.get(k, "flat_expected_se") + 1e-6);
        }
    }

    /** Four times the draws, half the standard error (within 10 %). */
    @Test
    void theStandardErrorShrinksLikeOneOverTheSquareRootOfTheSamples() {
        double[] w = PacBayesExperiment.SHARP;
        double few = PacBayesExperiment.row(F, w, w, 1, 0.3, Sampling.gaussian(2000, 5))[4];
        double many = PacBayesExperiment.row(F, w, w, 1, 0.3, Sampling.gaussian(8000, 5))[4];
        assertEquals(0.5, many / few, 0.05);
    }

    /**
     * The SAM objective against an independent maximization: a polar grid of the disc (1440 angles × 200 radii) gives
     * a lower bound it must reach, and exceeds it by no more than the grid's resolution.
     */
    @Test
    void theSamObjectiveIsTheMaximumOverTheDisc() {
        Trace.View t = gaussian().trace();
        for (String p : new String[] {"sharp", "flat"}) {
            for (int k : new int[] {1, 10, 22, 23, 35, 50}) {
                double r = t.get(k, "radius");
                double grid = gridMaximum(point(p), r, 1440, 200);
                double worst = t.get(k, p + "_worst");
                assertTrue(worst >= grid - 1e-12, p + " at r = " + r + ": " + worst + " < grid " + grid);
                assertTrue(worst - grid < 2e-4, p + " at r = " + r);
            }
        }
    }

    private static double gridMaximum(double[] w, double r, int angles, int radii) {
        double best = F.value(w);
        for (int i = 1; i <= radii; i++) {
            double rho = r * i / radii;
            for (int a = 0; a < angles; a++) {
                double theta = 2 * Math.PI * a / angles;
                best = Math.max(best, TwoBasinSurface.value(w[0] + rho * Math.cos(theta), w[1] + rho * Math.sin(theta)));
            }
        }
        return best;
    }

    /** L(w + ε̂) recomputed from ε̂ = r·g/‖g‖, g = ∇L(w). */
    @Test
    void theFirstOrderValueIsTheLossAtTheNormalizedGradientStep() {
        Trace.View t = gaussian().trace();
        for (String p : new String[] {"sharp", "flat"}) {
            double[] w = point(p);
            double[] g = F.gradient(w);
            double norm = Math.hypot(g[0], g[1]);
            for (int k = 0; k < t.rows(); k += 5) {
                double r = t.get(k, "radius");
                double expected = TwoBasinSurface.value(w[0] + r * g[0] / norm, w[1] + r * g[1] / norm);
                assertEquals(expected, t.get(k, p + "_first_order"), 1e-12, p + " at r = " + r);
                assertTrue(t.get(k, p + "_first_order") <= t.get(k, p + "_worst") + 1e-12);
            }
        }
    }

    /**
     * The SAM objective flips where the two maxima over the circle (both wells rise along every ray for r ≤ 1) are
     * equal: bisection on an independent circle scan, and the closed form √(ln 2.5/4.5) of the wells alone
     * (5e^{−5r²} = 2e^{−r²/2}), which the other well's tail moves by less than 10⁻⁵.
     */
    @Test
    void theSamObjectiveFlipsWhereTheTwoMaximaOverTheCircleAreEqual() {
        Flip flip = gaussian().flips().get(0);
        assertEquals(Quantity.WORST_CASE, flip.quantity());
        double low = 0.3;
        double high = 0.6;
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (low + high);
            double difference = circleMaximum(PacBayesExperiment.SHARP, mid) - circleMaximum(PacBayesExperiment.FLAT, mid);
            if (difference < 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        assertEquals(0.5 * (low + high), flip.radius().getAsDouble(), 1e-6);
        assertEquals(Math.sqrt(Math.log(2.5) / 4.5), flip.radius().getAsDouble(), 1e-5);
    }

    private static double circleMaximum(double[] w, double r) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < 20000; a++) {
            double theta = 2 * Math.PI * a / 20000;
            best = Math.max(best, TwoBasinSurface.value(w[0] + r * Math.cos(theta), w[1] + r * Math.sin(theta)));
        }
        return best;
    }

    /** The Monte Carlo flip lies where the closed-form expected losses are equal to within the sampling error. */
    @Test
    void theExpectedLossFlipsWhereTheClosedFormsAgreeWithinTheSamplingError() {
        PacBayesSnapshot s = gaussian();
        double r = s.flips().get(1).radius().getAsDouble();
        double gap = TwoBasinSurface.gaussianSmoothedValue(PacBayesExperiment.SHARP, r)
                - TwoBasinSurface.gaussianSmoothedValue(PacBayesExperiment.FLAT, r);
        Sampling sampling = s.params().sampling();
        double[] row = PacBayesExperiment.row(F, PacBayesExperiment.SHARP, PacBayesExperiment.FLAT, 0, r, sampling);
        assertTrue(Math.abs(gap) < 4 * (row[4] + row[9]), "gap " + gap);
        assertEquals(row[3], row[8], 1e-9, "the two Monte Carlo means are equal at the flip");
    }

    /** The first-order values flip within 10⁻⁵ of the SAM objective: at these near-isotropic minima ε̂ is as bad as ε*. */
    @Test
    void theFirstOrderFlipIsNextToTheSamObjectiveFlip() {
        var flips = gaussian().flips();
        assertTrue(flips.get(2).defined());
        assertEquals(flips.get(0).radius().getAsDouble(), flips.get(2).radius().getAsDouble(), 1e-5);
    }

    @Tag("slow")
    @Test
    void noFlipUpToASmallMaximumRadiusIsSaidInWords() {
        PacBayesSnapshot s = run(new PacBayesParams(Point.SHARP_MINIMUM, 0, 0, 0.1, 0.3, Perturbation.GAUSSIAN, 500, 1));
        for (Flip flip : s.flips()) {
            assertTrue(flip.radius().isEmpty());
        }
        assertTrue(s.status().message().contains("SAM objective not up to r = 0.300"), s.status().message());
        assertNull(s.summary().flipWorstCase());
        assertTrue(SummaryJson.of(s.summary()).containsKey("flip_worst_case"));
    }

    /**
     * docs/science.md §4 and RadiusProfile: a Gaussian perturbation of scale r often leaves the disc of radius r, so its expected
     * loss lies above the SAM objective at small r (at the sharp minimum up to r ≈ 0.5, where 1/(1 + 10r²) = e^{−5r²});
     * averaging over the disc itself never exceeds the maximum over it.
     */
    @Test
    void theGaussianExpectedLossExceedsTheSamObjectiveAtSmallRadiiButTheDiscAverageNever() {
        Trace.View t = gaussian().trace();
        for (int k = 1; k < t.rows(); k++) {
            double r = t.get(k, "radius");
            double above = t.get(k, "sharp_expected") - 2 * t.get(k, "sharp_expected_se") - t.get(k, "sharp_worst");
            if (r <= 0.45) {
                assertTrue(above > 0, "Gaussian above the SAM objective at r = " + r);
            }
            if (r >= 0.6) {
                assertTrue(t.get(k, "sharp_expected") + 2 * t.get(k, "sharp_expected_se") < t.get(k, "sharp_worst"));
            }
        }
        int counted = 0;
        for (int k = 1; k < t.rows(); k++) {
            if (t.get(k, "sharp_expected") - 2 * t.get(k, "sharp_expected_se") > t.get(k, "sharp_worst")) {
                counted++;
            }
        }
        assertEquals(counted, gaussian().summary().sharpRadiiExpectedAboveWorst());
        assertTrue(counted >= 22 && counted <= 25, "r = 0.02 … about 0.5: " + counted);
        Trace.View u = uniform().trace();
        for (int k = 0; k < u.rows(); k++) {
            for (String p : new String[] {"sharp", "flat"}) {
                assertTrue(u.get(k, p + "_expected") <= u.get(k, p + "_worst"), p + " at row " + k);
            }
        }
        assertEquals(0, uniform().summary().sharpRadiiExpectedAboveWorst());
        assertEquals(0, uniform().summary().flatRadiiExpectedAboveWorst());
    }

    /** The probe at a radius of the grid uses the same draws and the same maximization as the profile. */
    @Test
    void theProbeAtTheSharpMinimumRepeatsTheProfileAtItsRadius() {
        PacBayesSnapshot s = gaussian();
        Probe probe = s.probe();
        int k = 15;
        assertEquals(0.3, probe.radius());
        assertEquals(s.trace().get(k, "sharp_worst"), probe.worst().value());
        assertEquals(s.trace().get(k, "sharp_expected"), probe.expected().mean());
        assertEquals(s.trace().get(k, "sharp_first_order"), probe.firstOrder().orElseThrow().value());
        double[] eps = probe.worst().epsilon();
        assertEquals(0.3, Math.hypot(eps[0], eps[1]), 1e-9, "ε* on the circle");
        var m = s.summary();
        assertEquals(probe.worst().value(), m.pointWorst());
        assertEquals(F.value(PacBayesExperiment.SHARP), m.pointLoss());
        double[] g = F.gradient(PacBayesExperiment.SHARP);
        assertEquals(Math.hypot(g[0], g[1]), (double) m.pointGradientNorm(), 0);
        assertTrue((double) m.pointGradientNorm() < 1e-13, "at a minimum ε̂'s direction is rounding noise");
    }

    /** Where ∇L(w) = 0 the first-order value is absent: NaN in the row, an empty CSV field, null in the summary. */
    @Test
    void whereTheGradientVanishesTheFirstOrderValueIsAbsentNeverANumber() {
        Quadratic bowl = Quadratic.of(2, 1);
        double[] origin = {0, 0};
        double[] row = PacBayesExperiment.row(bowl, origin, new double[] {1, 0}, 3, 0.5, Sampling.gaussian(200, 1));
        assertTrue(Double.isNaN(row[6]), "absent at the origin");
        assertTrue(Double.isFinite(row[11]), "defined at (1, 0)");
        assertEquals(0.5 * 2 * 0.25, row[5], 1e-9, "the worst case: ½λ_max r²");
        Trace trace = PacBayesExperiment.newTrace();
        trace.append(row);
        String csv = DataWriter.csv(trace.view());
        String[] fields = csv.lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertEquals("sharp_first_order", PacBayesExperiment.newTrace().columns().get(6));
        assertTrue(fields[6].isEmpty(), csv);
        assertFalse(csv.contains("NaN"));
        Probe probe = Probe.at(bowl, origin, 0.5, Sampling.gaussian(200, 1));
        assertTrue(probe.firstOrder().isEmpty());
        assertEquals(0, probe.gradientNorm());
    }

    @Test
    void theProfileIsComputedInStepsAndKeptWhenOnlyTheBallChanges() {
        PacBayesExperiment e = new PacBayesExperiment(
                new PacBayesParams(Point.SHARP_MINIMUM, 0, 0, 0.3, 1.0, Perturbation.GAUSSIAN, 300, 3));
        assertEquals(PacBayesExperiment.RADII, e.radiiComputed());
        e.reset();
        assertEquals(1, e.snapshot().trace().rows());
        assertEquals(Status.State.READY, e.snapshot().status().state());
        for (int k = 1; k <= 10; k++) {
            e.step();
        }
        assertEquals(11, e.snapshot().trace().rows());
        assertEquals(Status.State.RUNNING, e.snapshot().status().state());
        assertTrue(((PacBayesSnapshot) e.snapshot()).flips().isEmpty());
        e.setParams(new PacBayesParams(Point.FLAT_MINIMUM, 0, 0, 0.7, 1.0, Perturbation.GAUSSIAN, 300, 3));
        assertEquals(PacBayesExperiment.RADII, e.radiiComputed(), "the point and the ball keep the profile");
        assertEquals(11, e.snapshot().trace().rows());
        assertEquals(0.7, ((PacBayesSnapshot) e.snapshot()).probe().radius());
        e.setParams(new PacBayesParams(Point.FLAT_MINIMUM, 0, 0, 0.7, 1.0, Perturbation.GAUSSIAN, 300, 4));
        assertEquals(PacBayesExperiment.RADII + 11, e.radiiComputed(), "a new seed recomputes up to the same row");
        e.run(1000);
        assertFalse(e.canStep());
        assertEquals(3, ((PacBayesSnapshot) e.snapshot()).flips().size());
    }

    @Tag("slow")
    @Test
    void seededRunsAreIdenticalBitForBitAndOtherSeedsDiffer() {
        PacBayesParams p = new PacBayesParams(Point.CUSTOM, -1.7, -2.4, 0.4, 0.8, Perturbation.GAUSSIAN, 400, 77);
        String a = DataWriter.csv(run(p).trace());
        String b = DataWriter.csv(run(p).trace());
        assertEquals(a, b);
        String c = DataWriter.csv(run(new PacBayesParams(Point.CUSTOM, -1.7, -2.4, 0.4, 0.8, Perturbation.GAUSSIAN,
                400, 78)).trace());
        assertNotEquals(a, c);
    }

    @Test
    void sharpBallPresetRisesFromMinusFiveToAboutMinusThreePointTwo() {
        Probe probe = run(PacBayesExperiment.TYPE.preset("sharp-ball").params()).probe();
        assertEquals(-5, probe.loss(), 1e-6);
        assertEquals(-3.2, probe.worst().value(), 0.05);
    }

    @Test
    void flatBallPresetBarelyRises() {
        Probe probe = run(PacBayesExperiment.TYPE.preset("flat-ball").params()).probe();
        assertEquals(-2, probe.loss(), 0);
        assertEquals(-1.9, probe.worst().value(), 0.05);
    }

    @Test
    void atTheFlipPresetShowsAboutEqualSamObjectives() {
        PacBayesSnapshot s = run(PacBayesExperiment.TYPE.preset("at-the-flip").params());
        Trace.View t = s.trace();
        int k = 22;
        assertEquals(0.44, t.get(k, "radius"), 1e-12);
        double flip = s.flips().get(0).radius().getAsDouble();
        assertEquals(0.45, flip, 0.005);
        assertEquals(-2 * Math.exp(-0.5 * 0.45 * 0.45), s.probe().worst().value(), 0.02,
                "the sharp minimum's SAM objective is about the flat one's");
    }

    /** The on-the-slope preset's sentence: both ε̂ and ε* point uphill, away from A, nearly the same way. */
    @Test
    void onTheSlopeBothPerturbationsPointAwayFromTheSharpMinimum() {
        Probe probe = run(PacBayesExperiment.TYPE.preset("on-the-slope").params()).probe();
        double[] away = {-1.5 + 2, -1.5 + 2};
        double[] hat = probe.firstOrder().orElseThrow().epsilon();
        double[] star = probe.worst().epsilon();
        double cosHat = (hat[0] * away[0] + hat[1] * away[1]) / (Math.hypot(hat[0], hat[1]) * Math.hypot(away[0], away[1]));
        double cosStar = (star[0] * away[0] + star[1] * away[1])
                / (Math.hypot(star[0], star[1]) * Math.hypot(away[0], away[1]));
        assertTrue(cosHat > 0.99 && cosStar > 0.99, cosHat + ", " + cosStar);
        assertTrue(probe.worst().value() >= probe.firstOrder().orElseThrow().value());
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 8)
    void noParameterInRangeMakesTheRunEmitANonFiniteNumber(
            @ForAll Point point,
            @ForAll @DoubleRange(min = -4, max = 4) double x1,
            @ForAll @DoubleRange(min = -4, max = 4) double x2,
            @ForAll @DoubleRange(min = 0.01, max = 2) double radius,
            @ForAll @DoubleRange(min = 0.1, max = 2) double maxRadius,
            @ForAll Perturbation noise,
            @ForAll @IntRange(min = 100, max = 1500) int samples,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        assertAllFinite(run(new PacBayesParams(point, x1, x2, radius, maxRadius, noise, samples, seed)));
    }

    /** The corners the property does not reach cheaply: the most draws, the largest radii. */
    @Tag("slow")
    @Test
    void theLargestSettingsGiveFiniteNumbers() {
        assertAllFinite(run(new PacBayesParams(Point.CUSTOM, 4, -4, 2, 2, Perturbation.GAUSSIAN, 20000, 1_000_000)));
        assertAllFinite(run(new PacBayesParams(Point.FLAT_MINIMUM, -4, 4, 0.01, 0.1, Perturbation.UNIFORM_BALL, 100, 0)));
    }

    private static void assertAllFinite(PacBayesSnapshot s) {
        Trace.View t = s.trace();
        for (int c = 0; c < t.columns().size(); c++) {
            for (int r = 0; r < t.rows(); r++) {
                assertTrue(Double.isFinite(t.get(r, c)), t.columns().get(c) + " at " + r);
            }
        }
        for (var e : SummaryJson.of(s.summary()).entrySet()) {
            if (e.getValue() instanceof Double d) {
                assertTrue(Double.isFinite(d), e.getKey());
            }
        }
        assertFalse(s.status().message().contains("NaN"));
    }
}
