package frontierslab.bench;

import frontierslab.math.eos.PowerLawRun;
import frontierslab.math.eos.Valley;
import frontierslab.math.eos.ValleyRun;
import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Timings of the small edge-of-stability mathematics: a whole Demo 1 run, a 4000-step valley run, and the per-pixel
 * cost of colouring a 512×512 image by the sharpness of the nearest minimum or of the gradient-flow limit.
 * Run: {@code java -cp target/classes frontierslab.bench.EosMathBench}.
 */
public final class EosMathBench {

    private EosMathBench() {
    }

    public static void main(String[] args) {
        Valley product = Valley.of(new ProductValley(1.0));
        Valley ellipse = Valley.of(new EllipseValley(0.25));
        double sink = 0;
        for (int round = 0; round < 3; round++) {
            boolean report = round == 2;
            sink += time("Demo 1 (500 steps)", 200, report, () -> PowerLawRun.demo1().summary().lastEtaLambdaMax());
            sink += time("product valley, log cosh, 4000 steps", 50, report,
                    () -> ValleyRun.run(product, new double[] {5.5, 0.3}, 0.2, 4000).summary().finalSharpness());
            sink += time("ellipse valley, 4000 steps", 50, report,
                    () -> ValleyRun.run(ellipse, new double[] {0.05, 1.2}, 0.3, 4000).summary().finalSharpness());
            sink += image("product nearest-minimum sharpness", product::sharpnessOfNearestMinimum, report);
            sink += image("ellipse nearest-minimum sharpness", ellipse::sharpnessOfNearestMinimum, report);
            sink += image("product flow-limit sharpness",
                    w -> product.gradientFlowLimit(w).map(product::sharpnessAtMinimum).orElse(0.0), report);
            sink += image("ellipse flow-limit sharpness",
                    w -> ellipse.gradientFlowLimit(w).map(ellipse::sharpnessAtMinimum).orElse(0.0), report);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double time(String what, int repetitions, boolean report, java.util.function.DoubleSupplier task) {
        double sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < repetitions; i++) {
            sink += task.getAsDouble();
        }
        double millis = (System.nanoTime() - start) / 1e6 / repetitions;
        if (report) {
            System.out.printf(Locale.ROOT, "%-40s %9.3f ms per run%n", what, millis);
        }
        return sink;
    }

    private static double image(String what, ToDoubleFunction<double[]> colour, boolean report) {
        int size = 512;
        double sink = 0;
        long start = System.nanoTime();
        double[] w = new double[2];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                w[0] = -4 + 8.0 * i / (size - 1);
                w[1] = -3 + 6.0 * j / (size - 1);
                sink += colour.applyAsDouble(w);
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (report) {
            System.out.printf(Locale.ROOT, "%-40s %9.1f ms per 512×512 image (%.2f µs per pixel)%n", what, millis,
                    millis * 1000 / (size * size));
        }
        return sink;
    }
}
