package frontierslab.sim;

import java.util.concurrent.locks.LockSupport;

/**
 * The clock of a {@link SimulationRunner}: where it reads the time and how it waits for a while. The app uses
 * {@link #SYSTEM}; a test gives one whose time moves only when the test or the waits move it, so that what it asserts
 * about pacing does not depend on how busy the machine is.
 */
public interface Ticker {

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void parkNanos(Object blocker, long nanos) {
            LockSupport.parkNanos(blocker, nanos);
        }
    };

    /** Nanoseconds from an arbitrary origin, as {@link System#nanoTime}. */
    long nanoTime();

    /** Waits for at most {@code nanos}, or less when unparked, as {@link LockSupport#parkNanos(Object, long)}. */
    void parkNanos(Object blocker, long nanos);
}
