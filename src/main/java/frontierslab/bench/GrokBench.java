package frontierslab.bench;

import frontierslab.math.grok.GrokTrainer;
import frontierslab.panels.generalization.model.GrokExperiment;
import frontierslab.panels.generalization.model.GrokExperiment.GrokSnapshot;
import frontierslab.panels.generalization.model.GrokParams;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Speed of {@code grok-modadd} on its main preset (P = 47, 663 training pairs, 256 units, AdamW): milliseconds per
 * training step on one and on two cores (wall and the calling thread's CPU time), milliseconds per evaluation of all
 * P² pairs, and the time from Play to test accuracy ≥ 95 % headless at full speed, with its CPU time, so that figures
 * taken on a loaded machine can be read. {@code bench grok} then plays the same run in the app's window. Compare with
 * {@code python3 bench/grok_numpy.py}, the same run in numpy.
 */
public final class GrokBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GrokBench() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        Locale.setDefault(Locale.ROOT);
        out.printf("grok: load average %.2f at the start%n", load());
        GrokParams main = GrokExperiment.TYPE.preset("main").params();
        for (boolean parallel : new boolean[] {false, true}) {
            GrokTrainer t = new GrokTrainer(main.setup(), main.lr(), main.weightDecay(),
                    parallel ? frontierslab.sim.Workers.shared() : null);
            double[] step = new double[5];
            double[] stepCpu = new double[5];
            double[] eval = new double[5];
            for (int round = 0; round < 6; round++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    t.step();
                }
                long t1 = System.nanoTime();
                long c1 = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < 20; i++) {
                    t.evaluate();
                }
                long t2 = System.nanoTime();
                if (round > 0) {
                    step[round - 1] = (t1 - t0) / 1e6 / 200;
                    stepCpu[round - 1] = (c1 - c0) / 1e6 / 200;
                    eval[round - 1] = (t2 - t1) / 1e6 / 20;
                }
            }
            Arrays.sort(step);
            Arrays.sort(stepCpu);
            Arrays.sort(eval);
            out.printf("grok, %s: %.2f ms per training step (median of 5 × 200; %.1f GFLOP/s at 50.1 MFLOP a step; "
                    + "the calling thread's CPU time %.2f ms a step), %.2f ms per evaluation of all %d pairs%n",
                    parallel ? "two cores" : "one core", step[2], 50.1 / step[2], stepCpu[2], eval[2],
                    main.modulus() * main.modulus());
        }
        GrokExperiment e = new GrokExperiment(main);
        long cpu = process();
        long start = System.nanoTime();
        while (e.canStep() && ((GrokSnapshot) e.snapshot()).grokStep() < 0) {
            e.step();
        }
        GrokSnapshot s = (GrokSnapshot) e.snapshot();
        out.printf("grok, headless at full speed: test accuracy ≥ 95 %% at step %d after %.1f s (process CPU %.1f s)%n",
                s.grokStep(), (System.nanoTime() - start) / 1e9, (process() - cpu) / 1e9);
        out.printf("grok: load average %.2f at the end of the headless run%n", load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
