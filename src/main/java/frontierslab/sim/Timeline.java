package frontierslab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The recorded history of one run, with time travel: {@link #seek(long)} puts the run back (or forward) to any step
 * between 0 and {@link #end()}, and the next {@link #step()} or {@link #setParams} from there drops the later history
 * and continues from that state. It wraps the experiment the runner drives and is owned by the same thread.
 *
 * <p>A position s counts the {@code step()} calls that found {@code canStep()} true since the run began (its
 * construction, a reset, or a structural change of a long run's parameters). The state at s is the state that the
 * calls made since the beginning produce; since every experiment is deterministic, it is rebuilt by making the same
 * calls again:
 * <ul>
 *   <li>a {@link ReplayedExperiment} is a function of its parameters and its step count: reset, then s steps;</li>
 *   <li>any other experiment is rebuilt from the factory with the parameters it began with, then stepped to s,
 *       re-applying each parameter change (η mid-run, say) at the position where it was made;</li>
 *   <li>a {@link Forkable} one (a network) starts from the nearest checkpoint at or below s instead of step 0: a fork
 *       of the state taken on arrival at every k-th position. The checkpoints are kept within a memory budget B:
 *       when their {@link Forkable#forkBytes()} add up to more than B, k doubles and every checkpoint off the new
 *       grid is dropped, so a run of n steps keeps about B/(bytes of one) of them and replays fewer than
 *       2n·(bytes of one)/B steps to reach any position.</li>
 * </ul>
 */
public final class Timeline<P extends Record> implements Experiment<P> {

    /** The default checkpoint budget of one experiment: 64 MiB. */
    public static final long DEFAULT_BUDGET = 64L << 20;

    /** The first checkpoint interval, in positions, before any thinning. */
    static final long FIRST_INTERVAL = 8;

    private final Function<P, ? extends Experiment<P>> factory;
    private final long budget;
    private Experiment<P> live;
    private P origin;
    private boolean originReset;
    private volatile long position;
    private volatile long end;
    private final List<Change<P>> changes = new ArrayList<>();
    private final TreeMap<Long, Forkable<P>> checkpoints = new TreeMap<>();
    private long checkpointBytes;
    private long interval = FIRST_INTERVAL;

    /** A parameter change made at a position (after the step that reached it, before the next). */
    private record Change<P>(long position, P params) {
    }

    /** A new run, {@code factory.apply(params)}, recorded from its beginning, with the default budget. */
    public Timeline(Function<P, ? extends Experiment<P>> factory, P params) {
        this(factory, params, DEFAULT_BUDGET);
    }

    public Timeline(Function<P, ? extends Experiment<P>> factory, P params, long budget) {
        this.factory = factory;
        this.budget = budget;
        begin(factory.apply(params), false);
    }

    /** The experiment at the current position (the runner's, the figure's). */
    public Experiment<P> experiment() {
        return live;
    }

    /** Whether the wrapped experiment recomputes its run on every change ({@link ReplayedExperiment}). */
    public boolean replays() {
        return live instanceof ReplayedExperiment;
    }

    /** The position on screen. */
    public long position() {
        return position;
    }

    /** The furthest position recorded: a seek may go anywhere in [0, end]. */
    public long end() {
        return end;
    }

    /** The checkpoint interval k now (it doubles as the run grows past the budget). */
    public long interval() {
        return interval;
    }

    /** The checkpoints kept, by position, and their bytes. */
    public int checkpoints() {
        return checkpoints.size();
    }

    public long checkpointBytes() {
        return checkpointBytes;
    }

    public long budget() {
        return budget;
    }

    @Override
    public P params() {
        return live.params();
    }

    @Override
    public void setParams(P next) {
        dropFuture();
        P previous = live.params();
        live.setParams(next);
        if (live instanceof ReplayedExperiment<P> r) {
            origin = next;
            position = end = r.stepsTaken();
        } else if (previous instanceof LiveExperiment.Live<?> && structural(previous, next)) {
            begin(live, false);
        } else {
            changes.add(new Change<>(position, next));
        }
    }

    @SuppressWarnings("unchecked")
    private static <P> boolean structural(P previous, P next) {
        return ((LiveExperiment.Live<P>) previous).structurallyDifferent(next);
    }

    @Override
    public void reset() {
        live.reset();
        begin(live, true);
    }

    @Override
    public void step() {
        if (!live.canStep()) {
            return;
        }
        dropFuture();
        live.step();
        position = end = live instanceof ReplayedExperiment<P> r ? r.stepsTaken() : position + 1;
        keepCheckpoint();
    }

    @Override
    public boolean canStep() {
        return live.canStep();
    }

    @Override
    public Snapshot snapshot() {
        return live.snapshot();
    }

    @Override
    public Pacing pacing() {
        return live.pacing();
    }

    /**
     * Puts the run at position {@code target} (clamped to [0, {@link #end()}]), as it was when it first got there,
     * with the parameters it then had. The history beyond stays until the next step or change.
     */
    public void seek(long target) {
        long s = Math.max(0, Math.min(end, target));
        if (s == position) {
            return;
        }
        if (live instanceof ReplayedExperiment<P> r) {
            r.reset();
            r.run(s);
            position = r.stepsTaken();
            return;
        }
        Map.Entry<Long, Forkable<P>> from = checkpoints.floorEntry(s);
        long at;
        boolean applied;
        if (s > position && (from == null || from.getKey() <= position)) {
            at = position;
            applied = true;
        } else if (from != null) {
            live = from.getValue().fork();
            at = from.getKey();
            applied = false;
        } else {
            live = factory.apply(origin);
            if (originReset) {
                live.reset();
            }
            at = 0;
            applied = false;
        }
        int next = 0;
        while (next < changes.size() && (changes.get(next).position() < at
                || applied && changes.get(next).position() == at)) {
            next++;
        }
        while (true) {
            while (next < changes.size() && changes.get(next).position() == at) {
                live.setParams(changes.get(next++).params());
            }
            if (at == s || !live.canStep()) {
                break;
            }
            live.step();
            at++;
        }
        position = at;
    }

    /** The run's beginning: position 0, an empty history, and the first checkpoint. */
    private void begin(Experiment<P> experiment, boolean reset) {
        live = experiment;
        origin = experiment.params();
        originReset = reset;
        changes.clear();
        checkpoints.clear();
        checkpointBytes = 0;
        interval = FIRST_INTERVAL;
        position = end = experiment instanceof ReplayedExperiment<P> r ? r.stepsTaken() : 0;
        keepCheckpoint();
    }

    /** A step or a change at a position before the end starts a new branch: everything after it goes. */
    private void dropFuture() {
        if (position == end) {
            return;
        }
        changes.removeIf(c -> c.position() > position);
        while (!checkpoints.isEmpty() && checkpoints.lastKey() > position) {
            checkpointBytes -= checkpoints.pollLastEntry().getValue().forkBytes();
        }
        end = position;
    }

    private void keepCheckpoint() {
        if (!(live instanceof Forkable<P> f) || position % interval != 0 || checkpoints.containsKey(position)) {
            return;
        }
        Forkable<P> copy = f.fork();
        checkpoints.put(position, copy);
        checkpointBytes += copy.forkBytes();
        while (checkpointBytes > budget && checkpoints.size() > 1) {
            interval *= 2;
            checkpoints.entrySet().removeIf(e -> {
                boolean off = e.getKey() % interval != 0;
                if (off) {
                    checkpointBytes -= e.getValue().forkBytes();
                }
                return off;
            });
        }
    }
}
