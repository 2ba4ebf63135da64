package frontierslab.sim;

/**
 * Where a run stands, with a sentence a class can read. Divergence is a state, not an exception: a diverged run keeps
 * its last finite state and says where and why.
 */
public record Status(State state, String message) {

    public enum State { READY, RUNNING, CONVERGED, FINISHED, DIVERGED }

    public static Status ready(String message) {
        return new Status(State.READY, message);
    }

    public static Status running(String message) {
        return new Status(State.RUNNING, message);
    }

    public static Status converged(String message) {
        return new Status(State.CONVERGED, message);
    }

    public static Status finished(String message) {
        return new Status(State.FINISHED, message);
    }

    public static Status diverged(String message) {
        return new Status(State.DIVERGED, message);
    }

    public boolean isDiverged() {
        return state == State.DIVERGED;
    }

    /** The word shown on the status line and written to JSON. */
    public String word() {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
