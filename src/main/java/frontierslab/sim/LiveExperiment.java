package frontierslab.sim;

import java.util.Objects;

/**
 * The base of a long run (a network, a factorization, a diagonal network trained for thousands of steps), beside
 * {@link ReplayedExperiment} for cheap ones. A long run cannot be recomputed on every change, so {@link #setParams}
 * applies a change that keeps the structure (η, the horizon) to the run in flight, and restarts from step 0 only when
 * the parameter record says the change is structural (data, seed, width, initialization); {@link #reset} restarts
 * with the current parameters; {@link #canStep} is false once the run diverged or reached the horizon
 * {@code params().steps()}.
 *
 * <p>A subclass's constructor calls {@link #start()} last.
 */
public abstract class LiveExperiment<P extends Record & LiveExperiment.Live<P>> implements Experiment<P> {

    /** What a long run's parameter record says of itself. */
    public interface Live<P> {

        /** True when going from these parameters to {@code next} needs a new run from step 0. */
        boolean structurallyDifferent(P next);

        /** The horizon: the number of steps of a whole run. */
        int steps();
    }

    private P params;

    protected LiveExperiment(P params) {
        this.params = Objects.requireNonNull(params);
    }

    /** The first run, with the constructor's parameters. */
    protected final void start() {
        begin(null);
    }

    @Override
    public final P params() {
        return params;
    }

    @Override
    public final void setParams(P next) {
        P previous = params;
        params = Objects.requireNonNull(next);
        if (previous.structurallyDifferent(next)) {
            begin(previous);
        } else {
            change(previous, next);
        }
    }

    @Override
    public final void reset() {
        begin(params);
    }

    @Override
    public final boolean canStep() {
        return !hasDiverged() && stepsTaken() < params.steps();
    }

    /**
     * Starts a run at step 0 with {@link #params()}. {@code previous} is null for the first run, the parameters before
     * a structural change, or {@link #params()} itself on a reset.
     */
    protected abstract void begin(P previous);

    /** Applies a change that keeps the structure to the run in flight, and updates the status. */
    protected abstract void change(P previous, P next);

    protected abstract boolean hasDiverged();

    protected abstract long stepsTaken();
}
