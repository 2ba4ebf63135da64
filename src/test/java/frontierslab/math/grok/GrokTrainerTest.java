package frontierslab.math.grok;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GrokTrainerTest {

    private static final int P = 11;
    private static final int WIDTH = 10;

    /** The small case of the reference: P = 11, 40 % of the pairs, 10 units, seed 5, b₁ and b₂ set away from 0. */
    private static GrokTrainer small(Activation act, Loss loss, Optimizer opt, double lr, double wd) {
        GrokTrainer t = new GrokTrainer(new GrokSetup(P, 0.4, WIDTH, act, loss, opt, Init.RANDOM, 5), lr, wd);
        for (int k = 0; k < WIDTH; k++) {
            t.b1[k] = (float) (0.1 * Math.cos(k));
        }
        for (int c = 0; c < P; c++) {
            t.b2[c] = (float) (0.05 * Math.sin(c));
        }
        return t;
    }

    private static String key(Activation act, Loss loss, Optimizer opt) {
        return (act == Activation.QUADRATIC ? "quadratic" : "relu") + "-" + (loss == Loss.MSE ? "mse" : "ce") + "-"
                + opt.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double maxAbs(double[] x) {
        return Arrays.stream(x).map(Math::abs).max().orElse(0);
    }

    /** An independent double-precision loss from the trainer's parameters, written from the formulas. */
    private static double doubleLoss(double[] theta, GrokTrainer t, Activation act, Loss loss) {
        int off = 0;
        double[][] a = new double[P][WIDTH];
        double[][] b = new double[P][WIDTH];
        double[][] w2 = new double[P][WIDTH];
        for (double[][] m : new double[][][] {a, b}) {
            for (double[] row : m) {
                for (int k = 0; k < WIDTH; k++) {
                    row[k] = theta[off++];
                }
            }
        }
        double[] b1 = Arrays.copyOfRange(theta, off, off + WIDTH);
        off += WIDTH;
        for (double[] row : w2) {
            for (int k = 0; k < WIDTH; k++) {
                row[k] = theta[off++];
            }
        }
        double[] b2 = Arrays.copyOfRange(theta, off, off + P);
        double total = 0;
        int n = 0;
        for (int pair = 0; pair < P * P; pair++) {
            if (!t.isTraining(pair)) {
                continue;
            }
            n++;
            int x = pair / P;
            int y = pair % P;
            int target = (x + y) % P;
            double[] o = b2.clone();
            for (int k = 0; k < WIDTH; k++) {
                double h = a[x][k] + b[y][k] + b1[k];
                double z = act == Activation.QUADRATIC ? h * h : Math.max(h, 0);
                for (int c = 0; c < P; c++) {
                    o[c] += w2[c][k] * z;
                }
            }
            if (loss == Loss.MSE) {
                for (int c = 0; c < P; c++) {
                    double e = o[c] - (c == target ? 1 : 0);
                    total += e * e / P;
                }
            } else {
                double top = Arrays.stream(o).max().orElseThrow();
                double s = Arrays.stream(o).map(v -> Math.exp(v - top)).sum();
                total += top + Math.log(s) - o[target];
            }
        }
        return total / n;
    }

    @ParameterizedTest
    @CsvSource({"QUADRATIC, MSE", "RELU, MSE", "QUADRATIC, CROSS_ENTROPY", "RELU, CROSS_ENTROPY"})
    void gradientsMatchCentralDifferencesOfADoublePrecisionLoss(Activation act, Loss loss) {
        GrokTrainer t = small(act, loss, Optimizer.ADAMW, 3e-3, 1);
        t.lossAndGradient();
        double[] g = GrokReference.flatten(t.gradients(), P, WIDTH);
        double[] theta = GrokReference.flatten(t.parameters(), P, WIDTH);
        double scale = maxAbs(g);
        double h = 1e-6;
        for (int i = 0; i < theta.length; i++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (doubleLoss(plus, t, act, loss) - doubleLoss(minus, t, act, loss)) / (2 * h);
            assertEquals(fd, g[i], 2e-5 * scale + 1e-4 * Math.abs(fd), "component " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"QUADRATIC, MSE, ADAMW, 3e-3, 1.0", "RELU, MSE, ADAMW, 3e-3, 1.0",
        "QUADRATIC, CROSS_ENTROPY, ADAMW, 3e-3, 1.0", "QUADRATIC, MSE, ADAM, 3e-3, 0.5", "QUADRATIC, MSE, GD, 2.0, 0.1"})
    void gradientsAndTwentyUpdatesAgreeWithTheNumpyReference(Activation act, Loss loss, Optimizer opt, double lr,
                                                             double wd) {
        String key = key(act, loss, opt);
        GrokTrainer t = small(act, loss, opt, lr, wd);
        double loss0 = t.lossAndGradient();
        assertEquals(GrokReference.numbers("loss0 " + key)[0], loss0, 1e-6 * loss0);
        double[] g = GrokReference.flatten(t.gradients(), P, WIDTH);
        double[] ref = GrokReference.numbers("grad " + key);
        double scale = maxAbs(ref);
        for (int i = 0; i < g.length; i++) {
            assertEquals(ref[i], g[i], 1e-5 * scale, "gradient component " + i);
        }
        double[] losses = GrokReference.numbers("losses " + key);
        for (int s = 0; s < 20; s++) {
            assertTrue(t.step());
            assertEquals(losses[s], t.lastTrainLoss(), 1e-5 * losses[s], "loss before update " + (s + 1));
        }
        double[] theta = GrokReference.flatten(t.parameters(), P, WIDTH);
        double[] theta20 = GrokReference.numbers("theta20 " + key);
        double size = maxAbs(theta20);
        for (int i = 0; i < theta.length; i++) {
            assertEquals(theta20[i], theta[i], 2e-4 * size, "parameter " + i + " after 20 updates");
        }
    }

    @Test
    void theSplitAndTheInitializationAreTheReferencesSplitMix64Draws() {
        GrokTrainer t = new GrokTrainer(new GrokSetup(47, 0.3, 256, Activation.QUADRATIC, Loss.MSE, Optimizer.ADAMW,
                Init.RANDOM, 1), 3e-3, 1);
        double[] split = GrokReference.numbers("split47");
        for (double pair : split) {
            assertTrue(t.isTraining((int) pair), "pair " + (int) pair + " trains in the reference");
        }
        assertEquals(663, t.trainingPairs());
        double[] init = GrokReference.numbers("init47");
        assertEquals((float) init[0], t.a[0][0]);
        assertEquals((float) init[1], t.a[46][255]);
        assertEquals((float) init[2], t.b[3][7]);
        assertEquals((float) init[3], t.w2[0][0]);
        assertEquals((float) init[4], t.w2[46][255]);
    }

    @ParameterizedTest
    @CsvSource({"47, 256", "47, 128", "13, 35"})
    void theHandBuiltSolutionIsRightOnEveryPairBeforeAnyStep(int p, int width) {
        GrokTrainer t = new GrokTrainer(new GrokSetup(p, 0.3, width, Activation.QUADRATIC, Loss.MSE, Optimizer.ADAMW,
                Init.FOURIER, 1), 3e-3, 1);
        GrokTrainer.Evaluation e = t.evaluate();
        for (int pair = 0; pair < p * p; pair++) {
            assertTrue(e.correct()[pair], "pair (" + pair / p + ", " + pair % p + ")");
        }
        assertEquals(1.0, e.trainAccuracy());
        assertEquals(1.0, e.testAccuracy());
        String line = GrokReference.line("fourier-" + p + "-" + width);
        assertTrue(line.startsWith("correct " + p * p + " of " + p * p), line);
        double[][] a = t.matrix('A');
        double[][] b = t.matrix('B');
        double[][] w = t.matrix('W');
        double margin = Double.POSITIVE_INFINITY;
        for (int x = 0; x < p; x++) {
            for (int y = 0; y < p; y++) {
                double[] o = new double[p];
                for (int c = 0; c < p; c++) {
                    o[c] = 1.0 / p;
                    for (int k = 0; k < width; k++) {
                        double h = a[x][k] + b[y][k];
                        o[c] += w[c][k] * h * h;
                    }
                }
                int target = (x + y) % p;
                for (int c = 0; c < p; c++) {
                    if (c != target) {
                        margin = Math.min(margin, o[target] - o[c]);
                    }
                }
            }
        }
        double referenceMargin = Double.parseDouble(line.substring(line.indexOf("margin ") + 7));
        assertEquals(referenceMargin, margin, 1e-5, "the smallest lead of the right answer");
        if (width == 256) {
            assertEquals(0.0, e.trainLoss(), 1e-9, "all 23 frequencies: the outputs are the one-hot targets");
            assertEquals(1.0, margin, 1e-5);
        }
    }

    @Test
    void twoCoresGiveTheSameRunBitForBit() {
        GrokSetup setup = new GrokSetup(23, 0.3, 50, Activation.QUADRATIC, Loss.MSE, Optimizer.ADAMW, Init.RANDOM, 4);
        GrokTrainer one = new GrokTrainer(setup, 3e-3, 1, null);
        GrokTrainer two = new GrokTrainer(setup, 3e-3, 1, frontierslab.sim.Workers.shared());
        for (int s = 0; s < 30; s++) {
            one.step();
            two.step();
        }
        for (int r = 0; r < one.parameters().length; r++) {
            assertArrayEquals(one.parameters()[r], two.parameters()[r]);
        }
    }

    @Test
    void gradientDescentWithAHugeStepDivergesAndKeepsItsLastFiniteState() {
        GrokTrainer t = new GrokTrainer(new GrokSetup(23, 0.3, 161, Activation.QUADRATIC, Loss.CROSS_ENTROPY,
                Optimizer.GD, Init.FOURIER, 1), 10, 0);
        int guard = 0;
        while (t.step() && guard++ < 1000) {
            // runs until it diverges
        }
        assertTrue(t.hasDiverged());
        assertFalse(t.step(), "a diverged run takes no further step");
        for (float[] row : t.parameters()) {
            for (float x : row) {
                assertTrue(Float.isFinite(x) && Math.abs(x) <= GrokTrainer.DIVERGED_WEIGHT);
            }
        }
        GrokTrainer.Evaluation e = t.evaluate();
        assertTrue(Double.isFinite(e.trainLoss()) && Double.isFinite(e.testLoss()));
    }
}
