package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TraceTest {

    @Test
    void theLargestFiniteValueSkipsMissingMeasurementsAndIsNeverBelowZero() {
        Trace trace = new Trace("step", "sharpness");
        trace.append(0, Double.NaN);
        trace.append(1, 3.5);
        trace.append(2, Double.POSITIVE_INFINITY);
        trace.append(3, 2.0);
        assertEquals(3.5, trace.view().largestFinite("sharpness"));
        assertEquals(3.0, trace.view().largestFinite("step"));
        Trace negative = new Trace("step", "loss");
        negative.append(0, -4);
        assertEquals(0.0, negative.view().largestFinite("loss"));
    }

    @Test
    void aViewKeepsTheRowsItWasTakenWithWhileTheTraceGrows() {
        Trace trace = new Trace("step", "x");
        for (int i = 0; i < 100; i++) {
            trace.append(i, i * i);
        }
        Trace.View early = trace.view();
        for (int i = 100; i < 1000; i++) {
            trace.append(i, i * i);
        }
        assertEquals(100, early.rows());
        assertEquals(99.0 * 99, early.largestFinite("x"));
        assertEquals(999.0 * 999, trace.view().largestFinite("x"));
    }
}
