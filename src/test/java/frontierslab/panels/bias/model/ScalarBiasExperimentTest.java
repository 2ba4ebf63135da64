package frontierslab.panels.bias.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.panels.bias.model.ScalarBiasExperiment.ScalarBiasSnapshot;
import frontierslab.sim.Status;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class ScalarBiasExperimentTest {

    private static ScalarBiasSnapshot run(ScalarBiasParams p) {
        return (ScalarBiasSnapshot) new ScalarBiasExperiment(p).snapshot();
    }

    private static ScalarBiasSnapshot preset(String name) {
        return run(ScalarBiasExperiment.TYPE.preset(name).params());
    }

    /** β of the trace row nearest to time t. */
    private static double betaAt(ScalarBiasSnapshot s, double t) {
        Trace.View v = s.trace();
        int best = 0;
        for (int r = 0; r < v.rows(); r++) {
            if (Math.abs(v.get(r, "t") - t) < Math.abs(v.get(best, "t") - t)) {
                best = r;
            }
        }
        return v.get(best, "beta");
    }

    @Test
    void smallInitSitsOnAPlateauUntilAboutSixPointNineThenReachesY() {
        ScalarBiasSnapshot s = preset("small-init");
        assertTrue(betaAt(s, 5) < 0.05, "β(5) = " + betaAt(s, 5));
        double half = s.timeToHalf().getAsDouble();
        assertEquals(Math.log(1e6 - 1) / 2, half, 0.05);
        assertEquals(6.9, half, 0.1);
        assertEquals(1, s.summary().betaFinal(), 1e-3);
    }

    @Test
    void largeInitHasNoPlateau() {
        ScalarBiasSnapshot s = preset("large-init");
        double half = s.timeToHalf().getAsDouble();
        assertTrue(half < 0.6, "t½ = " + half);
        assertEquals(Math.log(1 / 0.25 - 1) / 2, half, 0.01);
        assertEquals(0.55, half, 0.005);
        assertTrue(betaAt(s, 0.2) > 0.3, "already rising at t = 0.2");
    }

    @Test
    void theUnbalancedPresetShowsTheLectureFormulaFailing() {
        ScalarBiasSnapshot s = preset("unbalanced");
        assertEquals(0.25, s.summary().dInitial(), 0);
        for (int r = 0; r < s.trace().rows(); r++) {
            assertEquals(0, s.trace().get(r, "prediction_beta"), 0, "the lecture's β stays 0 from β₀ = 0");
        }
        assertEquals(1, s.summary().betaFinal(), 1e-6);
        assertEquals(s.summary().betaFinal(), s.maxDeviation(), 1e-12);
        assertTrue(s.status().message().contains("off by up to 1.00"), s.status().message());
        assertTrue(s.status().message().contains("predicts y/2 at t = never"), s.status().message());
        assertEquals(null, s.summary().timeToHalfLecture());
    }

    @Test
    void exampleThreeFromNearZeroEndsAtTheEqualSplit() {
        ScalarBiasSnapshot s = preset("example-3");
        assertEquals(0.5, s.position()[0], 1e-4);
        assertEquals(0.5, s.position()[1], 1e-4);
        assertEquals(s.position()[0], s.position()[1], 0);
        assertArrayEquals(new double[] {0.5, 0.5}, s.flowEnd(), 1e-15);
    }

    @Test
    void exampleThreeFromAnUnequalStartKeepsTheDifference() {
        ScalarBiasSnapshot s = preset("example-3-unequal-start");
        assertEquals(0.7, s.position()[0], 1e-4);
        assertEquals(0.3, s.position()[1], 1e-4);
        for (int r = 0; r < s.trace().rows(); r++) {
            assertEquals(0.4, s.trace().get(r, "w1_minus_w2"), 1e-14);
        }
    }

    /** D recomputed step by step as D₀·Π(1 − η²r²) with r from an independent loop. */
    @Test
    void theTracedBalanceIsTheProductOfThePerStepFactors() {
        ScalarBiasParams p = new ScalarBiasParams(Model.PRODUCT, 0.3, 2.5, 2, 1, 0.05, 10);
        ScalarBiasSnapshot s = run(p);
        double w1 = 0.3;
        double w2 = 0.75;
        double d = w1 * w1 - w2 * w2;
        int row = 1;
        for (int k = 1; k <= p.steps(); k++) {
            double r = w1 * w2 - 2;
            d *= 1 - 0.05 * 0.05 * r * r;
            double n1 = w1 - 0.05 * r * w2;
            w2 = w2 - 0.05 * r * w1;
            w1 = n1;
            if (row < s.trace().rows() && s.trace().get(row, "step") == k) {
                assertEquals(d, s.trace().get(row, "d"), 1e-12);
                row++;
            }
        }
        assertEquals(s.trace().rows(), row);
        assertTrue(Math.abs(s.summary().dFinal() - s.summary().dInitial()) > 1e-3, "GD does change D here");
    }

    @Test
    void thePlateauGrowsAsAlphaShrinksLikeTheFlowFormula() {
        ScalarBiasSnapshot s = preset("small-init");
        double[] a = s.plateauAlphas();
        double[] t = s.plateauGdTimes();
        assertEquals(ScalarBiasExperiment.PLATEAU_POINTS, a.length);
        for (int i = 1; i < a.length; i++) {
            assertTrue(t[i] <= t[i - 1], "time to y/2 shrinks as α grows");
        }
        for (int i = 0; i < a.length; i++) {
            double flow = Math.max(0, Math.log(1 / (a[i] * a[i]) - 1) / 2);
            assertEquals(flow, t[i], 0.05, "α = " + a[i]);
        }
        ScalarBiasSnapshot sum = preset("example-3");
        for (double time : sum.plateauGdTimes()) {
            assertTrue(time <= Math.log(2) / 2 + 0.01, "the sum model has no plateau: " + time);
        }
    }

    @Test
    void theStatusReportsTheMeasuredDeviationAndHalfTime() {
        ScalarBiasSnapshot balanced = preset("small-init");
        assertTrue(balanced.status().message().startsWith("balanced start (D = 0): β reached y/2 at t = 6.94 "
                + "(gradient flow: 6.91)"), balanced.status().message());
        double lectureMax = 0;
        double beta = 1e-6;
        double w = 1e-3;
        for (int k = 1; k <= 1500; k++) {
            double r = w * w - 1;
            w -= 0.01 * r * w;
            double exact = 1 / (1 + (1 / beta - 1) * Math.exp(-2 * 0.01 * k));
            lectureMax = Math.max(lectureMax, Math.abs(w * w - exact));
        }
        assertEquals(lectureMax, balanced.maxDeviation(), 1e-12);
        assertEquals(Status.State.FINISHED, balanced.status().state());
    }

    @Test
    void aTooLargeStepDivergesAndKeepsItsLastFinitePoint() {
        ScalarBiasSnapshot s = run(new ScalarBiasParams(Model.SUM, 1, 1, 1, 4, 0.2, 10));
        assertTrue(s.status().isDiverged(), s.status().message());
        assertTrue(s.status().message().contains("η·λ = 6.40 > 2"), s.status().message());
        assertTrue(Double.isFinite(s.position()[0]) && Math.abs(s.position()[0]) <= 1e6);
    }

    @Test
    void runsAreReproducibleBitForBit() {
        ScalarBiasParams p = new ScalarBiasParams(Model.PRODUCT, 0.003, 0.4, 1.7, 1, 0.013, 22);
        ScalarBiasSnapshot a = run(p);
        ScalarBiasSnapshot b = run(p);
        for (String c : a.trace().columns()) {
            assertArrayEquals(a.trace().columnValues(c), b.trace().columnValues(c), c);
        }
        assertEquals(a.summary(), b.summary());
        ScalarBiasExperiment moved = new ScalarBiasExperiment(ScalarBiasParams.product(0.5, 2));
        moved.setParams(p);
        assertArrayEquals(a.trace().columnValues("beta"), moved.snapshot().trace().columnValues("beta"));
    }

    @Test
    void theTraceIsThinnedToAtMostAboutTwoThousandRowsWithTheLastStepIncluded() {
        ScalarBiasParams p = new ScalarBiasParams(Model.PRODUCT, 1e-4, 1, 0.25, 1, 0.001, 40);
        ScalarBiasSnapshot s = run(p);
        assertTrue(s.trace().rows() <= ScalarBiasExperiment.MAX_ROWS + 2, "rows " + s.trace().rows());
        assertEquals(p.steps(), s.trace().get(s.trace().rows() - 1, "step"), 0);
        assertEquals("step", s.trace().columns().get(0));
    }

    @Property(tries = 60)
    void noParameterInRangeThrowsOrEmitsANonFiniteNumber(
            @ForAll Model model,
            @ForAll @DoubleRange(min = -4, max = 0) @Scale(3) double logAlpha,
            @ForAll @DoubleRange(min = 0, max = 3) @Scale(3) double ratio,
            @ForAll @DoubleRange(min = 0.25, max = 4) @Scale(3) double y,
            @ForAll @DoubleRange(min = 0.25, max = 4) @Scale(3) double x,
            @ForAll @DoubleRange(min = -3, max = -0.7) @Scale(3) double logEta,
            @ForAll @DoubleRange(min = 1, max = 40) @Scale(2) double time) {
        double eta = Math.min(0.2, Math.pow(10, logEta));
        ScalarBiasParams p = new ScalarBiasParams(model, Math.pow(10, logAlpha), ratio, y, x, eta, time);
        ScalarBiasSnapshot s = run(p);
        Trace.View v = s.trace();
        for (String c : v.columns()) {
            for (double d : v.columnValues(c)) {
                assertTrue(Double.isFinite(d), c + " not finite");
            }
        }
        for (Map.Entry<String, Object> e : SummaryJson.of(s.summary()).entrySet()) {
            if (e.getValue() instanceof Double d) {
                assertTrue(Double.isFinite(d), e.getKey());
            }
        }
        assertFalse(s.status().message().contains("NaN") || s.status().message().contains("Infinity"),
                s.status().message());
        assertTrue(Double.isFinite(s.maxDeviation()));
        for (double t : s.plateauGdTimes()) {
            assertTrue(Double.isFinite(t));
        }
    }
}
