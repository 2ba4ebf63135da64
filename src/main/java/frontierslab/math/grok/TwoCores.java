package frontierslab.math.grok;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Splits a loop over 0..n−1 between the calling thread and one helper thread, in blocks of four (the kernels' block
 * size): the helper takes the first part, the caller the rest, and the call returns when both are done. The helper
 * threads come from an executor the caller owns (the simulation's workers), so no thread is created per step.
 * The split depends only on n, so results do not depend on timing.
 */
final class TwoCores {

    /** A piece of work over [from, to). */
    interface Range {
        void run(int from, int to);
    }

    private final Executor helper;
    private final boolean parallel;

    /** Splits work with {@code helper}'s threads, or runs it all on the calling thread when {@code helper} is null. */
    TwoCores(Executor helper) {
        this.helper = helper;
        this.parallel = helper != null;
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
        FutureTask<Void> help = new FutureTask<>(helperPart, null);
        helper.execute(help);
        callerPart.run();
        try {
            help.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                help.get();
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
