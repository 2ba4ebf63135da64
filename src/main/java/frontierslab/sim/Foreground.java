package frontierslab.sim;

import java.util.HashSet;
import java.util.Set;

/**
 * The runs playing now that need a core of their own ({@link Experiment.Pacing#OWN_CORE}: grokking at full speed),
 * and the gate that background work (the runs that fill the cards' numbers) passes between its steps. While such a run
 * plays, background work waits, so that on a two-core laptop the lecturer's run and its display get the machine; the
 * numbers are filled when the run pauses, finishes, is hidden or is closed.
 */
public final class Foreground {

    private static final Set<Object> PLAYING = new HashSet<>();

    private Foreground() {
    }

    /** Marks {@code run} as playing (it needs its core) or not; idempotent. */
    static synchronized void playing(Object run, boolean playing) {
        if (playing ? PLAYING.add(run) : PLAYING.remove(run)) {
            Foreground.class.notifyAll();
        }
    }

    /** Whether a run that needs its own core is playing. */
    public static synchronized boolean busy() {
        return !PLAYING.isEmpty();
    }

    /** Background work calls this between steps: it returns when no run that needs its own core is playing. */
    public static synchronized void awaitIdle() throws InterruptedException {
        while (!PLAYING.isEmpty()) {
            Foreground.class.wait();
        }
    }
}
