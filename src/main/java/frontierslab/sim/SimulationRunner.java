package frontierslab.sim;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Owns one experiment on one named daemon thread ({@code sim-<panel-id>}); nothing else touches the experiment.
 *
 * <p>Two mailboxes: the FX side writes parameters into a latest-value-wins slot and commands (play, pause, step once,
 * reset, an arbitrary action on the experiment) into a queue; the simulation side publishes an immutable
 * {@link Snapshot} into a single slot that the FX side empties once per frame with {@link #takeSnapshot()}. A storm of
 * slider events costs one {@code setParams} per loop turn. The thread parks when there is nothing to do (paused,
 * hidden, finished) and never busy-waits; while playing it takes {@link #stepsPerSecond()} steps per second, in batches
 * of at most one frame's worth of work, publishing after each batch.
 *
 * <p>A failure of the experiment (a bug) is logged, kept for the view to show, and stops the play; the thread lives
 * on, and {@link #reset()} builds the experiment anew with the last parameters sent. {@link #close()} interrupts the
 * thread and returns at once.
 */
public final class SimulationRunner<P extends Record> implements AutoCloseable {

    private static final long FRAME_NANOS = 16_000_000L;

    private Experiment<P> experiment;
    private final java.util.function.Supplier<Experiment<P>> factory;
    private P lastParams;
    private final Thread thread;
    private final Ticker ticker;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<Pending<P>> pendingParams = new AtomicReference<>();
    private final Queue<Command<P>> commands = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Snapshot> outbox = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean playing;
    private volatile boolean replayed;
    private volatile boolean ownCore;
    private volatile boolean visible = true;
    private volatile boolean closed;
    private volatile double stepsPerSecond = 30;
    private volatile double yieldShare;
    private volatile long applied;
    private long nextStepAt;
    private long inFlight;
    private double owed;

    private record Pending<P>(P params, long sequence) {
    }

    /** {@code recovers}: also runs after a failure (a reset that builds the experiment anew). */
    private record Command<P extends Record>(Consumer<Experiment<P>> action, long sequence, boolean recovers) {
    }

    public SimulationRunner(String panelId, Experiment<P> experiment) {
        this(panelId, experiment, Ticker.SYSTEM);
    }

    /** A runner on the given clock (tests of its pacing). */
    SimulationRunner(String panelId, Experiment<P> experiment, Ticker ticker) {
        this.ticker = ticker;
        this.experiment = experiment;
        this.factory = null;
        this.replayed = replays(experiment);
        this.ownCore = experiment.pacing() == Experiment.Pacing.OWN_CORE;
        this.thread = Thread.ofPlatform().name("sim-" + panelId).daemon(true).unstarted(this::loop);
        outbox.set(experiment.snapshot());
        // sequence 1 is the experiment's construction, which the loop marks applied as it starts
        sequence.incrementAndGet();
        thread.start();
    }

    /**
     * Builds the experiment on the simulation thread itself (an experiment whose constructor computes for a while, a
     * phase map or a profile, then never holds up the FX thread); its first snapshot is published when it is ready.
     */
    public SimulationRunner(String panelId, java.util.function.Supplier<Experiment<P>> factory) {
        this.ticker = Ticker.SYSTEM;
        this.factory = factory;
        this.thread = Thread.ofPlatform().name("sim-" + panelId).daemon(true).unstarted(() -> {
            try {
                experiment = factory.get();
                replayed = replays(experiment);
                ownCore = experiment.pacing() == Experiment.Pacing.OWN_CORE;
                outbox.set(experiment.snapshot());
            } catch (RuntimeException | Error e) {
                fail("building the experiment on " + Thread.currentThread().getName() + " failed", e);
            }
            loop();
        });
        sequence.incrementAndGet();
        thread.start();
    }

    /** Latest value wins: only the newest parameters not yet applied are applied. */
    public void submitParams(P params) {
        pendingParams.set(new Pending<>(params, sequence.incrementAndGet()));
        LockSupport.unpark(thread);
    }

    public void play() {
        playing = true;
        LockSupport.unpark(thread);
    }

    public void pause() {
        playing = false;
        LockSupport.unpark(thread);
    }

    public boolean isPlaying() {
        return playing;
    }

    /**
     * Whether the experiment recomputes its run from step 0 on every change ({@link ReplayedExperiment}), so that a
     * slider drag may send every value it passes; a long run (a network) takes a change where it is, so a drag sends
     * only its last value.
     */
    public boolean replaysOnChange() {
        return replayed;
    }

    /** Whether the experiment's steps keep to the simulation thread ({@link Experiment.Pacing#OWN_CORE}). */
    public boolean keepsToItsOwnCore() {
        return ownCore;
    }

    private static boolean replays(Experiment<?> e) {
        return e instanceof ReplayedExperiment || e instanceof Timeline<?> t && t.replays();
    }

    public void stepOnce() {
        playing = false;
        execute(Experiment::step);
    }

    /** Back to step 0; after a failure, the experiment is built anew with the last parameters sent. */
    public void reset() {
        enqueue(e -> {
            if (failure.get() != null && factory != null) {
                experiment = factory.get();
                if (lastParams != null) {
                    experiment.setParams(lastParams);
                }
            } else if (experiment != null) {
                experiment.reset();
            }
            failure.set(null);
        }, true);
    }

    /** Runs an action on the experiment, on its own thread, in order with the other commands. */
    public void execute(Consumer<Experiment<P>> action) {
        enqueue(action, false);
    }

    private synchronized void enqueue(Consumer<Experiment<P>> action, boolean recovers) {
        Pending<P> before = pendingParams.getAndSet(null);
        if (before != null) {
            commands.add(new Command<>(e -> {
                lastParams = before.params();
                e.setParams(before.params());
            }, before.sequence(), false));
        }
        commands.add(new Command<>(action, sequence.incrementAndGet(), recovers));
        LockSupport.unpark(thread);
    }

    /** Steps per second while playing; {@link Double#POSITIVE_INFINITY} for as fast as the machine allows. */
    public void setStepsPerSecond(double rate) {
        stepsPerSecond = rate;
        LockSupport.unpark(thread);
    }

    /**
     * While running as fast as possible, leave this fraction of each frame to the display: compute for the rest of the
     * frame, publish, then wait until the display has taken the snapshot (at most one frame). The simulation then never
     * runs ahead of the screen, and when the screen falls behind (a busy machine, the JIT compiling in the first
     * seconds) the simulation slows down with it instead of taking the renderer's time. The GUI sets it on machines
     * with few cores; the command line does not. An experiment whose steps keep to this thread
     * ({@link Experiment.Pacing#OWN_CORE}) leaves the display the other cores instead, and is not held back.
     */
    public void setYieldShare(double share) {
        yieldShare = Math.max(0, Math.min(0.9, share));
    }

    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    /** A hidden panel's runner parks until it is shown again. */
    public void setVisible(boolean visible) {
        this.visible = visible;
        LockSupport.unpark(thread);
    }

    /** The newest snapshot not yet taken, or null: the FX side calls this once per frame. */
    public Snapshot takeSnapshot() {
        Snapshot taken = outbox.getAndSet(null);
        if (taken != null && yieldShare > 0) {
            LockSupport.unpark(thread);
        }
        return taken;
    }

    /** The failure that stopped the run, if the experiment threw (a bug, shown to the user rather than hidden). */
    public Throwable failure() {
        return failure.get();
    }

    public Thread thread() {
        return thread;
    }

    /**
     * Blocks until every command and parameter sent before this call has been applied and published (tests and the
     * command line use it; the GUI never blocks).
     */
    public void awaitIdle() throws InterruptedException {
        long target = sequence.get();
        while (applied < target && thread.isAlive()) {
            Thread.sleep(1);
        }
    }

    /** Stops the thread: interrupts it and returns at once (the FX thread never waits for a step to end). */
    @Override
    public void close() {
        closed = true;
        Foreground.playing(this, false);
        thread.interrupt();
        LockSupport.unpark(thread);
    }

    private void fail(Throwable e) {
        fail("the simulation " + thread.getName() + " failed", e);
    }

    private void fail(String what, Throwable e) {
        Logs.error(SimulationRunner.class, what, e);
        failure.set(e);
        playing = false;
    }

    /** Waits until the display takes the published snapshot, for at most one frame, or until there is work. */
    private void awaitDisplay() {
        long until = ticker.nanoTime() + FRAME_NANOS;
        long left;
        while (outbox.get() != null && commands.isEmpty() && pendingParams.get() == null && playing && !closed
                && (left = until - ticker.nanoTime()) > 0) {
            ticker.parkNanos(this, left);
        }
    }

    private void loop() {
        applied = Math.max(applied, 1);
        nextStepAt = ticker.nanoTime();
        while (!closed) {
            try {
                turn();
            } catch (RuntimeException | Error e) {
                if (closed) {
                    break;
                }
                fail(e);
                applied = Math.max(applied, inFlight);
            }
        }
        Foreground.playing(this, false);
    }

    /** One turn of the loop: commands, parameters, a batch of steps, a publication, then a park until there is work. */
    private void turn() {
        boolean changed = false;
        long done = applied;
        Command<P> command;
        while ((command = commands.poll()) != null) {
            inFlight = command.sequence();
            if (command.recovers() || (experiment != null && failure.get() == null)) {
                command.action().accept(experiment);
            }
            done = Math.max(done, command.sequence());
            changed = true;
        }
        Pending<P> pending = pendingParams.getAndSet(null);
        if (pending != null) {
            inFlight = pending.sequence();
            lastParams = pending.params();
            if (experiment != null && failure.get() == null) {
                experiment.setParams(pending.params());
            }
            done = Math.max(done, pending.sequence());
            changed = true;
        }
        boolean running = playing && visible && canStep();
        if (running) {
            long now = ticker.nanoTime();
            double rate = stepsPerSecond;
            long deadline = now + (long) (FRAME_NANOS * (1 - yieldShare()));
            if (Double.isInfinite(rate)) {
                while (experiment.canStep() && ticker.nanoTime() < deadline && pendingParams.get() == null
                        && commands.isEmpty()) {
                    experiment.step();
                }
                changed = true;
            } else if (now >= nextStepAt) {
                owed += Math.max(1, (now - nextStepAt) * rate / 1e9);
                while (owed >= 1 && experiment.canStep() && ticker.nanoTime() < deadline) {
                    experiment.step();
                    owed -= 1;
                    changed = true;
                }
                owed = Math.min(owed, 1);
                nextStepAt = now + (long) (1e9 / rate);
            }
            if (!experiment.canStep()) {
                playing = false;
            }
        } else {
            owed = 0;
            nextStepAt = ticker.nanoTime();
        }
        if (changed && failure.get() == null && experiment != null) {
            outbox.set(experiment.snapshot());
        }
        applied = done;
        if (closed) {
            return;
        }
        Foreground.playing(this, ownCore && playing && visible && canStep());
        if (!(playing && visible && canStep())) {
            if (commands.isEmpty() && pendingParams.get() == null) {
                LockSupport.park(this);
            }
        } else if (!Double.isInfinite(stepsPerSecond)) {
            long wait = nextStepAt - ticker.nanoTime();
            if (wait > 0 && commands.isEmpty() && pendingParams.get() == null) {
                ticker.parkNanos(this, wait);
            }
        } else if (yieldShare() > 0) {
            awaitDisplay();
        }
    }

    /** The share of each frame left to the display by the experiment in hand, by its {@link Experiment.Pacing}. */
    private double yieldShare() {
        return experiment != null && experiment.pacing() == Experiment.Pacing.OWN_CORE ? 0 : yieldShare;
    }

    private boolean canStep() {
        return experiment != null && failure.get() == null && experiment.canStep();
    }
}
