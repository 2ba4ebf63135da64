package frontierslab.sim;

/**
 * An experiment whose whole state can be copied: a {@link Timeline} keeps such copies as checkpoints and restores a
 * step from the nearest one instead of replaying the run from step 0.
 */
public interface Forkable<P extends Record> extends Experiment<P> {

    /**
     * An independent copy of the whole state (parameters, iterate, optimizer moments, counters, trace): stepping,
     * changing or resetting either one leaves the other as it was, and both continue bit for bit alike.
     */
    Forkable<P> fork();

    /** The bytes a fork holds beyond what it shares with its original (its arrays and its trace), an estimate. */
    long forkBytes();
}
