package frontierslab.bench;

import frontierslab.math.linalg.EigenEstimate;
import frontierslab.math.linalg.Lanczos;
import frontierslab.math.linalg.PowerIteration;
import frontierslab.math.linalg.SymmetricOperator;
import frontierslab.math.nn.EosTrainer;
import frontierslab.math.nn.MlpLoss;
import java.util.Locale;

/**
 * Speed of the eos-mlp mathematics on the spiral preset (2→32→32→32→1, 200 points, docs/science.md §2), single thread:
 * GD steps per second, Hessian-vector products per second, warm-started sharpness evaluations per second, and the wall
 * time of the goal run (η = 0.04, 4000 GD steps, λ_max measured every 10 steps). Compare with
 * {@code python3 bench/eos_mlp_numpy.py}, which runs the same goal run in numpy.
 *
 * <p>Run (after {@code ./mvnw -q -B -o compile}):
 * <pre>
 *   ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) frontierslab.bench.EosMlpBench [rounds]
 * </pre>
 */
public final class EosMlpBench {

    private EosMlpBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        printReferenceLosses();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d%n", round);
            measureSteps();
            measureHessianVectorProducts();
            measureSharpness();
            if (round == rounds) {
                compareEigenSolvers();
            }
            goalRun();
        }
    }

    /** The numbers bench/eos_mlp_numpy.py prints too, to check that both compute the same run. */
    private static void printReferenceLosses() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        System.out.printf("loss at step 0   %.17g%n", trainer.loss());
        for (int i = 0; i < 100; i++) {
            trainer.step();
        }
        System.out.printf("loss at step 100 %.17g%n", trainer.loss());
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

    /** Warm-started Lanczos against warm-started power iteration at the edge of stability (η = 0.16, steps 500–1500). */
    private static void compareEigenSolvers() {
        EosTrainer trainer = EosTrainer.spiral(0.16);
        for (int i = 0; i < 500; i++) {
            trainer.step();
        }
        int dimension = trainer.parameters().length;
        Lanczos lanczos = new Lanczos(dimension, 200);
        PowerIteration power = new PowerIteration(dimension, 20_000);
        double[] lanczosStart = null;
        double[] powerStart = null;
        long lanczosProducts = 0;
        long powerProducts = 0;
        double lanczosSeconds = 0;
        double powerSeconds = 0;
        double largestGap = 0;
        int evaluations = 0;
        for (int block = 0; block < 100; block++) {
            for (int i = 0; i < 10; i++) {
                trainer.step();
            }
            SymmetricOperator h = trainer.hessian();
            long start = System.nanoTime();
            EigenEstimate l = lanczos.largest(h, lanczosStart, 1, EosTrainer.SHARPNESS_TOLERANCE);
            long middle = System.nanoTime();
            EigenEstimate p = power.dominant(h, powerStart, EosTrainer.SHARPNESS_TOLERANCE);
            long end = System.nanoTime();
            lanczosSeconds += (middle - start) / 1e9;
            powerSeconds += (end - middle) / 1e9;
            lanczosStart = l.topEigenvector();
            powerStart = p.topEigenvector();
            lanczosProducts += l.operatorApplications();
            powerProducts += p.operatorApplications();
            largestGap = Math.max(largestGap, Math.abs(l.top() - p.top()) / l.top());
            evaluations++;
        }
        System.out.printf("  at the edge (η = 0.16): Lanczos %.1f products/eval (%.2f ms), power iteration %.1f"
                        + " products/eval (%.2f ms), largest relative difference %.1e%n",
                (double) lanczosProducts / evaluations, 1e3 * lanczosSeconds / evaluations,
                (double) powerProducts / evaluations, 1e3 * powerSeconds / evaluations, largestGap);
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
        System.out.printf("  goal run              %8.3f s (η = 0.04, 4000 steps, λ_max every 10 steps; final loss %.10f,"
                + " last λ_max %.6f, max η·λ_max %.4f)%n", seconds, trainer.loss(), lastSharpness, maxEtaLambda);
    }
}
