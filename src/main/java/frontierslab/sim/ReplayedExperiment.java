package frontierslab.sim;

/**
 * The shape of every cheap experiment: a deterministic run that is recomputed from step 0 whenever a parameter changes,
 * up to the step the user had reached, so that dragging a slider redraws the whole trajectory at once.
 *
 * <p>A fresh run shows its whole horizon; {@link #reset()} goes back to step 0 for stepping through one update at a time;
 * a run that stops (converged, diverged, at its horizon) counts as complete, so the next parameter change shows the
 * whole horizon again. The state depends only on the parameters and the number of steps asked for, never on the path
 * of earlier parameters, so a storm of slider events ends exactly where its last event alone would.
 * Subclasses say how to start ({@link #begin}) and how to take one step ({@link #advance}).
 */
public abstract class ReplayedExperiment<P extends Record> implements Experiment<P> {

    private static final int WHOLE_RUN = Integer.MAX_VALUE;

    private P params;
    private int requested = WHOLE_RUN;
    private int taken;
    private Status status;

    protected ReplayedExperiment(P params) {
        this.params = params;
    }

    /** Call at the end of the subclass constructor: runs to the horizon. */
    protected final void start() {
        replay();
    }

    /** The number of steps of a complete run. */
    protected abstract int horizon(P params);

    /** Resets the state to step 0 for these parameters and returns the status of a run not yet started. */
    protected abstract Status begin(P params);

    /**
     * Takes step number {@code taken + 1}. Returns null to go on, or the final status (converged, diverged) that stops
     * the run early.
     */
    protected abstract Status advance(int stepNumber);

    /** The status of a run that reached its horizon, or is still going at {@code taken} steps. */
    protected abstract Status statusAfter(int taken, boolean atHorizon);

    @Override
    public final P params() {
        return params;
    }

    protected final int taken() {
        return taken;
    }

    /** The number of steps of the run as it stands (the whole horizon of a fresh run). */
    public final int stepsTaken() {
        return taken;
    }

    protected final Status status() {
        return status;
    }

    @Override
    public void setParams(P newParams) {
        params = newParams;
        replay();
    }

    @Override
    public void reset() {
        requested = 0;
        replay();
    }

    @Override
    public void step() {
        if (canStep()) {
            requested = taken + 1;
            advanceTo(requested);
            if (!canStep()) {
                requested = WHOLE_RUN;
            }
        }
    }

    @Override
    public boolean canStep() {
        return status.state() == Status.State.READY || status.state() == Status.State.RUNNING;
    }

    private void replay() {
        taken = 0;
        status = begin(params);
        advanceTo(Math.min(requested, horizon(params)));
    }

    private void advanceTo(int target) {
        Status stop = null;
        while (taken < target && stop == null) {
            stop = advance(taken + 1);
            taken++;
        }
        status = stop != null ? stop : statusAfter(taken, taken >= horizon(params));
    }
}
