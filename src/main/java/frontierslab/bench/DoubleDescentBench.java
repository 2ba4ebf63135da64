package frontierslab.bench;

import frontierslab.export.FigureWriter;
import frontierslab.math.descent.RandomFeatureSweep;
import frontierslab.panels.generalization.model.EpochwiseExperiment;
import frontierslab.panels.generalization.model.EpochwiseParams;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment.RandomFeaturesSnapshot;
import frontierslab.panels.generalization.model.RandomFeaturesParams;
import frontierslab.panels.generalization.view.RandomFeaturesFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * Speed of {@code dd-random-features} at its defaults (n = 100, d = 20, 10 seeds × 41 values of p): the whole sweep
 * computed as after a change of n (one fit per step on 2 threads, as the runner does), then σ, λ and τ each dragged
 * (setParams re-evaluating all 410 fits, the snapshot, figure.show, and the four charts drawn into a 1280×800 image),
 * and the recompute alone; and {@code dd-epochwise}'s recompute when a slider moves. Medians and 90th percentiles.
 * {@code bench/dd_random_features_numpy.py} times the same sweep and re-evaluation in numpy.
 */
public final class DoubleDescentBench {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The CPU time of every live thread of this process, in ns (the OS's process figure ticks in 10 ms). */
    private static long cpuOfAllThreads() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    private DoubleDescentBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        RandomFeaturesParams base = RandomFeaturesExperiment.TYPE.preset("noise").params();
        long t0 = System.nanoTime();
        RandomFeaturesExperiment e = new RandomFeaturesExperiment(base);
        double firstSeed = (System.nanoTime() - t0) / 1e9;
        e.run(Long.MAX_VALUE);
        double sweep = (System.nanoTime() - t0) / 1e9;
        System.out.printf("dd-random-features sweep (n = 100, d = 20, %d seeds × %d p, 2 threads): first seed %.2f s, "
                + "all %.2f s%n", base.seeds(), RandomFeatureSweep.grid(100).length, firstSeed, sweep);
        Palette palette = Palette.of(Theme.LIGHT);
        RandomFeaturesFigure figure = new RandomFeaturesFigure(palette);
        FigureWriter writer = new FigureWriter(palette, null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        for (String control : new String[] {"sigma", "lambda", "tau"}) {
            int warmup = 40;
            int runs = 120;
            double[] frame = new double[runs];
            double[] recompute = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < warmup + runs; i++) {
                double u = (i % 40) / 40.0;
                RandomFeaturesParams p = switch (control) {
                    case "sigma" -> new RandomFeaturesParams(2 * u, 0, 0, 100, 20, 10, base.labels());
                    case "lambda" -> new RandomFeaturesParams(0.5, 0.1 * u, 0, 100, 20, 10, base.labels());
                    default -> new RandomFeaturesParams(0.5, 0, 0.1 * u, 100, 20, 10, base.labels());
                };
                long cpuStart = cpuOfAllThreads();
                long a = System.nanoTime();
                e.setParams(p);
                RandomFeaturesSnapshot s = (RandomFeaturesSnapshot) e.snapshot();
                long b = System.nanoTime();
                figure.show(s);
                Graphics2D g = image.createGraphics();
                writer.draw(g, 1280, 800);
                g.dispose();
                long c = System.nanoTime();
                if (i >= warmup) {
                    recompute[i - warmup] = (b - a) / 1e6;
                    frame[i - warmup] = (c - a) / 1e6;
                    cpu[i - warmup] = (cpuOfAllThreads() - cpuStart) / 1e6;
                }
            }
            Arrays.sort(frame);
            Arrays.sort(recompute);
            Arrays.sort(cpu);
            // the CPU time of every thread (the sweep's workers too) does not count the time other processes hold the cores
            System.out.printf("dd-random-features %s dragged (410 fits, 4 charts at 1280x800): frame median %.2f ms, "
                    + "p90 %.2f ms; of which recompute + snapshot median %.2f ms, p90 %.2f ms; CPU time of all "
                    + "threads per frame median %.2f ms, p90 %.2f ms%n", control, frame[runs / 2], frame[runs * 9 / 10],
                    recompute[runs / 2], recompute[runs * 9 / 10], cpu[runs / 2], cpu[runs * 9 / 10]);
        }
        EpochwiseExperiment ep = new EpochwiseExperiment(EpochwiseExperiment.TYPE.preset("two-time-scales").params());
        double[] times = new double[60];
        for (int i = 0; i < 80; i++) {
            long a = System.nanoTime();
            ep.setParams(new EpochwiseParams(10 + i, 50, 10, 100, 0.3, 0.5, 0));
            ep.snapshot();
            if (i >= 20) {
                times[i - 20] = (System.nanoTime() - a) / 1e6;
            }
        }
        Arrays.sort(times);
        System.out.printf("dd-epochwise κ dragged (eigendecomposition of 60×60, 400 times): recompute median %.2f ms%n",
                times[times.length / 2]);
    }
}
