package frontierslab.panels.eos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.sim.Numbers;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuadraticExperimentTest {

    /** x₁(t) = (1 − ηλ₁)ᵗ x₁(0), the closed form the run must follow on both sides of the threshold. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 1.6, 1.98, 2.02, 2.3, 2.9})
    void followsTheClosedFormOnBothSidesOfTheThreshold(double etaLambda) {
        double lambda1 = 4;
        double eta = etaLambda / lambda1;
        QuadraticParams p = new QuadraticParams(eta, lambda1, 1, 2, 2.5, 40);
        Trace.View t = new QuadraticExperiment(p).snapshot().trace();
        for (int s = 0; s < t.rows(); s++) {
            double expected = 2 * Math.pow(1 - eta * lambda1, s);
            assertEquals(expected, t.get(s, "x1"), 1e-12 * Math.max(1, Math.abs(expected)));
            assertEquals(2.5 * Math.pow(1 - eta, s), t.get(s, "x2"), 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.5, 1.95, 1.999})
    void convergesWhenEtaLambdaMaxIsBelowTwo(double etaLambda) {
        QuadraticExperiment e = new QuadraticExperiment(new QuadraticParams(etaLambda / 4, 4, 1, 2, 2.5, 2000));
        var s = e.snapshot();
        double x1 = s.trace().get(s.trace().rows() - 1, "x1");
        assertTrue(Math.abs(x1) < 2, "x₁ shrank");
        assertTrue(s.status().state() != Status.State.DIVERGED, s.status().message());
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.001, 2.05, 2.5, 3})
    void divergesWhenEtaLambdaMaxIsAboveTwo(double etaLambda) {
        QuadraticExperiment e = new QuadraticExperiment(new QuadraticParams(etaLambda / 4, 4, 1, 2, 2.5, 2000));
        assertEquals(Status.State.DIVERGED, e.snapshot().status().state(), e.snapshot().status().message());
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.2, 3.0})
    void aDivergedRunKeepsItsLastFinitePointAndSaysWhereItLeftThePlot(double etaLambda) {
        QuadraticExperiment e = new QuadraticExperiment(new QuadraticParams(etaLambda / 4, 4, 1, 2, 2.5, 2000));
        var s = e.snapshot();
        assertTrue(s.status().message().contains("|1 − ηλ₁| = " + Numbers.format(etaLambda - 1)),
                s.status().message());
        assertTrue(s.status().message().contains("left the plot at step"), s.status().message());
        for (int r = 0; r < s.trace().rows(); r++) {
            assertTrue(Double.isFinite(s.trace().get(r, "loss")));
        }
        int left = (int) s.summary().leftPlotAtStep();
        // the first step with |x₁| = 2|1 − ηλ₁|ᵗ > 3.5
        int expected = (int) Math.ceil(Math.log(3.5 / 2) / Math.log(etaLambda - 1));
        assertEquals(expected, left);
    }

    /** The run converges just below the method's closed-form threshold and diverges just above it. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "GRADIENT_DESCENT, 0.0", "HEAVY_BALL, 0.3", "HEAVY_BALL, 0.8", "NESTEROV, 0.3", "NESTEROV, 0.9"})
    void momentumMovesTheThresholdTo2Plus2BetaOrTheNesterovValue(
            frontierslab.math.eos.StabilityThreshold.Method method, double beta) {
        double expected = switch (method) {
            case GRADIENT_DESCENT -> 2;
            case HEAVY_BALL -> 2 + 2 * beta;
            case NESTEROV -> (2 + 2 * beta) / (1 + 2 * beta);
        };
        double lambda1 = 4;
        QuadraticParams below = new QuadraticParams(expected * 0.97 / lambda1, lambda1, 1, 2, 2.5, 2000, method, beta);
        QuadraticParams above = new QuadraticParams(expected * 1.03 / lambda1, lambda1, 1, 2, 2.5, 2000, method, beta);
        assertEquals(expected, below.threshold(), 1e-12);
        assertTrue(new QuadraticExperiment(below).snapshot().status().state() != Status.State.DIVERGED);
        assertEquals(Status.State.DIVERGED, new QuadraticExperiment(above).snapshot().status().state());
    }

    @Property(tries = 200)
    void noParameterInRangeMakesTheRunEmitANonFiniteNumber(
            @ForAll @DoubleRange(min = 0.001, max = 3) @net.jqwik.api.constraints.Scale(6) double eta,
            @ForAll @DoubleRange(min = 0.1, max = 20) double l1,
            @ForAll @DoubleRange(min = 0.1, max = 20) double l2,
            @ForAll @DoubleRange(min = -3, max = 3) double x1,
            @ForAll @DoubleRange(min = -3, max = 3) double x2,
            @ForAll @IntRange(min = 1, max = 2000) int steps,
            @ForAll frontierslab.math.eos.StabilityThreshold.Method method,
            @ForAll @DoubleRange(min = 0, max = 0.99) double beta) {
        var s = new QuadraticExperiment(new QuadraticParams(eta, l1, l2, x1, x2, steps, method, beta)).snapshot();
        Trace.View t = s.trace();
        for (int c = 0; c < t.columns().size(); c++) {
            for (int r = 0; r < t.rows(); r++) {
                assertTrue(Double.isFinite(t.get(r, c)));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aParameterChangeRecomputesToTheStepTheUserHadReached() {
        QuadraticExperiment e = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        e.reset();
        e.step();
        e.step();
        e.step();
        e.setParams(QuadraticParams.SPACE.with(e.params(), "eta", 0.3));
        assertEquals(3, e.snapshot().step());
        assertEquals(2 * Math.pow(1 - 0.3 * 4, 3), e.snapshot().trace().get(3, "x1"), 1e-12);
    }

    @org.junit.jupiter.api.Test
    void seededRunsAreIdenticalBitForBit() {
        QuadraticParams p = new QuadraticParams(0.37, 4.2, 1.3, 1.1, -2.2, 300);
        var a = new QuadraticExperiment(p).snapshot().trace();
        var b = new QuadraticExperiment(p).snapshot().trace();
        for (int r = 0; r < a.rows(); r++) {
            assertEquals(Double.doubleToRawLongBits(a.get(r, "x1")), Double.doubleToRawLongBits(b.get(r, "x1")));
        }
    }
}
