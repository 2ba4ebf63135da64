package frontierslab.math.grok;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits a loop over 0..n−1 between the calling thread and one helper thread, in blocks of four (the kernels' block
 * size): the helper takes the first part, the caller the rest, and the call returns when both are done. The helper is
 * one daemon thread shared by every trainer (only one experiment runs at a time), so no thread is created per step.
 * The split depends only on n, so results do not depend on timing.
 */
final class TwoCores {

    /** A piece of work over [from, to). */
    interface Range {
        void run(int from, int to);
    }

    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "grok-kernels");
        t.setDaemon(true);
        return t;
    });

    private final boolean parallel;

    TwoCores(boolean parallel) {
        this.parallel = parallel;
    }

    /** Runs {@code work} over [0, n), n a multiple of four, split in two when parallel and large enough. */
    void split(int n, Range work) {
        int half = (n / 8) * 4;
        if (!parallel || half == 0) {
            work.run(0, n);
            return;
        }
        both(() -> work.run(0, half), () -> work.run(half, n));
    }

    /** Runs {@code helperPart} on the helper and {@code callerPart} on the calling thread, and waits for both. */
    void both(Runnable helperPart, Runnable callerPart) {
        if (!parallel) {
            helperPart.run();
            callerPart.run();
            return;
        }
        Future<?> helper = HELPER.submit(helperPart);
        callerPart.run();
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                helper.get();
            } catch (InterruptedException | ExecutionException ignored) {
                // the helper's own failure surfaces below on the next call; the interrupt is kept
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
