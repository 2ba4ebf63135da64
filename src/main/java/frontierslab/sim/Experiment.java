package frontierslab.sim;

/**
 * A running experiment: plain Java, owned by one thread (the panel's simulation thread, the command line, a test).
 *
 * <p>Cheap experiments (2-D surfaces) recompute their whole trajectory to the current step count in
 * {@link #setParams}, so a slider drag redraws within one frame. Long ones (networks) apply η, ρ or weight decay live,
 * mid-run, and reset only for a structural change (width, data, seed).
 */
public interface Experiment<P extends Record> {

    P params();

    /** Applies new parameters as described above. */
    void setParams(P params);

    /** Back to step 0 with the current parameters. */
    void reset();

    /** Advances one step; does nothing when {@link #canStep()} is false. */
    void step();

    /** False once the run has reached its horizon, converged or diverged. */
    boolean canStep();

    Snapshot snapshot();

    /** Runs until {@link #canStep()} is false or {@code maxSteps} more steps were taken. */
    default void run(long maxSteps) {
        for (long i = 0; i < maxSteps && canStep(); i++) {
            step();
        }
    }
}
