package frontierslab.bench;

import frontierslab.math.nn.EosTrainer;
import frontierslab.math.nn.MlpLoss;
import frontierslab.math.linalg.SymmetricOperator;
import java.util.Locale;

/**
 * Speed of the eos-mlp mathematics on the spiral preset (2→32→32→32→1, 200 points, FACTS.md §2), single thread:
 * GD steps per second, Hessian-vector products per second, warm-started sharpness evaluations per second, and the wall
 * time of the goal run (η = 0.04, 4000 GD steps, λ_max measured every 10 steps). Compare with
 * {@code python3 bench/eos_mlp_numpy.py}, which runs the same goal run in numpy.
 *
 * <p>Run: {@code ./mvnw -q -B -o compile exec:java} is not configured; use
 * {@code java -cp target/classes:$(cat cp.txt) frontierslab.bench.EosMlpBench} after
 * {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class EosMlpBench {

    private EosMlpBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d%n", round);
            measureSteps();
            measureHessianVectorProducts();
            measureSharpness();
            goalRun();
        }
    }

    private static void measureSteps() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        int steps = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            trainer.step();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  GD steps/s            %8.0f   (%d steps in %.3f s, loss %.6f)%n",
                steps / seconds, steps, seconds, trainer.loss());
    }

    private static void measureHessianVectorProducts() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        MlpLoss loss = trainer.objective();
        double[] theta = trainer.parameters();
        SymmetricOperator h = loss.hessianAt(theta);
        double[] v = new double[loss.dimension()];
        double[] hv = new double[loss.dimension()];
        java.util.Arrays.fill(v, 1.0 / Math.sqrt(v.length));
        int products = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < products; i++) {
            h.apply(v, hv);
            double norm = 0;
            for (double x : hv) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < v.length; j++) {
                v[j] = hv[j] / norm;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  Hessian-vector prod/s %8.0f   (%d in %.3f s)%n", products / seconds, products, seconds);
    }

    private static void measureSharpness() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        int evaluations = 0;
        int products = 0;
        double seconds = 0;
        for (int block = 0; block < 200; block++) {
            for (int i = 0; i < 10; i++) {
                trainer.step();
            }
            long start = System.nanoTime();
            EosTrainer.Sharpness s = trainer.sharpness();
            seconds += (System.nanoTime() - start) / 1e9;
            evaluations++;
            products += s.hessianVectorProducts();
        }
        System.out.printf("  sharpness evals/s     %8.0f   (%d warm-started Lanczos, %.1f products each, %.3f s)%n",
                evaluations / seconds, evaluations, (double) products / evaluations, seconds);
    }

    /** The goal: η = 0.04, 4000 GD steps, λ_max at θ₀, θ₁₀, …, θ₃₉₉₀. */
    static void goalRun() {
        long start = System.nanoTime();
        EosTrainer trainer = EosTrainer.spiral(0.04);
        double lastSharpness = 0;
        double maxEtaLambda = 0;
        for (int step = 0; step < 4000; step++) {
            if (step % 10 == 0) {
                lastSharpness = trainer.sharpness().lambdaMax();
                maxEtaLambda = Math.max(maxEtaLambda, 0.04 * lastSharpness);
            }
            trainer.step();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  goal run              %8.3f s (η = 0.04, 4000 steps, λ_max every 10 steps; final loss %.6f,"
                + " last λ_max %.4f, max η·λ_max %.4f)%n", seconds, trainer.loss(), lastSharpness, maxEtaLambda);
    }
}
