package frontierslab.math.optim;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SaneRangeTest {

    @Test
    void withKOneTheFirstRiseAboveTheStartIsTheDivergenceAndSaysItsStep() {
        SaneRange.Watch w = SaneRange.monotone(1e6).watch(72);
        assertNull(w.check(1, 50, 1, 2));
        assertNull(w.check(2, 60, 1, 2), "a rise that stays below the start is inside the range");
        String left = w.check(3, 2099.52, 1, 2);
        assertTrue(left.contains("at step 3") && left.contains("2.10e+03") && left.contains("its start 72"), left);
    }

    @Test
    void anOscillationAroundALevelBelowKTimesTheStartIsInside() {
        SaneRange.Watch w = new SaneRange(10, 0, 1e6).watch(1);
        for (int t = 1; t <= 1000; t++) {
            assertNull(w.check(t, t % 2 == 0 ? 9.5 : 0.5, 1, 1), "step " + t);
        }
    }

    @Test
    void aLossAboveKTimesTheStartThatIsFallingIsNotYetDivergence() {
        SaneRange.Watch w = new SaneRange(10, 0, 1e6).watch(1);
        assertTrue(w.check(1, 100, 0) != null, "above 10 × 1 and growing from 1");
        SaneRange.Watch falling = new SaneRange(10, 0, 1e6).watch(1000);
        assertNull(falling.check(1, 500, 0), "a start of 1000 falling to 500");
    }

    @Test
    void theFloorStandsForAStartAtAMinimum() {
        SaneRange.Watch w = new SaneRange(1, 1e-24, 1e6).watch(0);
        assertNull(w.check(1, 1e-32, 0), "rounding noise above an exact start of 0");
        assertNull(w.check(2, 5e-25, 0));
        assertTrue(w.check(3, 2e-24, 0).contains("the loss scale"));
    }

    @Test
    void aNonFiniteValueOrAnEscapedIterateIsDivergence() {
        assertTrue(SaneRange.iterateOnly(10).watch(1).check(4, Double.NaN, 0).contains("non-finite at step 4"));
        assertTrue(SaneRange.iterateOnly(10).watch(1).check(5, 1, Double.POSITIVE_INFINITY).contains("non-finite"));
        assertTrue(SaneRange.iterateOnly(10).watch(1).check(6, 1e300, 6, 8.1).contains("passed 10.0 at step 6"));
        assertNull(SaneRange.iterateOnly(10).watch(1).check(7, 1e300, 6, 7.9), "no loss rule with K = ∞");
    }

    @Test
    void aFactorBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SaneRange(0.5, 0, 1));
    }
}
