package frontierslab.panels.eos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.eos.ValleyPreset;
import frontierslab.math.landscape.ProductValley.Loss;
import frontierslab.panels.eos.model.ValleyParams.Model;
import frontierslab.sim.Snapshot;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValleyExperimentTest {

    static List<ValleyParams> cases() {
        return List.of(
                new ValleyParams(Model.PRODUCT, Loss.LOG_COSH, 1, 0.25, 0.2, 5.5, 0.3, 300),
                new ValleyParams(Model.PRODUCT, Loss.LOG_COSH, 2.5, 0.25, 0.07, -1.2, -4, 300),
                new ValleyParams(Model.PRODUCT, Loss.SQUARE, 1, 0.25, 0.5, 2.5, 0.3, 60),
                new ValleyParams(Model.PRODUCT, Loss.SQUARE, 0.5, 0.25, 0.05, 0.1, 0.2, 300),
                new ValleyParams(Model.ELLIPSE, Loss.LOG_COSH, 1, 0.25, 0.3, 0.05, 1.2, 300),
                new ValleyParams(Model.ELLIPSE, Loss.LOG_COSH, 1, 0.6, 0.1, -1.5, 0.4, 300));
    }

    private static ValleyExperiment.ValleySnapshot run(ValleyParams p) {
        return new ValleyExperiment(p).snapshot();
    }

    private static ValleyParams preset(ValleyPreset p) {
        return ValleyExperiment.TYPE.preset(p.name().toLowerCase(Locale.ROOT).replace('_', '-')).params();
    }

    /** ℓ'(s), written out here: tanh s, or s. */
    private static double slope(ValleyParams p, double s) {
        return p.loss() == Loss.LOG_COSH ? Math.tanh(s) : s;
    }

    /** ∇L, written out here for both models. */
    private static double[] gradient(ValleyParams p, double[] w) {
        if (p.product()) {
            double g = slope(p, w[0] * w[1] - p.y());
            return new double[] {g * w[1], g * w[0]};
        }
        double u = 1 - p.a() * w[0] * w[0] - w[1] * w[1];
        return new double[] {-4 * u * p.a() * w[0], -4 * u * w[1]};
    }

    private static double loss(ValleyParams p, double[] w) {
        if (p.product()) {
            double s = w[0] * w[1] - p.y();
            return p.loss() == Loss.LOG_COSH ? Math.log(Math.cosh(s)) : 0.5 * s * s;
        }
        double u = 1 - p.a() * w[0] * w[0] - w[1] * w[1];
        return u * u;
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)), what);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyRowIsOneGradientStepFromTheLastWithItsLossBalanceAndResidual(ValleyParams p) {
        Trace.View t = run(p).trace();
        for (int r = 0; r < t.rows(); r++) {
            double[] w = {t.get(r, "w1"), t.get(r, "w2")};
            assertClose(loss(p, w), t.get(r, "loss"), 1e-12, "loss at " + r);
            assertClose(w[0] * w[0] - w[1] * w[1], t.get(r, "d"), 1e-14, "D at " + r);
            double residual = p.product() ? w[0] * w[1] - p.y() : 1 - p.a() * w[0] * w[0] - w[1] * w[1];
            assertClose(residual, t.get(r, "residual"), 1e-14, "residual at " + r);
            if (r + 1 < t.rows()) {
                double[] g = gradient(p, w);
                assertClose(w[0] - p.eta() * g[0], t.get(r + 1, "w1"), 1e-14, "w1 at " + (r + 1));
                assertClose(w[1] - p.eta() * g[1], t.get(r + 1, "w2"), 1e-14, "w2 at " + (r + 1));
            }
        }
    }

    /** D_{t+1} = D_t(1 − η²ℓ'(r_t)²) on the product model (docs/science.md §2). */
    @ParameterizedTest
    @MethodSource("cases")
    void onTheProductModelEachStepMultipliesDByOneMinusEtaSquaredSlopeSquared(ValleyParams p) {
        if (!p.product()) {
            return;
        }
        Trace.View t = run(p).trace();
        for (int r = 0; r + 1 < t.rows(); r++) {
            double g = slope(p, t.get(r, "residual"));
            double expected = t.get(r, "d") * (1 - p.eta() * p.eta() * g * g);
            assertEquals(expected, t.get(r + 1, "d"), 1e-10 * Math.max(1, Math.abs(expected)), "D at " + (r + 1));
        }
    }

    /** λ_max against the top eigenvalue (Hipparchus) of a central-difference Hessian of the gradient above. */
    @ParameterizedTest
    @MethodSource("cases")
    void sharpnessIsTheTopEigenvalueOfTheHessian(ValleyParams p) {
        Trace.View t = run(p).trace();
        for (int r = 0; r < t.rows(); r += 7) {
            double[] w = {t.get(r, "w1"), t.get(r, "w2")};
            double h = 1e-6 * Math.max(1, Math.hypot(w[0], w[1]));
            double[][] hessian = new double[2][2];
            for (int j = 0; j < 2; j++) {
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] gp = gradient(p, plus);
                double[] gm = gradient(p, minus);
                for (int i = 0; i < 2; i++) {
                    hessian[i][j] = (gp[i] - gm[i]) / (2 * h);
                }
            }
            double sym = 0.5 * (hessian[0][1] + hessian[1][0]);
            hessian[0][1] = sym;
            hessian[1][0] = sym;
            double top = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hessian)).getEigenvalues()[0];
            assertClose(top, t.get(r, "sharpness"), 1e-6, "λ_max at " + r);
        }
    }

    /**
     * The sharpness of the gradient-flow limit: √(D² + 4y²) on the product model (D is conserved and the limit has
     * w₁w₂ = y); on the ellipse, the flow integrated to its end with Hipparchus (Dormand–Prince 8(5,3)) and
     * 8(a²x² + y²) measured there.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void flowLimitSharpnessIsTheSharpnessWhereGradientFlowEnds(ValleyParams p) {
        Trace.View t = run(p).trace();
        for (int r = 0; r < t.rows(); r += 37) {
            double[] w = {t.get(r, "w1"), t.get(r, "w2")};
            double expected;
            if (p.product()) {
                double d = w[0] * w[0] - w[1] * w[1];
                expected = Math.sqrt(d * d + 4 * p.y() * p.y());
            } else {
                double[] end = flowEnd(p, w);
                expected = 8 * (p.a() * p.a() * end[0] * end[0] + end[1] * end[1]);
            }
            assertClose(expected, t.get(r, "flow_limit_sharpness"), 1e-6, "flow-limit sharpness at " + r);
        }
    }

    private static double[] flowEnd(ValleyParams p, double[] w) {
        OrdinaryDifferentialEquation flow = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double time, double[] y) {
                double[] g = gradient(p, y);
                return new double[] {-g[0], -g[1]};
            }
        };
        var integrator = new DormandPrince853Integrator(1e-8, 10, 1e-13, 1e-13);
        double[] state = w.clone();
        for (int k = 0; k < 40; k++) {
            state = integrator.integrate(flow, new ODEState(0, state), 50).getPrimaryState();
            if (Math.abs(1 - p.a() * state[0] * state[0] - state[1] * state[1]) < 1e-12) {
                break;
            }
        }
        return state;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSummaryIsComputedFromTheTrace(ValleyParams p) {
        var s = run(p);
        Trace.View t = s.trace();
        int last = t.rows() - 1;
        double edge = 2 / p.eta();
        int above = 0;
        int crossings = 0;
        for (int r = 0; r <= last; r++) {
            if (t.get(r, "sharpness") > edge) {
                above++;
            }
            if (r < last && t.get(r, "residual") * t.get(r + 1, "residual") < 0
                    && Math.max(Math.abs(t.get(r, "residual")), Math.abs(t.get(r + 1, "residual"))) > 1e-9) {
                crossings++;
            }
        }
        assertEquals(edge, (double) s.summary().twoOverEta(), 1e-15);
        assertEquals(t.get(last, "sharpness"), (double) s.summary().finalSharpness());
        assertEquals(t.get(last, "sharpness") / edge, (double) s.summary().finalSharpnessOverTwoOverEta(),
                1e-12);
        assertEquals(t.get(last, "flow_limit_sharpness"), (double) s.summary().finalFlowLimitSharpness());
        assertEquals(t.get(0, "flow_limit_sharpness"), (double) s.summary().startFlowLimitSharpness());
        assertEquals(t.get(last, "d"), (double) s.summary().finalD());
        assertEquals(t.get(last, "w1"), (double) s.summary().finalW1());
        assertEquals(above, s.summary().stepsAboveTwoOverEta());
        assertEquals(crossings, s.summary().valleyCrossings());
    }

    @Test
    void everyPresetIsAValleyPresetConfigurationWithAShorterHorizon() {
        for (ValleyPreset v : ValleyPreset.values()) {
            ValleyParams p = preset(v);
            ValleyParams original = ValleyParams.of(v);
            assertEquals(original, ValleyParams.SPACE.with(p, "steps", v.steps()), v.name());
            assertTrue(p.steps() <= v.steps());
        }
    }

    @Test
    void logCoshDriftOscillatesAcrossAndDriftsToMinimaJustBelowTwoOverEta() {
        ValleyParams p = preset(ValleyPreset.LOG_COSH_DRIFT);
        var s = run(p);
        Trace.View t = s.trace();
        double edge = 2 / p.eta();
        assertEquals(Status.State.CONVERGED, s.status().state(), s.status().message());
        assertTrue(t.get(0, "flow_limit_sharpness") > 2.5 * edge, "starts far above 2/η");
        double ratio = (double) s.summary().finalSharpnessOverTwoOverEta();
        assertTrue(ratio > 0.95 && ratio < 1, "ends just below 2/η: " + ratio);
        assertTrue((int) s.summary().valleyCrossings() > 100, "oscillates across the valley");
        for (int r = 0; r + 1 < t.rows(); r++) {
            assertTrue(Math.abs(t.get(r + 1, "d")) <= Math.abs(t.get(r, "d")) * (1 + 1e-12), "|D| never grows");
        }
        String m = s.status().message();
        assertTrue(m.contains(String.format(Locale.ROOT, "%.4g", t.get(t.rows() - 1, "sharpness"))), m);
    }

    @Test
    void squareLossDivergesWithinAFewStepsAndSaysWhere() {
        var s = run(preset(ValleyPreset.SQUARE_LOSS_DIVERGES));
        assertEquals(Status.State.DIVERGED, s.status().state());
        int step = (int) s.summary().divergenceStep();
        assertTrue(step < 10);
        assertEquals(step, s.step());
        assertTrue(s.status().message().contains("at step " + step), s.status().message());
        ValleyPresetFiniteness.assertFinite(s);
    }

    @Test
    void logCoshLargeStepConvergesAtAboutNineTenthsOfTwoOverEta() {
        var s = run(preset(ValleyPreset.LOG_COSH_LARGE_STEP));
        assertEquals(Status.State.CONVERGED, s.status().state());
        assertTrue((double) s.summary().startSharpness() > (double) s.summary().twoOverEta());
        double ratio = (double) s.summary().finalSharpnessOverTwoOverEta();
        assertTrue(ratio > 0.85 && ratio < 0.95, "ratio " + ratio);
    }

    @Test
    void squareLossCatapultLandsNearTheFlattestMinimumOfTheOtherBranch() {
        var s = run(preset(ValleyPreset.SQUARE_LOSS_CATAPULT));
        assertEquals(Status.State.CONVERGED, s.status().state());
        assertEquals(-1, (double) s.summary().finalW1(), 0.01);
        assertEquals(-1, (double) s.summary().finalW2(), 0.01);
        assertTrue((double) s.summary().finalSharpnessOverTwoOverEta() < 0.55);
    }

    @Test
    void ellipseDriftEndsWithinOnePercentBelowTwoOverEtaAfterHundredsOfCrossings() {
        var s = run(preset(ValleyPreset.ELLIPSE_DRIFT));
        assertEquals(Status.State.CONVERGED, s.status().state());
        assertTrue((int) s.summary().valleyCrossings() > 200);
        double ratio = (double) s.summary().finalSharpnessOverTwoOverEta();
        assertTrue(ratio > 0.98 && ratio < 1, "ratio " + ratio);
    }

    @Test
    void ellipseWithNoStableMinimumKeepsOscillating() {
        ValleyParams p = preset(ValleyPreset.ELLIPSE_NO_STABLE_MINIMUM);
        var s = run(p);
        assertEquals(8 * p.a(), 2 / p.eta(), 1e-12, "the flattest minima have sharpness 2/η");
        assertEquals(Status.State.FINISHED, s.status().state());
        assertEquals("oscillating", s.summary().runOutcome());
        assertTrue(s.status().message().contains("still crossing the valley"));
    }

    @Test
    void steppingShowsTheSameSummaryAsARunCutAtThatStep() {
        ValleyParams p = preset(ValleyPreset.LOG_COSH_DRIFT);
        ValleyExperiment e = new ValleyExperiment(p);
        e.reset();
        for (int i = 0; i < 25; i++) {
            e.step();
        }
        var stepped = e.snapshot();
        var cut = run(ValleyParams.SPACE.with(p, "steps", 25));
        assertEquals(Status.State.RUNNING, stepped.status().state());
        assertEquals(26, stepped.trace().rows());
        for (String key : List.of("final_sharpness", "final_flow_limit_sharpness", "valley_crossings", "final_d",
                "steps_above_two_over_eta")) {
            assertEquals(SummaryJson.of(cut.summary()).get(key), SummaryJson.of(stepped.summary()).get(key), key);
        }
    }

    @Test
    void aParameterChangeRecomputesToTheStepTheUserHadReached() {
        ValleyExperiment e = new ValleyExperiment(ValleyParams.SPACE.defaults());
        e.reset();
        e.step();
        e.step();
        e.step();
        e.setParams(ValleyParams.SPACE.with(e.params(), "w1", 4.0));
        var s = e.snapshot();
        assertEquals(3, s.step());
        assertEquals(4.0, s.trace().get(0, "w1"));
        assertEquals(4, s.trace().rows());
    }

    @ParameterizedTest
    @EnumSource(ValleyPreset.class)
    void runsAreIdenticalBitForBit(ValleyPreset v) {
        Trace.View a = run(preset(v)).trace();
        Trace.View b = run(preset(v)).trace();
        assertEquals(a.rows(), b.rows());
        for (int c = 0; c < a.columns().size(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                assertEquals(Double.doubleToRawLongBits(a.get(r, c)), Double.doubleToRawLongBits(b.get(r, c)));
            }
        }
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 200)
    void noParameterInRangeMakesTheRunEmitANonFiniteNumber(
            @ForAll Model model,
            @ForAll Loss loss,
            @ForAll @DoubleRange(min = 0.25, max = 4) @Scale(4) double y,
            @ForAll @DoubleRange(min = 0.05, max = 1) @Scale(4) double a,
            @ForAll @DoubleRange(min = 0.01, max = 2) @Scale(5) double eta,
            @ForAll @DoubleRange(min = -6, max = 6) @Scale(4) double w1,
            @ForAll @DoubleRange(min = -6, max = 6) @Scale(4) double w2,
            @ForAll @IntRange(min = 1, max = 10000) int steps) {
        ValleyExperiment e = new ValleyExperiment(new ValleyParams(model, loss, y, a, eta, w1, w2, steps));
        ValleyPresetFiniteness.assertFinite(e.snapshot());
        e.reset();
        e.step();
        ValleyPresetFiniteness.assertFinite(e.snapshot());
    }

    /** Every cell, every summary number and the status sentence are finite numbers. */
    static final class ValleyPresetFiniteness {
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
            assertFalse(s.status().message().contains("NaN") || s.status().message().contains("Infinity"));
        }
    }
}
