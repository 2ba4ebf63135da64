package frontierslab.bench;

import frontierslab.export.FigureWriter;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment.ScalarBiasSnapshot;
import frontierslab.panels.bias.model.ScalarBiasParams;
import frontierslab.panels.bias.view.ScalarBiasFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@code bias-scalar} while α is dragged: setParams + snapshot (the whole run and the 17 plateau runs), then that
 * plus {@code show}, then that plus drawing the figure at 1280×800, at the default η = 0.01 (T = 15: 1,500 steps) and at
 * the worst case η = 0.001, T = 40 (40,000 steps, the plateau runs up to 80 time units each).
 * Run: {@code ./frontiers-lab bench bias-scalar}.
 */
public final class ScalarBiasBench {

    private ScalarBiasBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "%d processors%n", Runtime.getRuntime().availableProcessors());
        bench(0.01, 15);
        bench(0.001, 40);
    }

    private static ScalarBiasParams params(int i, double eta, double time) {
        double alpha = Math.pow(10, -4 + 4.0 * (i % 97) / 96);
        return new ScalarBiasParams(Model.PRODUCT, alpha, 1, 1, 1, eta, time);
    }

    private static void bench(double eta, double time) {
        ScalarBiasExperiment e = new ScalarBiasExperiment(params(0, eta, time));
        Palette palette = Palette.of(Theme.PROJECTOR);
        ScalarBiasFigure figure = new ScalarBiasFigure(palette);
        FigureWriter writer = new FigureWriter(palette, null, figure.charts().stream().map(FigureChart::chart).toList(),
                figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        String label = "η = " + eta + ", T = " + time;
        report("setParams + snapshot, " + label, time(40, 60, i -> {
            e.setParams(params(i, eta, time));
            e.snapshot();
        }));
        report("… + show, " + label, time(40, 60, i -> {
            e.setParams(params(i, eta, time));
            figure.show((ScalarBiasSnapshot) e.snapshot());
        }));
        report("… + draw 1280×800, " + label, time(20, 40, i -> {
            e.setParams(params(i, eta, time));
            figure.show((ScalarBiasSnapshot) e.snapshot());
            Graphics2D g = image.createGraphics();
            writer.draw(g, 1280, 800);
            g.dispose();
        }));
    }

    private static double[] time(int warmup, int runs, java.util.function.IntConsumer work) {
        for (int i = 0; i < warmup; i++) {
            work.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.accept(warmup + i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] sorted) {
        System.out.printf(Locale.ROOT, "%-52s median %7.2f ms, p90 %7.2f ms, max %7.2f ms%n", what,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1]);
    }
}
