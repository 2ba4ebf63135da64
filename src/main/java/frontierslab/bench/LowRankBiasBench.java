package frontierslab.bench;

import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.LowRankBiasParams;
import frontierslab.sim.Preset;
import java.util.Locale;

/**
 * Times {@code bias-low-rank}: the mean cost of one {@code step()} (a batch of GD iterations with its records) and of
 * one {@code snapshot()}, per preset and for depth 3, and prints each preset's outcome.
 * Run: {@code ./frontiers-lab bench bias-low-rank}.
 */
public final class LowRankBiasBench {

    private LowRankBiasBench() {
    }

    public static void main(String[] args) {
        for (int warm = 0; warm < 20; warm++) {
            for (Preset<LowRankBiasParams> preset : LowRankBiasExperiment.TYPE.presets()) {
                new LowRankBiasExperiment(preset.params()).run(Long.MAX_VALUE);
            }
        }
        for (Preset<LowRankBiasParams> preset : LowRankBiasExperiment.TYPE.presets()) {
            measure(preset.name(), preset.params());
        }
        LowRankBiasParams p = LowRankBiasExperiment.TYPE.presets().get(0).params();
        measure("depth-3", new LowRankBiasParams(0.1, 0.05, 2000, 1, 0.5, 3));
        measure("long", new LowRankBiasParams(p.alpha(), p.eta(), 20_000, 1, 0.5, 2));
    }

    private static void measure(String name, LowRankBiasParams p) {
        LowRankBiasExperiment e = new LowRankBiasExperiment(p);
        long calls = 0;
        long start = System.nanoTime();
        long worst = 0;
        while (e.canStep()) {
            long t0 = System.nanoTime();
            e.step();
            worst = Math.max(worst, System.nanoTime() - t0);
            calls++;
        }
        double stepMs = (System.nanoTime() - start) / 1e6 / calls;
        long s0 = System.nanoTime();
        int reps = 200;
        for (int i = 0; i < reps; i++) {
            e.snapshot();
        }
        double snapMs = (System.nanoTime() - s0) / 1e6 / reps;
        System.out.printf(Locale.ROOT, "%-20s step() %.3f ms mean, %.3f ms worst (%d calls); snapshot %.3f ms; %s%n",
                name, stepMs, worst / 1e6, calls, snapMs, e.snapshot().summary());
    }
}
