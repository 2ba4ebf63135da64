package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The checkpoints of a long run stay within the budget: the interval doubles as the run grows, the checkpoints left
 * are as many as fit, and any position is reached from the nearest one with fewer than one interval of replayed steps.
 */
class TimelineBudgetTest {

    private static final long FORK_BYTES = 1000;

    /** A run whose state is its step count; each fork weighs {@link #FORK_BYTES} and counts the steps it takes. */
    record Count(long limit) {
    }

    static final class Counter implements Forkable<Count> {

        private Count params;
        private long value;
        private final long[] steps;

        Counter(Count params, long[] steps) {
            this.params = params;
            this.steps = steps;
        }

        @Override
        public Count params() {
            return params;
        }

        @Override
        public void setParams(Count next) {
            params = next;
        }

        @Override
        public void reset() {
            value = 0;
        }

        @Override
        public void step() {
            value++;
            steps[0]++;
        }

        @Override
        public boolean canStep() {
            return value < params.limit();
        }

        @Override
        public Snapshot snapshot() {
            return new CountSnapshot(value, params);
        }

        @Override
        public Counter fork() {
            Counter c = new Counter(params, steps);
            c.value = value;
            return c;
        }

        @Override
        public long forkBytes() {
            return FORK_BYTES;
        }
    }

    record CountSnapshot(long step, Count params) implements Snapshot {

        @Override
        public Status status() {
            return Status.running("counting");
        }

        @Override
        public Trace.View trace() {
            return Trace.View.empty("step");
        }

        @Override
        public Count summary() {
            return params;
        }
    }

    @Test
    void aLongRunThinsItsCheckpointsToTheBudgetAndReplaysLessThanOneInterval() {
        long budget = 20 * FORK_BYTES;
        long[] steps = {0};
        Timeline<Count> timeline = new Timeline<>(p -> new Counter(p, steps), new Count(100_000), budget);
        timeline.run(10_000);
        assertEquals(10_000, timeline.position());
        assertTrue(timeline.checkpointBytes() <= budget, timeline.checkpointBytes() + " bytes");
        assertTrue(timeline.checkpoints() > 20 / 2, timeline.checkpoints() + " checkpoints: thinned too far");
        long doublings = timeline.interval() / Timeline.FIRST_INTERVAL;
        assertEquals(Timeline.FIRST_INTERVAL * doublings, timeline.interval());
        assertEquals(1, Long.bitCount(doublings), "the interval doubles: " + timeline.interval());
        assertTrue(timeline.interval() >= 10_000 / 20, "interval " + timeline.interval());
        for (long s : new long[] {9_999, 1, 5_003, 0, 10_000, 7_777}) {
            steps[0] = 0;
            timeline.seek(s);
            assertEquals(s, timeline.snapshot().step());
            assertTrue(steps[0] < timeline.interval(), "seek to " + s + " replayed " + steps[0] + " steps");
        }
    }

    @Test
    void resumingFromAScrubbedStepDropsTheLaterHistory() {
        long[] steps = {0};
        Timeline<Count> timeline = new Timeline<>(p -> new Counter(p, steps), new Count(1_000));
        timeline.run(300);
        timeline.seek(100);
        assertEquals(300, timeline.end(), "scrubbing alone keeps the history");
        timeline.step();
        assertEquals(101, timeline.end());
        timeline.seek(300);
        assertEquals(101, timeline.position(), "nothing beyond the resumed step is left");
        assertTrue(timeline.checkpointBytes() <= 101 / Timeline.FIRST_INTERVAL * FORK_BYTES + FORK_BYTES);
    }
}
