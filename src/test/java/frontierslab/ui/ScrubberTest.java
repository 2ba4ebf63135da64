package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.app.FxPlatform;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.sim.Experiment;
import frontierslab.sim.SimulationRunner;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScrubberTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    /** A run whose every step takes 2 ms, so that going back (a replay from its start) takes a while. */
    private static final class Slow implements Experiment<QuadraticParams> {
        private final QuadraticExperiment picture = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        private int steps;

        @Override public QuadraticParams params() { return picture.params(); }
        @Override public void setParams(QuadraticParams p) { }
        @Override public void reset() { steps = 0; }
        @Override public boolean canStep() { return steps < 1000; }
        @Override public Snapshot snapshot() { return picture.snapshot(); }
        @Override public void step() {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            steps++;
        }
    }

    @Test
    void aSecondStepBackPressedWhileTheFirstIsComputedCountsFromIt() throws Exception {
        Timeline<QuadraticParams> run = new Timeline<>(p -> new Slow(), QuadraticParams.SPACE.defaults());
        for (int i = 0; i < 50; i++) {
            run.step();
        }
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("scrubber", run);
        try {
            Scrubber<QuadraticParams> scrubber = FxPlatform.call(Scrubber::new);
            scrubber.attach(run);
            scrubber.connect(runner, null);
            FxPlatform.run(() -> scrubber.seekBy(-1));
            Thread.sleep(30);
            FxPlatform.run(() -> scrubber.seekBy(-1));
            runner.awaitIdle();
            assertEquals(48, run.position(), "two presses of ',' go two steps back");
            assertEquals(50, run.end());
        } finally {
            runner.close();
        }
    }
}
