package frontierslab.math.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ProductValley.Loss;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The sharpness of every gradient-flow limit lies in the valley's interval of minimum sharpness, [8a, 8] on the
 * ellipse and [2y, ∞) on the hyperbola, for starts of any magnitude: from 10⁻³⁰⁰ through the escape radius
 * (10⁸·max(1, ‖w₀‖)) up to 10³⁰⁰ (a run records the iterate that escaped, which may lie far beyond it).
 */
class FlowLimitSharpnessPropertiesTest {

    private static double coordinate(double exponent, boolean negative) {
        double magnitude = Math.pow(10, exponent);
        return negative ? -magnitude : magnitude;
    }

    @Property(tries = 2000)
    void everyEllipseFlowLimitHasSharpnessBetweenEightAAndEight(
            @ForAll @DoubleRange(min = 0.05, max = 1) double a,
            @ForAll @DoubleRange(min = -300, max = 300) double xExponent, @ForAll boolean xNegative,
            @ForAll @DoubleRange(min = -300, max = 300) double yExponent, @ForAll boolean yNegative) {
        Valley valley = Valley.of(new EllipseValley(a));
        double[] w = {coordinate(xExponent, xNegative), coordinate(yExponent, yNegative)};
        double[] limit = valley.gradientFlowLimit(w).orElseThrow();
        double s = valley.sharpnessAtMinimum(limit);
        String where = "a=" + a + " w=" + Arrays.toString(w) + " limit=" + Arrays.toString(limit);
        assertTrue(s >= 8 * a * (1 - 1e-14) && s <= 8 * (1 + 1e-14), s + " " + where);
        assertEquals(0.0, valley.residual(limit), 1e-14, where);
        assertEquals(Math.signum(w[0]), Math.copySign(1.0, limit[0]), where);
        assertEquals(Math.signum(w[1]), Math.copySign(1.0, limit[1]), where);
        if (Math.abs(limit[0]) > 1e-290 && Math.abs(limit[1]) > 1e-290) {
            // the flow keeps x/|y|^a: compare in logarithms, where the start's huge or tiny values are exact
            double invariant = Math.log(Math.abs(w[0])) - a * Math.log(Math.abs(w[1]));
            double reached = Math.log(Math.abs(limit[0])) - a * Math.log(Math.abs(limit[1]));
            assertEquals(invariant, reached, 1e-12 * Math.max(1, Math.abs(invariant)), where);
        }
    }

    @Property(tries = 1000)
    void everyEllipseFlowLimitWithinTheEscapeRadiusHasItsSharpness(
            @ForAll @DoubleRange(min = 0.05, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 6.28) double angle,
            @ForAll @DoubleRange(min = -12, max = 8.93) double logRadius) {
        // ‖w‖ from 10⁻¹² to 8.5·10⁸, the escape radius of the farthest start (6, 6) the controls allow
        Valley valley = Valley.of(new EllipseValley(a));
        double r = Math.pow(10, logRadius);
        double[] w = {r * Math.cos(angle), r * Math.sin(angle)};
        var limit = valley.gradientFlowLimit(w);
        if (limit.isEmpty()) {
            return;
        }
        double s = valley.sharpnessAtMinimum(limit.get());
        assertTrue(s >= 8 * a * (1 - 1e-14) && s <= 8 * (1 + 1e-14), s + " a=" + a + " " + Arrays.toString(w));
    }

    @Property(tries = 1000)
    void everyProductFlowLimitHasSharpnessAtLeastTwoYAndTheConservedBalance(
            @ForAll @DoubleRange(min = 0.25, max = 4) double y, @ForAll Loss loss,
            @ForAll @DoubleRange(min = -100, max = 100) double xExponent, @ForAll boolean xNegative,
            @ForAll @DoubleRange(min = -100, max = 100) double yExponent, @ForAll boolean yNegative) {
        Valley valley = Valley.of(new ProductValley(y, loss));
        double[] w = {coordinate(xExponent, xNegative), coordinate(yExponent, yNegative)};
        var limit = valley.gradientFlowLimit(w);
        if (limit.isEmpty()) {
            return;
        }
        double s = valley.sharpnessAtMinimum(limit.get());
        double d = w[0] * w[0] - w[1] * w[1];
        assertTrue(s >= 2 * y * (1 - 1e-14), s + " " + Arrays.toString(w));
        assertEquals(Math.hypot(d, 2 * y), s, 1e-13 * s, Arrays.toString(w));
    }

    @Test
    void theReportedFarStartFlowsToTheFlattestMinimum() {
        // the escaped iterate of eos-valley with a = 0.25, η = 0.5 from (0.3, 2): the x-term dominates, so the flow
        // ends at (−1/√a, 0⁻) whose sharpness is 8a = 2
        Valley valley = Valley.of(new EllipseValley(0.25));
        double[] limit = valley.gradientFlowLimit(new double[] {-1.552670992849673E7, -1.65912551096391E10})
                .orElseThrow();
        assertEquals(-2.0, limit[0], 1e-12);
        assertEquals(2.0, valley.sharpnessAtMinimum(limit), 1e-12);
    }

    @Property(tries = 100)
    void everyRecordedFlowLimitOfAnEllipseRunLiesInTheInterval(
            @ForAll @DoubleRange(min = 0.05, max = 1) double a, @ForAll @DoubleRange(min = 0.01, max = 2) double eta,
            @ForAll @DoubleRange(min = -6, max = 6) double x, @ForAll @DoubleRange(min = -6, max = 6) double y,
            @ForAll @IntRange(min = 1, max = 300) int steps) {
        if (x == 0 && y == 0) {
            return;
        }
        ValleyRun.Result run = ValleyRun.run(Valley.of(new EllipseValley(a)), new double[] {x, y}, eta, steps);
        for (double s : run.flowLimitSharpness()) {
            assertTrue(s >= 8 * a * (1 - 1e-14) && s <= 8 * (1 + 1e-14), s + " a=" + a + " η=" + eta);
        }
    }
}
