package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulationRunnerTest {

    @Test
    void aStormOfParameterChangesAndResetsEndsInTheStateOfTheLastCommand() throws Exception {
        QuadraticParams initial = QuadraticParams.SPACE.defaults();
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("storm", new QuadraticExperiment(initial));
        QuadraticExperiment reference = new QuadraticExperiment(initial);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                runner.reset();
                reference.reset();
            } else if (kind == 1) {
                runner.stepOnce();
                reference.step();
            } else {
                QuadraticParams p = new QuadraticParams(0.001 + random.nextDouble() * 2.9,
                        0.1 + random.nextDouble() * 19, 0.1 + random.nextDouble() * 19, -3 + 6 * random.nextDouble(),
                        -3 + 6 * random.nextDouble(), 1 + random.nextInt(500));
                runner.submitParams(p);
                reference.setParams(p);
            }
        }
        runner.awaitIdle();
        assertNull(runner.failure());
        Snapshot actual = runner.takeSnapshot();
        Snapshot expected = reference.snapshot();
        assertEquals(expected.params(), actual.params());
        assertEquals(expected.step(), actual.step());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.trace().rows(), actual.trace().rows());
        for (int r = 0; r < expected.trace().rows(); r++) {
            assertEquals(expected.trace().get(r, "x1"), actual.trace().get(r, "x1"));
            assertEquals(expected.trace().get(r, "x2"), actual.trace().get(r, "x2"));
        }
        runner.close();
        runner.thread().join(2000);
        assertFalse(runner.thread().isAlive(), "the thread stops when closed");
    }

    @Test
    void closingStopsTheThreadEvenWhilePlaying() throws Exception {
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("close",
                new QuadraticExperiment(new QuadraticParams(0.1, 1, 1, 1, 1, 2000)));
        runner.setStepsPerSecond(Double.POSITIVE_INFINITY);
        runner.reset();
        runner.play();
        Thread.sleep(20);
        runner.close();
        runner.thread().join(2000);
        assertFalse(runner.thread().isAlive());
        assertTrue(runner.thread().getName().equals("sim-close"));
        assertTrue(runner.thread().isDaemon());
    }

    @Test
    void latestParametersWin() throws Exception {
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("latest",
                new QuadraticExperiment(QuadraticParams.SPACE.defaults()));
        for (int i = 1; i <= 1000; i++) {
            runner.submitParams(new QuadraticParams(0.001 * i, 4, 1, 2, 2.5, 60));
        }
        runner.awaitIdle();
        assertEquals(1.0, call(runner, e -> e.params().eta()), 1e-15);
        runner.close();
    }

    private static <T> T call(SimulationRunner<QuadraticParams> runner,
                              java.util.function.Function<Experiment<QuadraticParams>, T> f) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        runner.execute(e -> result.complete(f.apply(e)));
        return result.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void anExperimentBuiltOnTheSimulationThreadPublishesItsFirstSnapshotWhenReady() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> builtOn = new java.util.concurrent.atomic.AtomicReference<>();
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("built", () -> {
            builtOn.set(Thread.currentThread().getName());
            return new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        });
        runner.stepOnce();
        runner.awaitIdle();
        assertEquals("sim-built", builtOn.get());
        assertNull(runner.failure());
        assertTrue(runner.takeSnapshot() != null);
        runner.close();
    }

    /** An experiment whose every step takes a millisecond, counting its steps. */
    private static final class SlowCounter implements Experiment<QuadraticParams> {
        private final QuadraticParams params = QuadraticParams.SPACE.defaults();
        private final int horizon;
        private volatile int steps;

        SlowCounter(int horizon) {
            this.horizon = horizon;
        }

        @Override public QuadraticParams params() { return params; }
        @Override public void setParams(QuadraticParams p) { }
        @Override public void reset() { steps = 0; }
        @Override public boolean canStep() { return steps < horizon; }
        @Override public Snapshot snapshot() {
            return new QuadraticExperiment(params).snapshot();
        }
        @Override public void step() {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            steps++;
        }
    }

    @Test
    void aRunnerPacedByTheDisplayWaitsForTheDisplayInsteadOfRunningAhead() throws Exception {
        SlowCounter counter = new SlowCounter(100_000);
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("paced", counter);
        runner.setYieldShare(0.5);
        runner.setStepsPerSecond(Double.POSITIVE_INFINITY);
        long start = System.nanoTime();
        runner.play();
        Thread.sleep(300);
        runner.pause();
        double elapsedMillis = (System.nanoTime() - start) / 1e6;
        runner.close();
        // Unpaced, a step of at least 1 ms gives at most one step per millisecond; paced with nobody taking the
        // snapshots, at most 8 ms of steps per 24 ms (8 computing, then up to one 16 ms frame waiting).
        assertTrue(counter.steps < 0.6 * elapsedMillis,
                counter.steps + " steps in " + elapsedMillis + " ms: the runner did not wait for the display");
        assertTrue(counter.steps > 0, "the paced runner still made progress");
    }

    @Test
    void aPacedRunnerWhoseSnapshotsAreTakenEveryFrameFinishesItsRun() throws Exception {
        SlowCounter counter = new SlowCounter(200);
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("paced-display", counter);
        runner.setYieldShare(0.5);
        runner.setStepsPerSecond(Double.POSITIVE_INFINITY);
        runner.play();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (runner.isPlaying() && System.nanoTime() < deadline) {
            runner.takeSnapshot();
            Thread.sleep(16);
        }
        assertFalse(runner.isPlaying(), "the run reached its horizon");
        assertEquals(200, counter.steps);
        assertNull(runner.failure());
        runner.close();
    }

    /** The quadratic, with a step that can be replaced (to fail as a bug would, or to hang). */
    private static class Wrapped implements Experiment<QuadraticParams> {
        final QuadraticExperiment inner;

        Wrapped(QuadraticParams p) {
            inner = new QuadraticExperiment(p);
        }

        public QuadraticParams params() {
            return inner.params();
        }

        public void setParams(QuadraticParams p) {
            inner.setParams(p);
        }

        public void reset() {
            inner.reset();
        }

        public void step() {
            inner.step();
        }

        public boolean canStep() {
            return inner.canStep();
        }

        public Snapshot snapshot() {
            return inner.snapshot();
        }
    }

    private static final class FailsOnThirdStep extends Wrapped {
        private int steps;

        FailsOnThirdStep(QuadraticParams p) {
            super(p);
        }

        @Override
        public void step() {
            if (++steps == 3) {
                throw new IllegalStateException("a bug in the step");
            }
            super.step();
        }
    }

    @Test
    void afterAFailureTheRunnerShowsItKeepsItsThreadAndResetBuildsTheExperimentAnewWithTheLastParameters()
            throws Exception {
        QuadraticParams initial = QuadraticParams.SPACE.defaults();
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("recover", () -> new FailsOnThirdStep(initial));
        QuadraticParams changed = new QuadraticParams(0.3, 4, 1, 1, 1, 100);
        runner.submitParams(changed);
        for (int i = 0; i < 3; i++) {
            runner.stepOnce();
        }
        runner.awaitIdle();
        assertTrue(runner.failure() instanceof IllegalStateException);
        assertTrue(runner.thread().isAlive(), "the thread outlives the failure");
        runner.takeSnapshot();
        runner.stepOnce();
        runner.awaitIdle();
        assertNull(runner.takeSnapshot(), "a step after the failure is not taken on the broken experiment");
        runner.reset();
        runner.stepOnce();
        runner.awaitIdle();
        assertNull(runner.failure());
        Snapshot s = runner.takeSnapshot();
        QuadraticExperiment reference = new QuadraticExperiment(initial);
        reference.setParams(changed);
        reference.step();
        assertEquals(changed, s.params());
        assertEquals(reference.snapshot().step(), s.step());
        assertEquals(reference.snapshot().trace().rows(), s.trace().rows());
        runner.close();
    }

    @Test
    void closeReturnsAtOnceWhileAStepComputesAndInterruptsTheThread() throws Exception {
        java.util.concurrent.CountDownLatch inStep = new java.util.concurrent.CountDownLatch(1);
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("slow", () ->
                new Wrapped(QuadraticParams.SPACE.defaults()) {
                    @Override
                    public void step() {
                        inStep.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        runner.stepOnce();
        inStep.await();
        runner.close();
        runner.thread().join(5_000);
        assertFalse(runner.thread().isAlive(), "the interrupted step ends and the thread stops");
    }
}
