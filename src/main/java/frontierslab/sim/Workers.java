package frontierslab.sim;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The helper threads that a computation spreads over inside one {@code step()} (the phase map's rows): daemon threads
 * named {@code compute-n}, made when asked for and ended after {@value #IDLE_SECONDS} s idle. Mathematics code takes
 * this executor as an argument and never starts a thread itself; only {@code sim} and {@code app} create threads.
 */
public final class Workers {

    static final int IDLE_SECONDS = 5;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Executor SHARED = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> Thread.ofPlatform().name("compute-" + COUNT.incrementAndGet()).daemon(true).unstarted(task));

    private Workers() {
    }

    /** The shared executor: it never queues a task, it hands each to an idle thread or a new one. */
    public static Executor shared() {
        return SHARED;
    }

    /**
     * A single daemon thread named {@code name} at {@code priority}, for work queued in the background (filling notes);
     * the thread ends after 30 s without work and is made again for the next task.
     */
    public static java.util.concurrent.ExecutorService single(String name, int priority) {
        var pool = new java.util.concurrent.ThreadPoolExecutor(1, 1, 30, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), task -> {
                    Thread t = Thread.ofPlatform().name(name).daemon(true).unstarted(task);
                    t.setPriority(priority);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
