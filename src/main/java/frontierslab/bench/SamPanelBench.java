package frontierslab.bench;

import frontierslab.export.FigureWriter;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.panels.sam.model.PacBayesExperiment.PacBayesSnapshot;
import frontierslab.panels.sam.model.PacBayesParams;
import frontierslab.panels.sam.model.PacBayesParams.Point;
import frontierslab.panels.sam.model.SamValleyExperiment;
import frontierslab.panels.sam.model.SamValleyExperiment.SamValleySnapshot;
import frontierslab.panels.sam.model.SamValleyParams;
import frontierslab.panels.sam.model.SamValleyParams.Model;
import frontierslab.panels.sam.view.PacBayesFigure;
import frontierslab.panels.sam.view.SamValleyFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Snapshot;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Times the two experiments of the SAM panel built in this package's sibling {@code panels.sam}: for {@code sam-valley}
 * the recompute of both runs after a parameter change (η dragged) at 3,000 and 20,000 steps, and the same plus the
 * figure drawn at 1280×800; for {@code sam-pac-bayes} a complete profile (51 radii at both minima and the three flips),
 * one radius, each flip, and a change of the ball's radius (profile kept, probe recomputed).
 * Run: {@code ./frontiers-lab bench sam-panel}.
 */
public final class SamPanelBench {

    private SamPanelBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "%d processors, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        valley(3000);
        valley(20000);
        valleyFrame();
        pacBayes();
    }

    private static void valley(int steps) {
        SamValleyExperiment e = new SamValleyExperiment(new SamValleyParams(Model.PRODUCT, 0.1, 0.1, 3, 0.35, steps));
        double[] ms = time(200, 100, i -> () -> {
            e.setParams(new SamValleyParams(Model.PRODUCT, 0.05 + 0.001 * (i % 50), 0.1, 3, 0.35, steps));
            return e.snapshot();
        });
        report("sam-valley setParams + snapshot, " + steps + " steps (η dragged)", ms);
    }

    private static void valleyFrame() {
        Palette palette = Palette.of(Theme.PROJECTOR);
        SamValleyExperiment e = new SamValleyExperiment(new SamValleyParams(Model.PRODUCT, 0.1, 0.1, 3, 0.35, 3000));
        SamValleyFigure figure = new SamValleyFigure(palette);
        FigureWriter writer = new FigureWriter(palette, null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        double[] ms = time(60, 60, i -> () -> {
            e.setParams(new SamValleyParams(Model.PRODUCT, 0.05 + 0.001 * (i % 50), 0.1, 3, 0.35, 3000));
            figure.show((SamValleySnapshot) e.snapshot());
            Graphics2D g = image.createGraphics();
            writer.draw(g, 1280, 800);
            g.dispose();
            return null;
        });
        report("sam-valley frame: setParams, show, draw 3 charts at 1280x800, 3000 steps (η dragged)", ms);
    }

    private static void pacBayes() {
        PacBayesParams base = PacBayesParams.at(Point.SHARP_MINIMUM, 0.3);
        long start = System.nanoTime();
        PacBayesExperiment e = new PacBayesExperiment(base);
        System.out.printf(Locale.ROOT, "sam-pac-bayes first complete profile (cold JVM): %.1f ms%n",
                (System.nanoTime() - start) / 1e6);
        double[] full = time(2, 5, i -> () -> {
            e.setParams(new PacBayesParams(Point.SHARP_MINIMUM, -1.5, -1.5, 0.3, 1.0, base.noise(), 2000, 10 + i));
            return e.snapshot();
        });
        report("sam-pac-bayes complete profile (new seed: 51 radii + 3 flips)", full);
        double[][] parts = new double[4][5];
        for (int run = 0; run < 5; run++) {
            var sampling = new PacBayesParams(Point.SHARP_MINIMUM, -1.5, -1.5, 0.3, 1.0, base.noise(), 2000, 100 + run)
                    .sampling();
            long t0 = System.nanoTime();
            for (int k = 1; k < PacBayesExperiment.RADII; k++) {
                PacBayesExperiment.row(TwoBasinSurface.LECTURE, PacBayesExperiment.SHARP, PacBayesExperiment.FLAT, k,
                        PacBayesExperiment.radius(k, 1.0), sampling);
            }
            parts[0][run] = (System.nanoTime() - t0) / 1e6 / (PacBayesExperiment.RADII - 1);
            for (int f = 0; f < 3; f++) {
                long s = System.nanoTime();
                RadiusProfile.flipRadius(TwoBasinSurface.LECTURE, PacBayesExperiment.SHARP, PacBayesExperiment.FLAT,
                        PacBayesExperiment.FLIP_ORDER.get(f), 1.0, sampling);
                parts[f + 1][run] = (System.nanoTime() - s) / 1e6;
            }
        }
        report("sam-pac-bayes one radius (both minima)", parts[0]);
        for (int f = 0; f < 3; f++) {
            report("sam-pac-bayes flip of " + PacBayesExperiment.FLIP_ORDER.get(f), parts[f + 1]);
        }
        PacBayesParams settled = new PacBayesParams(Point.SHARP_MINIMUM, -1.5, -1.5, 0.3, 1.0, base.noise(), 2000, 1);
        e.setParams(settled);
        double[] probe = time(20, 100, i -> () -> {
            e.setParams(new PacBayesParams(Point.SHARP_MINIMUM, -1.5, -1.5, 0.1 + 0.01 * (i % 50), 1.0, base.noise(),
                    2000, 1));
            return e.snapshot();
        });
        report("sam-pac-bayes ball radius dragged (profile kept)", probe);
        Palette palette = Palette.of(Theme.PROJECTOR);
        PacBayesFigure figure = new PacBayesFigure(palette);
        FigureWriter writer = new FigureWriter(palette, null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        double[] frame = time(20, 60, i -> () -> {
            e.setParams(new PacBayesParams(Point.SHARP_MINIMUM, -1.5, -1.5, 0.1 + 0.01 * (i % 50), 1.0, base.noise(),
                    2000, 1));
            figure.show((PacBayesSnapshot) e.snapshot());
            Graphics2D g = image.createGraphics();
            writer.draw(g, 1280, 800);
            g.dispose();
            return null;
        });
        report("sam-pac-bayes frame: ball radius dragged, show, draw 2 charts at 1280x800", frame);
    }

    private static double[] time(int warmup, int runs, IntFunction<Supplier<Snapshot>> work) {
        double[] ms = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            Supplier<Snapshot> w = work.apply(i);
            long start = System.nanoTime();
            w.get();
            long end = System.nanoTime();
            if (i >= warmup) {
                ms[i - warmup] = (end - start) / 1e6;
            }
        }
        return ms;
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p90 %.2f ms, max %.2f ms over %d%n", what,
                sorted[sorted.length / 2], sorted[sorted.length * 9 / 10], sorted[sorted.length - 1], sorted.length);
    }
}
