package frontierslab.panels.bias.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.bias.MinimumNormInterpolators;
import frontierslab.math.bias.SparseRegressionProblem;
import frontierslab.panels.bias.model.SparseBiasExperiment.SparseBiasSnapshot;
import frontierslab.sim.Status;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class SparseBiasExperimentTest {

    private static SparseBiasSnapshot finished(String preset) {
        SparseBiasExperiment e = new SparseBiasExperiment(SparseBiasExperiment.TYPE.preset(preset).params());
        e.run(Long.MAX_VALUE);
        return (SparseBiasSnapshot) e.snapshot();
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    private static double last(SparseBiasSnapshot s, String column) {
        return s.trace().get(s.trace().rows() - 1, column);
    }

    @Test
    void smallInitEndsAtTheMinimumL1InterpolatorWhichIsTheTruth() {
        SparseBiasSnapshot s = finished("small-init");
        assertEquals(Status.State.FINISHED, s.status().state());
        assertTrue(last(s, "loss") < SparseBiasExperiment.FITTED);
        assertArrayEquals(s.truth(), s.minimumL1(), 1e-9);
        assertTrue(last(s, "dist_l1") < 0.1, "‖w − w₁‖ = " + last(s, "dist_l1"));
        assertTrue(last(s, "dist_l1") < 0.1 * last(s, "dist_l2"));
        assertEquals(3, s.supportRecovered());
        assertTrue(s.status().message().contains("near the sparse minimum-ℓ1"), s.status().message());
    }

    @Test
    void largeInitEndsAtTheDenseMinimumL2Interpolator() {
        SparseBiasSnapshot s = finished("large-init");
        assertTrue(last(s, "loss") < SparseBiasExperiment.FITTED);
        assertTrue(last(s, "dist_l2") < 0.01, "‖w − w₂‖ = " + last(s, "dist_l2"));
        assertTrue(last(s, "dist_l2") < 0.1 * last(s, "dist_l1"));
        assertTrue(last(s, "dist_truth") > 1, "far from the truth");
        long nonzero = java.util.Arrays.stream(s.weights()).filter(w -> Math.abs(w) > 1e-3).count();
        assertTrue(nonzero >= 90, "dense: " + nonzero + " coordinates above 10⁻³");
        assertTrue(s.status().message().contains("near the dense minimum-ℓ2"), s.status().message());
    }

    @Test
    void transitionEndsBetweenBothAtTheHypentropyLimit() {
        SparseBiasSnapshot s = finished("transition");
        double gap = distance(s.minimumL1(), s.minimumL2());
        assertTrue(last(s, "loss") < SparseBiasExperiment.FITTED);
        assertTrue(last(s, "dist_l1") > 0.3 * gap && last(s, "dist_l2") > 0.3 * gap,
                last(s, "dist_l1") + " and " + last(s, "dist_l2") + " against ‖w₁ − w₂‖ = " + gap);
        assertTrue(last(s, "dist_limit") < 0.05 * gap, "‖w − w_α‖ = " + last(s, "dist_limit"));
        assertTrue(s.status().message().contains("between"), s.status().message());
    }

    /** Every number of the last row and of the summary, recomputed from the snapshot's arrays and the problem. */
    @Test
    void traceAndSummaryAgreeWithAnIndependentRecomputation() {
        SparseBiasParams p = SparseBiasParams.of(0.05, 0.02, 2000);
        SparseBiasExperiment e = new SparseBiasExperiment(p);
        e.run(Long.MAX_VALUE);
        SparseBiasSnapshot s = (SparseBiasSnapshot) e.snapshot();
        SparseRegressionProblem problem = SparseRegressionProblem.draw(0, 20, 100, 3, 0);
        double[] w = s.weights();
        assertEquals(2000, s.step());
        assertEquals(2000, last(s, "step"));
        assertEquals(problem.loss(w), last(s, "loss"), 1e-15);
        assertArrayEquals(MinimumNormInterpolators.minimumL2(problem), s.minimumL2(), 1e-12);
        assertArrayEquals(MinimumNormInterpolators.hypentropyLimit(problem, 0.05).weights(), s.limit(), 1e-12);
        assertEquals(distance(w, s.minimumL1()), last(s, "dist_l1"), 1e-12);
        assertEquals(distance(w, s.minimumL2()), last(s, "dist_l2"), 1e-12);
        assertEquals(distance(w, s.limit()), last(s, "dist_limit"), 1e-12);
        assertEquals(distance(w, s.truth()), last(s, "dist_truth"), 1e-12);
        double l1 = 0;
        for (double v : w) {
            l1 += Math.abs(v);
        }
        assertEquals(l1, last(s, "l1_norm"), 1e-12);
        assertEquals(problem.supportRecovered(w), (int) last(s, "support_recovered"));
        var summary = s.summary();
        assertEquals(last(s, "dist_l1"), (double) summary.distL1(), 0);
        assertEquals(3.0, (double) summary.minL1Norm(), 1e-9);
        assertEquals(List.of("step", "eta", "loss", "dist_l1", "dist_l2", "dist_limit", "dist_truth", "l1_norm",
                "support_recovered"), s.trace().columns());
    }

    @Test
    void seededRunsAreReproducibleBitForBit() {
        SparseBiasParams p = new SparseBiasParams(0.02, 0.03, 5000, 42, 25, 4, 0.1);
        SparseBiasExperiment a = new SparseBiasExperiment(p);
        SparseBiasExperiment b = new SparseBiasExperiment(p);
        a.run(Long.MAX_VALUE);
        b.run(Long.MAX_VALUE);
        Trace.View ta = a.snapshot().trace();
        Trace.View tb = b.snapshot().trace();
        assertEquals(ta.rows(), tb.rows());
        for (int r = 0; r < ta.rows(); r++) {
            for (int c = 0; c < ta.columns().size(); c++) {
                assertEquals(Double.doubleToRawLongBits(ta.get(r, c)), Double.doubleToRawLongBits(tb.get(r, c)));
            }
        }
    }

    @Test
    void oneCallDoesABoundedBatchAndTheLogGridFillsEveryDecade() {
        SparseBiasExperiment e = new SparseBiasExperiment(SparseBiasParams.of(0.01, 0.02, 30_000));
        assertEquals(500, e.batch());
        e.step();
        assertEquals(500, e.snapshot().step());
        e.run(Long.MAX_VALUE);
        Trace.View t = e.snapshot().trace();
        int[] perDecade = new int[5];
        for (int r = 1; r < t.rows(); r++) {
            int decade = (int) Math.floor(Math.log10(t.get(r, "step")));
            perDecade[Math.min(4, decade)]++;
        }
        for (int d = 1; d < 5; d++) {
            assertTrue(perDecade[d] >= 30, "decade " + d + ": " + perDecade[d] + " rows");
        }
        assertTrue(t.rows() < 1500);
    }

    @Test
    void etaChangesLiveWithoutAResetAndAlphaStartsANewRun() {
        SparseBiasParams p = SparseBiasParams.of(0.1, 0.02, 3000);
        SparseBiasExperiment e = new SparseBiasExperiment(p);
        e.step();
        e.setParams(SparseBiasParams.of(0.1, 0.01, 3000));
        assertEquals(500, e.snapshot().step());
        e.step();
        Trace.View t = e.snapshot().trace();
        assertEquals(0.01, t.get(t.rows() - 1, "eta"));
        assertEquals(0.02, t.get(1, "eta"));
        e.setParams(SparseBiasParams.of(0.2, 0.01, 3000));
        assertEquals(0, e.snapshot().step());
    }

    @Test
    void aTooLargeStepDivergesAsAStateAndALowerOneResumes() {
        SparseBiasExperiment e = new SparseBiasExperiment(SparseBiasParams.of(1.0, 1.0, 3000));
        e.run(Long.MAX_VALUE);
        SparseBiasSnapshot s = (SparseBiasSnapshot) e.snapshot();
        assertTrue(s.status().isDiverged(), s.status().message());
        assertFalse(e.canStep());
        assertNotNull(s.summary().divergedAtStep());
        assertAllFinite(s);
        e.setParams(SparseBiasParams.of(1.0, 0.01, 3000));
        assertTrue(e.canStep());
        e.run(Long.MAX_VALUE);
        assertFalse(e.snapshot().status().isDiverged());
    }

    @Test
    void aShortHorizonSaysTheRunIsNotYetInterpolating() {
        SparseBiasExperiment e = new SparseBiasExperiment(SparseBiasParams.of(0.001, 0.001, 100));
        e.run(Long.MAX_VALUE);
        String message = e.snapshot().status().message();
        assertTrue(message.contains("not yet interpolating") && message.contains("raise the horizon"), message);
    }

    static void assertAllFinite(SparseBiasSnapshot s) {
        Trace.View t = s.trace();
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                assertTrue(Double.isFinite(t.get(r, c)), "row " + r + ", " + t.columns().get(c));
            }
        }
        for (Object v : SummaryJson.of(s.summary()).values()) {
            if (v instanceof Double d) {
                assertTrue(Double.isFinite(d));
            }
        }
        for (double[] a : List.of(s.weights(), s.minimumL1(), s.minimumL2(), s.limit(), s.truth())) {
            for (double v : a) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 30)
    void noParameterInRangeThrowsOrEmitsANonFiniteNumber(
            @ForAll @DoubleRange(min = 0.001, max = 1.0) @Scale(6) double alpha,
            @ForAll @DoubleRange(min = 0.0001, max = 1.0) @Scale(6) double eta,
            @ForAll @IntRange(min = 100, max = 3000) int steps,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll @IntRange(min = 5, max = 60) int samples,
            @ForAll @IntRange(min = 1, max = 10) int sparsity,
            @ForAll @DoubleRange(min = 0, max = 0.5) double noise) {
        SparseBiasExperiment e = new SparseBiasExperiment(
                new SparseBiasParams(alpha, eta, steps, seed, samples, sparsity, noise));
        e.run(Long.MAX_VALUE);
        SparseBiasSnapshot s = (SparseBiasSnapshot) e.snapshot();
        assertAllFinite(s);
        frontierslab.panels.bias.view.SparseBiasFigureTest.draw(s);
    }
}
