package frontierslab.bench;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap;
import frontierslab.math.sam.PhaseMap.Ending;
import frontierslab.math.sam.PhaseMap.Grid;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.math.sam.PhaseMap.Result;
import frontierslab.math.sam.PhaseMap.Row;
import frontierslab.math.sam.PhaseMap.Settings;
import frontierslab.sim.Workers;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;

/**
 * Times {@link PhaseMap} on the lecture's start (−1.5, −1.5): a 40 × 40 (η, ρ) grid × 2,000 steps of GD and SAM on 1
 * and 2 threads (goal: under 2 s on 2 cores), then the same map with the lecture's forward-difference gradients, and
 * prints the map. Run: {@code java -cp target/classes frontierslab.bench.SamPhaseMapBench [size] [steps]}.
 */
public final class SamPhaseMapBench {

    private SamPhaseMapBench() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Settings exact = Settings.fromLectureStart(Grid.standard(size, size), steps);
        Settings lecture = new Settings(exact.grid(), -1.5, -1.5, steps, GradientSource.LECTURE_FORWARD_DIFFERENCE);
        System.out.printf("SAM phase map, %d×%d cells (η %.3g…%.3g log, ρ %.3g…%.3g), %d steps, %d processors, "
                + "load average %.2f before the run%n", size, size, exact.grid().etaMin(), exact.grid().etaMax(),
                exact.grid().rhoMin(), exact.grid().rhoMax(), steps, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        PhaseMap.compute(Settings.fromLectureStart(Grid.standard(12, 12), steps), Workers.shared(), 2);
        Result result = null;
        for (int threads : new int[] {1, 2}) {
            for (int repeat = 0; repeat < 3; repeat++) {
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long start = System.nanoTime();
                result = PhaseMap.compute(exact, Workers.shared(), threads);
                double seconds = (System.nanoTime() - start) * 1e-9;
                double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) * 1e-9;
                System.out.printf("exact gradients, %d thread(s): %.3f s wall%s%n", threads, seconds,
                        threads == 1 ? String.format(" (%.3f s CPU)", cpu) : "");
            }
        }
        for (int repeat = 0; repeat < 2; repeat++) {
            long start = System.nanoTime();
            PhaseMap.compute(lecture, Workers.shared(), 2);
            System.out.printf("lecture forward differences, 2 threads: %.3f s%n", (System.nanoTime() - start) * 1e-9);
        }
        describe(result);
    }

    private static void describe(Result result) {
        Map<Outcome, Integer> sam = new EnumMap<>(Outcome.class);
        Map<Outcome, Integer> gd = new EnumMap<>(Outcome.class);
        int settled = 0;
        int cells = 0;
        for (Row row : result.rows()) {
            for (Ending ending : row.sam()) {
                sam.merge(ending.outcome(), 1, Integer::sum);
                settled += ending.period() > 0 ? 1 : 0;
                cells++;
            }
        }
        for (Ending ending : result.gradientDescent()) {
            gd.merge(ending.outcome(), 1, Integer::sum);
        }
        System.out.printf("SAM cells: %s; %d of %d stopped early on an exact cycle%n", sam, settled, cells);
        System.out.printf("GD columns: %s%n", gd);
        System.out.println("S sharp well, F flat well, . elsewhere, X diverged; ρ upwards, η to the right");
        System.out.println("  GD   " + line(result.gradientDescent()));
        for (int r = result.rows().size() - 1; r >= 0; r--) {
            Row row = result.rows().get(r);
            System.out.printf("ρ %.2f %s%n", row.rho(), line(row.sam()));
        }
        Grid grid = result.settings().grid();
        System.out.printf("       η = %.3g … %.3g; GD's thresholds 2/50 = 0.04 at column %.1f, 2/2 = 1 at column %.1f%n",
                grid.etaMin(), grid.etaMax(), column(grid, 0.04), column(grid, 1.0));
    }

    private static double column(Grid grid, double eta) {
        return (grid.etaCount() - 1) * Math.log(eta / grid.etaMin()) / Math.log(grid.etaMax() / grid.etaMin());
    }

    private static String line(java.util.List<Ending> endings) {
        StringBuilder text = new StringBuilder();
        for (Ending ending : endings) {
            text.append(switch (ending.outcome()) {
                case SHARP_BASIN -> 'S';
                case FLAT_BASIN -> 'F';
                case ELSEWHERE -> '.';
                case DIVERGED -> 'X';
            });
        }
        return text.toString();
    }
}
