package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
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

    /**
     * An experiment whose every step takes a millisecond, counting its steps: a real one, or on a {@link ManualTicker}
     * a millisecond of its time.
     */
    private static final class SlowCounter implements Experiment<QuadraticParams> {
        private final QuadraticParams params = QuadraticParams.SPACE.defaults();
        private final int horizon;
        private final ManualTicker ticker;
        private Pacing pacing = Pacing.SHARE_FRAMES;
        private volatile int steps;

        SlowCounter(int horizon) {
            this(horizon, null);
        }

        SlowCounter(int horizon, ManualTicker ticker) {
            this.horizon = horizon;
            this.ticker = ticker;
        }

        @Override public QuadraticParams params() { return params; }
        @Override public void setParams(QuadraticParams p) { }
        @Override public void reset() { steps = 0; }
        @Override public boolean canStep() { return steps < horizon; }
        @Override public Pacing pacing() { return pacing; }
        @Override public Snapshot snapshot() {
            return new QuadraticExperiment(params).snapshot();
        }
        @Override public void step() {
            if (ticker != null) {
                ticker.advance(1_000_000);
            } else {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            steps++;
        }
    }

    /** A clock that moves only when a step or a wait moves it: a wait of t ns moves it by t at once. */
    private static final class ManualTicker implements Ticker {
        private final AtomicLong now = new AtomicLong();

        void advance(long nanos) {
            now.addAndGet(nanos);
        }

        @Override public long nanoTime() {
            return now.get();
        }

        @Override public void parkNanos(Object blocker, long nanos) {
            advance(nanos);
            Thread.yield();
        }
    }

    /** Plays a run of 1 ms steps to its end on a manual clock, nobody taking the snapshots; its length in ms. */
    private static double pacedRunMillis(int steps, double yieldShare) throws InterruptedException {
        return pacedRunMillis(steps, yieldShare, Experiment.Pacing.SHARE_FRAMES);
    }

    private static double pacedRunMillis(int steps, double yieldShare, Experiment.Pacing pacing)
            throws InterruptedException {
        ManualTicker ticker = new ManualTicker();
        SlowCounter counter = new SlowCounter(steps, ticker);
        counter.pacing = pacing;
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("paced",
                new Timeline<>(p -> counter, counter.params()), ticker);
        runner.setYieldShare(yieldShare);
        runner.setStepsPerSecond(Double.POSITIVE_INFINITY);
        runner.play();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (runner.isPlaying() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        runner.close();
        assertEquals(steps, counter.steps);
        return ticker.nanoTime() / 1e6;
    }

    @Test
    void aRunnerPacedByTheDisplayWaitsForTheDisplayInsteadOfRunningAhead() throws Exception {
        // Unpaced, 80 steps of 1 ms take 80 ms. Paced with half of each 16 ms frame left to the display, it computes
        // 8 ms, publishes, and waits up to a frame (nobody takes the snapshot): 10 batches and 9 waits, 80 + 9·16 ms.
        assertEquals(80, pacedRunMillis(80, 0), 1e-9);
        assertEquals(80 + 9 * 16, pacedRunMillis(80, 0.5), 1e-9);
    }

    @Test
    void anExperimentThatKeepsToItsOwnCoreIsNotHeldBackByTheDisplay() throws Exception {
        // The same 80 steps of 1 ms with half of each frame left to the display: an experiment whose steps keep to the
        // simulation thread leaves the display the other core instead, so it neither stops early nor waits (the runner
        // sees it through the timeline that records the run, as in the app).
        assertEquals(80, pacedRunMillis(80, 0.5, Experiment.Pacing.OWN_CORE), 1e-9);
    }

    @Test
    void theRunnerSaysWhetherItsExperimentKeepsToItsOwnCore() throws Exception {
        for (Experiment.Pacing pacing : Experiment.Pacing.values()) {
            SlowCounter counter = new SlowCounter(1, new ManualTicker());
            counter.pacing = pacing;
            SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("pacing",
                    new Timeline<>(p -> counter, counter.params()), new ManualTicker());
            assertEquals(pacing == Experiment.Pacing.OWN_CORE, runner.keepsToItsOwnCore(), pacing.name());
            runner.close();
        }
    }

    @Test
    void awaitIdleWaitsForTheFirstCommandSentToARunnerGivenItsExperiment() throws Exception {
        SimulationRunner<QuadraticParams> runner = new SimulationRunner<>("first-command", new SlowCounter(10));
        try {
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            runner.execute(e -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                done.set(true);
            });
            runner.awaitIdle();
            assertTrue(done.get(), "awaitIdle returned before the command ran");
        } finally {
            runner.close();
        }
    }

    @Test
    void aPlayingRunThatNeedsItsOwnCoreHoldsBackgroundWorkUntilItPausesOrCloses() throws Exception {
        SlowCounter ownCore = new SlowCounter(1_000_000);
        ownCore.pacing = Experiment.Pacing.OWN_CORE;
        SlowCounter shared = new SlowCounter(1_000_000);
        SimulationRunner<QuadraticParams> sharing = new SimulationRunner<>("sharing", shared);
        SimulationRunner<QuadraticParams> owning = new SimulationRunner<>("owning", ownCore);
        try {
            sharing.play();
            awaitSteps(shared, 5);
            assertFalse(Foreground.busy(), "a run that shares its frames leaves background work alone");
            owning.play();
            awaitSteps(ownCore, 5);
            assertTrue(Foreground.busy(), "playing");
            owning.pause();
            assertTrue(awaitFree(), "paused");
            owning.play();
            awaitSteps(ownCore, ownCore.steps + 5);
            assertTrue(Foreground.busy(), "playing again");
            owning.setVisible(false);
            assertTrue(awaitFree(), "hidden");
            owning.setVisible(true);
            awaitSteps(ownCore, ownCore.steps + 5);
            owning.close();
            assertTrue(awaitFree(), "closed");
        } finally {
            sharing.close();
            owning.close();
        }
    }

    private static void awaitSteps(SlowCounter counter, int steps) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counter.steps < steps && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(counter.steps >= steps, "the run took " + steps + " steps");
    }

    private static boolean awaitFree() throws InterruptedException {
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                Foreground.awaitIdle();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.join(10_000);
        return !waiter.isAlive() && !Foreground.busy();
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
