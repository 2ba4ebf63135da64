package frontierslab.math.sam;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.Optimizer;
import frontierslab.math.optim.Sam;
import frontierslab.math.optim.Sam.GradientSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where gradient descent (w ← w − η∇f(w)) and SAM (w ← w − η∇f(w + ρ∇f/‖∇f‖), Foret et al. 2021,
 * arXiv 2010.01412) end after N steps on the lecture's Demo 2 surface ({@link TwoBasinSurface}), over a grid of step
 * sizes η (log-spaced, one per column) and SAM radii ρ (linear, one per row), from one start.
 *
 * <p><b>Outcomes</b>, decided on the iterate w_N after N steps:
 * <ul>
 *   <li>{@link Outcome#DIVERGED}: some iterate had a non-finite coordinate or left the disc ‖w‖ ≤ 10⁶ (the run stops
 *   there and keeps its last finite point). On this surface ‖∇f‖ ≤ 9.6 everywhere, so this cannot happen for
 *   N·η·9.6 &lt; 10⁶; the outcome exists for completeness.</li>
 *   <li>{@link Outcome#SHARP_BASIN} / {@link Outcome#FLAT_BASIN}: f(w_N) ≤ −{@value #WELL_LEVEL}, and w_N is nearer the
 *   sharp / flat minimum. The sub-level set {f ≤ −0.05} is two disjoint near-discs: radius √(ln 100/5) ≈ 0.96 about
 *   the sharp minimum (where its bump has fallen to 1 % of its depth) and √(2 ln 40) ≈ 2.72 about the flat one, their
 *   centres 5.66 apart. Within the sharp disc an orbit that keeps bouncing (GD and SAM with η·50 &gt; 2 do) counts
 *   as in the well.</li>
 *   <li>{@link Outcome#ELSEWHERE}: otherwise: on the plateau around the wells, where ∇f is tiny and runs stall. Large
 *   η throws GD and SAM out there. SAM with a large ρ also ends there without any instability, on the ridge between
 *   the wells: either hovering about the saddle of f (≈ 1.47 from the sharp minimum on the diagonal), where g and so
 *   ε̂ keep flipping, or at a fixed point a distance ρ from the sharp minimum, where w + ε̂ lands on the minimum
 *   itself and the update vanishes.</li>
 * </ul>
 *
 * <p><b>Default grid</b> ({@link Grid#standard}): η ∈ [0.005, 2] log-spaced, so that both stability thresholds of
 * gradient descent, η = 2/50 = 0.04 at the sharp minimum and η = 2/2 = 1 at the flat one, lie inside the map;
 * ρ ∈ [0, 1.5], from plain GD (ρ = 0) to radii beyond the sharp well (its bump has fallen to 5e^{−5} ≈ 0.03 at
 * distance 1), with the lecture's ρ = 0.5 inside.
 *
 * <p><b>Computation.</b> Gradient descent does not depend on ρ, so it runs once per column. SAM runs once per cell.
 * Rows are handed out to the calling thread and {@code threads − 1} tasks on a given executor (this class starts no
 * thread of its own); each finished row goes to a callback, one row at a time.
 * The map is cancellable between rows. Every cell is computed by the same deterministic code whatever the thread
 * count, so the map is the same bits on 1 or 16 threads.
 *
 * <p><b>Early stopping that changes nothing.</b> The update is a fixed function of w (neither optimizer keeps state),
 * so once an iterate repeats an earlier one bit for bit, w_{t−p} = w_t, the orbit is periodic from then on and w_N is
 * known exactly: w_N = w_{t−p+((N−t+p) mod p)}. A run stops when it finds such a repeat with period p ≤
 * {@value #LONGEST_DETECTED_PERIOD} (a fixed point, a SAM 2-cycle, GD's 8-cycle in the sharp well), or when it
 * diverges. A run that is only converging (not yet repeating bits) is never cut short.
 */
public final class PhaseMap {

    /** Wells are the components of {f ≤ −WELL_LEVEL}. */
    public static final double WELL_LEVEL = 0.05;
    public static final double DIVERGENCE_RADIUS = 1e6;
    public static final int LONGEST_DETECTED_PERIOD = 16;

    private static final TwoBasinSurface SURFACE = TwoBasinSurface.LECTURE;

    private PhaseMap() {
    }

    public enum Outcome { SHARP_BASIN, FLAT_BASIN, ELSEWHERE, DIVERGED }

    /** Columns: η from etaMin to etaMax, log-spaced. Rows: ρ from rhoMin to rhoMax, evenly spaced. */
    public record Grid(double etaMin, double etaMax, int etaCount, double rhoMin, double rhoMax, int rhoCount) {

        public Grid {
            if (!(etaMin > 0) || !(etaMax >= etaMin) || Double.isInfinite(etaMax)) {
                throw new IllegalArgumentException("need 0 < etaMin ≤ etaMax < ∞, got " + etaMin + ", " + etaMax);
            }
            if (!(rhoMin >= 0) || !(rhoMax >= rhoMin) || Double.isInfinite(rhoMax)) {
                throw new IllegalArgumentException("need 0 ≤ rhoMin ≤ rhoMax < ∞, got " + rhoMin + ", " + rhoMax);
            }
            if (etaCount < 1 || rhoCount < 1) {
                throw new IllegalArgumentException("need at least one row and one column");
            }
        }

        /** η ∈ [0.005, 2] (log) × ρ ∈ [0, 1.5]: see the class comment. */
        public static Grid standard(int etaCount, int rhoCount) {
            return new Grid(0.005, 2.0, etaCount, 0.0, 1.5, rhoCount);
        }

        public double eta(int column) {
            Objects.checkIndex(column, etaCount);
            return etaCount == 1 ? etaMin : etaMin * Math.pow(etaMax / etaMin, column / (double) (etaCount - 1));
        }

        public double rho(int row) {
            Objects.checkIndex(row, rhoCount);
            return rhoCount == 1 ? rhoMin : rhoMin + (rhoMax - rhoMin) * row / (rhoCount - 1);
        }
    }

    /** What to compute: the grid, the common start, the number of steps N and the gradient source. */
    public record Settings(Grid grid, double startX, double startY, int steps, GradientSource source) {

        public Settings {
            Objects.requireNonNull(grid);
            Objects.requireNonNull(source);
            if (!Double.isFinite(startX) || !Double.isFinite(startY) || steps < 0) {
                throw new IllegalArgumentException("need a finite start and N ≥ 0");
            }
        }

        /** The lecture's start (−1.5, −1.5) with exact gradients. */
        public static Settings fromLectureStart(Grid grid, int steps) {
            return new Settings(grid, -1.5, -1.5, steps, GradientSource.EXACT);
        }
    }

    /**
     * How one run ended: its outcome, w_N (or the last finite iterate), f there, and, when found, the step
     * {@code settledAt} from which the orbit repeats with {@code period} (else −1 and 0), or the step
     * {@code divergedAt} (else −1).
     */
    public record Ending(Outcome outcome, double x, double y, double value, int settledAt, int period, int divergedAt) {
    }

    /** One row of the map: its ρ, and the endings of GD (the same in every row) and of SAM, one per column. */
    public record Row(int index, double rho, List<Ending> gradientDescent, List<Ending> sam) {

        public Row {
            gradientDescent = List.copyOf(gradientDescent);
            sam = List.copyOf(sam);
        }
    }

    /** The finished map: GD per column, the rows in order (only the finished ones if cancelled). */
    public record Result(Settings settings, List<Ending> gradientDescent, List<Row> rows, boolean complete) {

        public Result {
            gradientDescent = List.copyOf(gradientDescent);
            rows = List.copyOf(rows);
        }

        public Outcome samOutcome(int row, int column) {
            return rows.get(row).sam().get(column).outcome();
        }

        public Outcome gradientDescentOutcome(int column) {
            return gradientDescent.get(column).outcome();
        }
    }

    /** The outcome of a final iterate that did not diverge; see the class comment. */
    public static Outcome classify(double x, double y) {
        if (TwoBasinSurface.value(x, y) > -WELL_LEVEL) {
            return Outcome.ELSEWHERE;
        }
        TwoBasinSurface.Minimum sharp = SURFACE.sharpMinimum();
        TwoBasinSurface.Minimum flat = SURFACE.flatMinimum();
        double toSharp = Math.hypot(x - sharp.x(), y - sharp.y());
        double toFlat = Math.hypot(x - flat.x(), y - flat.y());
        return toSharp <= toFlat ? Outcome.SHARP_BASIN : Outcome.FLAT_BASIN;
    }

    /** N steps of {@code optimizer} from (x₀, y₀), stopped early only where that cannot change w_N. */
    public static Ending run(Optimizer optimizer, double startX, double startY, int steps) {
        int capacity = LONGEST_DETECTED_PERIOD + 1;
        double[] historyX = new double[capacity];
        double[] historyY = new double[capacity];
        historyX[0] = startX;
        historyY[0] = startY;
        double[] w = {startX, startY};
        for (int t = 1; t <= steps; t++) {
            double previousX = w[0];
            double previousY = w[1];
            optimizer.step(SURFACE, w);
            if (!(Math.abs(w[0]) <= DIVERGENCE_RADIUS) || !(Math.abs(w[1]) <= DIVERGENCE_RADIUS)
                    || !(Math.hypot(w[0], w[1]) <= DIVERGENCE_RADIUS)) {
                return new Ending(Outcome.DIVERGED, previousX, previousY, TwoBasinSurface.value(previousX, previousY),
                        -1, 0, t);
            }
            long bitsX = Double.doubleToRawLongBits(w[0]);
            long bitsY = Double.doubleToRawLongBits(w[1]);
            int reach = Math.min(LONGEST_DETECTED_PERIOD, t);
            for (int p = 1; p <= reach; p++) {
                int slot = (t - p) % capacity;
                if (Double.doubleToRawLongBits(historyX[slot]) == bitsX
                        && Double.doubleToRawLongBits(historyY[slot]) == bitsY) {
                    int start = t - p;
                    int slotAtN = (start + (steps - start) % p) % capacity;
                    return ended(historyX[slotAtN], historyY[slotAtN], start, p);
                }
            }
            historyX[t % capacity] = w[0];
            historyY[t % capacity] = w[1];
        }
        return ended(w[0], w[1], -1, 0);
    }

    private static Ending ended(double x, double y, int settledAt, int period) {
        return new Ending(classify(x, y), x, y, TwoBasinSurface.value(x, y), settledAt, period, -1);
    }

    /** {@link #compute(Settings, Executor, int, Consumer, BooleanSupplier)} with no callback and no cancellation. */
    public static Result compute(Settings settings, Executor helpers, int threads) {
        return compute(settings, helpers, threads, row -> { }, () -> false);
    }

    /**
     * Computes the map on {@code threads} threads: the calling thread and {@code threads − 1} tasks given to
     * {@code helpers} (a task that starts late finds no work left; one the executor rejects is the caller's work
     * too). {@code onRow} receives each
     * finished row, from whichever thread finished it, never two at once, in completion order. The computation stops
     * between rows once {@code cancelled} is true or the calling thread is interrupted (its interrupt flag is kept);
     * the result then holds the rows finished so far and {@code complete() == false}. {@code cancelled} is polled
     * from every worker thread, so it must be thread-safe (an {@code AtomicBoolean::get}, say).
     */
    public static Result compute(Settings settings, Executor helpers, int threads, Consumer<Row> onRow,
            BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread");
        }
        Grid grid = settings.grid();
        Thread caller = Thread.currentThread();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BooleanSupplier shouldStop = () -> {
            if (Thread.currentThread() == caller && caller.isInterrupted()) {
                stop.set(true);
            }
            if (!stop.get() && cancelled.getAsBoolean()) {
                stop.set(true);
            }
            return stop.get() || failure.get() != null;
        };

        Ending[] gradientDescent = new Ending[grid.etaCount()];
        AtomicInteger nextColumn = new AtomicInteger();
        runOnThreads(helpers, threads, failure, stop, () -> {
            for (int c = nextColumn.getAndIncrement(); c < grid.etaCount() && !shouldStop.getAsBoolean();
                    c = nextColumn.getAndIncrement()) {
                gradientDescent[c] = run(Sam.gradientDescent(grid.eta(c), settings.source()), settings.startX(),
                        settings.startY(), settings.steps());
            }
        });
        rethrow(failure);
        if (stop.get()) {
            return new Result(settings, List.of(), List.of(), false);
        }
        List<Ending> gdColumns = List.of(gradientDescent);

        Row[] rows = new Row[grid.rhoCount()];
        AtomicInteger nextRow = new AtomicInteger();
        Object callbackLock = new Object();
        runOnThreads(helpers, threads, failure, stop, () -> {
            for (int r = nextRow.getAndIncrement(); r < grid.rhoCount() && !shouldStop.getAsBoolean();
                    r = nextRow.getAndIncrement()) {
                double rho = grid.rho(r);
                Ending[] cells = new Ending[grid.etaCount()];
                for (int c = 0; c < grid.etaCount(); c++) {
                    cells[c] = run(new Sam(grid.eta(c), rho, settings.source()), settings.startX(),
                            settings.startY(), settings.steps());
                }
                Row row = new Row(r, rho, gdColumns, Arrays.asList(cells));
                rows[r] = row;
                synchronized (callbackLock) {
                    onRow.accept(row);
                }
            }
        });
        rethrow(failure);
        List<Row> finished = new ArrayList<>();
        for (Row row : rows) {
            if (row != null) {
                finished.add(row);
            }
        }
        return new Result(settings, gdColumns, finished, finished.size() == grid.rhoCount());
    }

    private static void runOnThreads(Executor helpers, int threads, AtomicReference<Throwable> failure,
            AtomicBoolean stop, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        CountDownLatch finished = new CountDownLatch(threads - 1);
        for (int i = 1; i < threads; i++) {
            try {
                helpers.execute(() -> {
                    try {
                        guarded.run();
                    } finally {
                        finished.countDown();
                    }
                });
            } catch (RejectedExecutionException e) {
                finished.countDown();
            }
        }
        guarded.run();
        boolean interrupted = false;
        while (true) {
            try {
                finished.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                stop.set(true);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(AtomicReference<Throwable> failure) {
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
