package frontierslab.math.descent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The sweep of model-wise double descent: for seeds 0 … S−1 and every p of {@link #grid(int)}, one
 * {@link RandomFeatureFit}. Fits are computed in seed-major order, p ascending, a batch at a time ({@link #computeNext}),
 * so the sweep can be drawn while it fills; {@link #evaluate} turns every stored fit into errors for one (σ, λ, τ,
 * labels) in O(r²) each.
 */
public final class RandomFeatureSweep {

    /** Points of the log grid of p from 10 to {@value RandomFeatureSample#MAX_FEATURES}. */
    public static final int GRID_POINTS = 40;

    private final int n;
    private final int d;
    private final int[] grid;
    private final List<RandomFeatureFit[]> fits = new ArrayList<>();
    private RandomFeatureSample current;
    private int seedsWanted;
    private long done;

    /** Every fit's numbers for one (σ, λ, τ, labels): [seed][index of p], NaN where not computed yet. */
    public record Curves(int[] p, double[][] test, double[][] train, double[][] norm, double[][] ratio, int[][] kept) {

        /** Per p, the mean over the seeds computed there (NaN where none). */
        public double[] mean(double[][] values) {
            double[] out = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                double sum = 0;
                int count = 0;
                for (double[] seed : values) {
                    if (!Double.isNaN(seed[j])) {
                        sum += seed[j];
                        count++;
                    }
                }
                out[j] = count == 0 ? Double.NaN : sum / count;
            }
            return out;
        }

        /** Per p, the median over the seeds computed there (the mean of the middle two for an even count). */
        public double[] median(double[][] values) {
            double[] out = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                double[] column = new double[values.length];
                int count = 0;
                for (double[] seed : values) {
                    if (!Double.isNaN(seed[j])) {
                        column[count++] = seed[j];
                    }
                }
                if (count == 0) {
                    out[j] = Double.NaN;
                    continue;
                }
                Arrays.sort(column, 0, count);
                out[j] = count % 2 == 1 ? column[count / 2] : (column[count / 2 - 1] + column[count / 2]) / 2;
            }
            return out;
        }
    }

    public RandomFeatureSweep(int n, int d, int seeds) {
        this.n = n;
        this.d = d;
        this.grid = grid(n);
        setSeeds(seeds);
    }

    /**
     * {@value #GRID_POINTS} values round(10·100^{k/39}), k = 0 … 39, duplicates removed, with p = n added: the
     * interpolation threshold is always on the grid.
     */
    public static int[] grid(int n) {
        java.util.TreeSet<Integer> ps = new java.util.TreeSet<>();
        for (int k = 0; k < GRID_POINTS; k++) {
            ps.add((int) Math.round(10 * Math.pow(100, k / (double) (GRID_POINTS - 1))));
        }
        ps.add(n);
        return ps.stream().mapToInt(Integer::intValue).toArray();
    }

    public int n() {
        return n;
    }

    public int d() {
        return d;
    }

    public int[] p() {
        return grid.clone();
    }

    /** Keeps the fits of seeds below {@code seeds}; more seeds are computed by {@link #computeNext}. */
    public void setSeeds(int seeds) {
        seedsWanted = seeds;
        while (fits.size() > seeds) {
            fits.removeLast();
        }
        if (current != null && current.seed() >= seeds) {
            current = null;
        }
        done = 0;
        for (RandomFeatureFit[] seed : fits) {
            for (RandomFeatureFit f : seed) {
                if (f != null) {
                    done++;
                }
            }
        }
    }

    public int seeds() {
        return seedsWanted;
    }

    /** Fits computed so far. */
    public long done() {
        return done;
    }

    public long total() {
        return (long) seedsWanted * grid.length;
    }

    public boolean complete() {
        return done >= total();
    }

    /** Seeds whose every fit is computed. */
    public int completeSeeds() {
        int c = 0;
        for (int s = 0; s < fits.size(); s++) {
            if (complete(s)) {
                c++;
            }
        }
        return c;
    }

    private boolean complete(int seed) {
        for (RandomFeatureFit f : fits.get(seed)) {
            if (f == null) {
                return false;
            }
        }
        return true;
    }

    public RandomFeatureFit fit(int seed, int index) {
        return fits.get(seed)[index];
    }

    /**
     * Computes up to {@code batch} of the next fits of one seed on {@code threads} threads (the caller's and
     * threads − 1 more, all joined before it returns). Returns the number computed.
     */
    public int computeNext(int batch, Executor executor, int threads) {
        if (complete()) {
            return 0;
        }
        int seed = firstIncompleteSeed();
        if (seed == fits.size()) {
            fits.add(new RandomFeatureFit[grid.length]);
            current = null;
        }
        RandomFeatureFit[] row = fits.get(seed);
        if (current == null || current.seed() != seed) {
            current = new RandomFeatureSample(seed, n, d);
        }
        List<Integer> todo = new ArrayList<>();
        for (int j = 0; j < grid.length && todo.size() < batch; j++) {
            if (row[j] == null) {
                todo.add(j);
            }
        }
        RandomFeatureSample sample = current;
        Runnable[] workers = new Runnable[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = () -> {
                for (int i = first; i < todo.size(); i += threads) {
                    int j = todo.get(todo.size() - 1 - i);
                    row[j] = new RandomFeatureFit(sample, grid[j]);
                }
            };
        }
        List<FutureTask<Void>> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            FutureTask<Void> task = new FutureTask<>(workers[t], null);
            executor.execute(task);
            helpers.add(task);
        }
        workers[0].run();
        for (FutureTask<Void> h : helpers) {
            try {
                h.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a fit of the sweep failed", e.getCause());
            }
        }
        done += todo.size();
        if (complete(seed)) {
            current = null;
        }
        return todo.size();
    }

    private int firstIncompleteSeed() {
        for (int s = 0; s < fits.size(); s++) {
            if (!complete(s)) {
                return s;
            }
        }
        return fits.size();
    }

    /** Every computed fit evaluated at (σ, λ, τ) on the true or the shuffled labels. */
    public Curves evaluate(double sigma, double lambda, double tau, boolean shuffled) {
        int seeds = fits.size();
        double[][] test = new double[seeds][grid.length];
        double[][] train = new double[seeds][grid.length];
        double[][] norm = new double[seeds][grid.length];
        double[][] ratio = new double[seeds][grid.length];
        int[][] kept = new int[seeds][grid.length];
        for (int s = 0; s < seeds; s++) {
            RandomFeatureFit[] row = fits.get(s);
            Arrays.fill(test[s], Double.NaN);
            Arrays.fill(train[s], Double.NaN);
            Arrays.fill(norm[s], Double.NaN);
            Arrays.fill(ratio[s], Double.NaN);
            for (int j = 0; j < grid.length; j++) {
                if (row[j] != null) {
                    RandomFeatureFit.Result r = row[j].evaluate(sigma, lambda, tau, shuffled);
                    test[s][j] = r.testError();
                    train[s][j] = r.trainError();
                    norm[s][j] = r.norm();
                    ratio[s][j] = row[j].conditionRatio();
                    kept[s][j] = r.kept();
                }
            }
        }
        return new Curves(grid.clone(), test, train, norm, ratio, kept);
    }
}
