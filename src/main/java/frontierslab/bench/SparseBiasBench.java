package frontierslab.bench;

import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment.SparseBiasSnapshot;
import frontierslab.panels.bias.model.SparseBiasParams;
import frontierslab.panels.bias.view.SparseBiasFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.util.Arrays;
import java.util.Locale;

/**
 * Speed of {@code bias-sparse}, single thread: the time to start a run (draw the data, the minimum-ℓ1 interpolator by
 * the simplex method, the minimum-ℓ2 one, the hypentropy limit), the time of one {@code step()} call (a batch of GD
 * steps) for n = 20 and n = 60, of {@code snapshot()} and of the figure's {@code show()}, and the wall time of each
 * preset run to its horizon. Medians over repeats.
 *
 * <p>Run: {@code ./frontiers-lab bench bias-sparse} (speed), {@code ./frontiers-lab bench bias-sparse-sweep} (the α
 * table).
 */
public final class SparseBiasBench {

    private SparseBiasBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        if (args.length > 0 && args[0].equals("sweep")) {
            sweep();
            return;
        }
        for (int round = 1; round <= 2; round++) {
            System.out.printf("round %d%n", round);
            for (int n : new int[] {20, 60}) {
                SparseBiasParams p = new SparseBiasParams(0.01, 0.02, 2_000_000, 0, n, 3, 0);
                double[] start = new double[5];
                SparseBiasExperiment e = null;
                for (int i = 0; i < start.length; i++) {
                    long t0 = System.nanoTime();
                    e = new SparseBiasExperiment(p);
                    start[i] = (System.nanoTime() - t0) / 1e6;
                }
                double[] step = new double[200];
                for (int i = 0; i < step.length; i++) {
                    long t0 = System.nanoTime();
                    e.step();
                    step[i] = (System.nanoTime() - t0) / 1e6;
                }
                long gdSteps = e.snapshot().step();
                double[] snap = new double[50];
                double[] show = new double[50];
                SparseBiasFigure figure = new SparseBiasFigure(Palette.of(Theme.LIGHT));
                for (int i = 0; i < snap.length; i++) {
                    e.step();
                    long t0 = System.nanoTime();
                    SparseBiasSnapshot s = (SparseBiasSnapshot) e.snapshot();
                    long t1 = System.nanoTime();
                    figure.show(s);
                    long t2 = System.nanoTime();
                    snap[i] = (t1 - t0) / 1e6;
                    show[i] = (t2 - t1) / 1e6;
                }
                System.out.printf("  n = %d: start %.1f ms, step() %.2f ms (%d GD steps per call, %.2f µs per GD step),"
                        + " snapshot %.3f ms, figure show %.2f ms%n", n, median(start), median(step), gdSteps / 200,
                        median(step) * 1000 / (gdSteps / 200.0), median(snap), median(show));
            }
            for (var preset : SparseBiasExperiment.TYPE.presets()) {
                long t0 = System.nanoTime();
                SparseBiasExperiment e = new SparseBiasExperiment(preset.params());
                e.run(Long.MAX_VALUE);
                System.out.printf("  preset %-11s %7d GD steps in %.0f ms%n", preset.name(), e.snapshot().step(),
                        (System.nanoTime() - t0) / 1e6);
            }
        }
    }

    /** The α table of docs/panels/bias.md: default data, η = 0.02, 200 000 steps. */
    private static void sweep() {
        System.out.println("alpha, final_loss, dist_l1, dist_l2, dist_limit, l1_norm, first step with loss < 1e-8");
        for (double alpha : new double[] {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1}) {
            SparseBiasExperiment e = new SparseBiasExperiment(SparseBiasParams.of(alpha, 0.02, 200_000));
            e.run(Long.MAX_VALUE);
            var s = (SparseBiasExperiment.SparseBiasSnapshot) e.snapshot();
            var t = s.trace();
            long fitted = -1;
            for (int r = 0; r < t.rows() && fitted < 0; r++) {
                if (t.get(r, "loss") < 1e-8) {
                    fitted = (long) t.get(r, "step");
                }
            }
            var m = s.summary();
            System.out.printf("%.3f, %.2e, %.4f, %.4f, %.4f, %.3f, %d%n", alpha, m.finalLoss(), m.distL1(),
                    m.distL2(), m.distLimit(), m.l1Norm(), fitted);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
