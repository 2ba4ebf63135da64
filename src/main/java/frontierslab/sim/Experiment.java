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

    /** How a run at full speed shares a machine of few cores with the display ({@link SimulationRunner}). */
    enum Pacing {
        /**
         * A step may spread over every core: at full speed the run computes for part of each frame, publishes, and
         * waits for the display to take the snapshot, so that the display always gets its share of the machine.
         */
        SHARE_FRAMES,
        /**
         * A step computes on the simulation thread alone, so the other cores stay free for the display: at full speed
         * the run computes through every frame, publishes once a frame and never waits for the display.
         */
        OWN_CORE
    }

    /** {@link Pacing#SHARE_FRAMES} unless the experiment's steps keep to its own thread. */
    default Pacing pacing() {
        return Pacing.SHARE_FRAMES;
    }

    /** Runs until {@link #canStep()} is false or {@code maxSteps} more steps were taken. */
    default void run(long maxSteps) {
        for (long i = 0; i < maxSteps && canStep(); i++) {
            step();
        }
    }
}
