package frontierslab.panels.sam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SettlingTest {

    private static Settling of(double[] xs) {
        return Settling.of(xs, new double[xs.length], xs.length);
    }

    @Test
    void aRepeatedLastPointIsAtRest() {
        Settling s = of(new double[] {3, 1, 0.5, 0.5});
        assertEquals(Settling.Kind.AT_REST, s.kind());
        assertEquals(0.0, s.lastStep());
    }

    @Test
    void anExactTwoCycleHasPeriodTwo() {
        Settling s = of(new double[] {0.3, 1, -1, 1, -1, 1, -1});
        assertEquals(Settling.Kind.CYCLE, s.kind());
        assertEquals(2, s.period());
        assertEquals(0.0, s.returnDistance());
    }

    @Test
    void aThreeCycleApproachedGeometricallyIsFoundOnceItReturnsWithinATenthOfAPercentOfItsSteps() {
        double[] xs = new double[40];
        double[] orbit = {0, 1, 3};
        for (int t = 0; t < xs.length; t++) {
            xs[t] = orbit[t % 3] + Math.pow(0.5, t);
        }
        Settling s = Settling.of(xs, new double[40], 40);
        assertEquals(Settling.Kind.CYCLE, s.kind());
        assertEquals(3, s.period());
        assertEquals(Math.pow(0.5, 36) - Math.pow(0.5, 39), s.returnDistance(), 1e-15);
        assertEquals(Settling.Kind.MOVING, Settling.of(xs, new double[40], 9).kind(), "not yet within 10⁻³");
    }

    @Test
    void aSteadyDriftIsMoving() {
        double[] xs = new double[50];
        for (int t = 0; t < xs.length; t++) {
            xs[t] = 0.01 * t;
        }
        assertEquals(Settling.Kind.MOVING, of(xs).kind());
    }
}
