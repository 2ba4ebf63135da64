package frontierslab.math.grok;

import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import frontierslab.math.random.SeededRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Full-batch training of the network of Gromov (2023, arXiv 2301.02679) on (a + b) mod P (Power et al. 2022,
 * arXiv 2201.02177): h = A[a] + B[b] + b₁ ∈ ℝ^N, z = σ(h) (σ(h) = h² or max(0, h)), o = W₂z + b₂ ∈ ℝ^P, the
 * prediction argmax_c o_c. Loss: MSE (1/(nP)) Σ_i Σ_c (o_ic − y_ic)² on one-hot targets, or cross-entropy.
 * Optimizer (t = 1, 2, …, g = ∇L, β = (0.9, 0.98), ε = 10⁻⁸): AdamW m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * θ ← θ − lr(m/(1−β₁ᵗ) / (√(v/(1−β₂ᵗ)) + ε) + wd·θ) (Loshchilov and Hutter 2019); Adam the same on g + wd·θ with
 * no decoupled term; GD θ ← θ − lr(g + wd·θ). The decay acts on every parameter, biases included; lr and wd change
 * between steps.
 *
 * <p>Single precision throughout (parameters, moments, activations; sums of losses in double), the products on one
 * or two cores ({@link GrokKernels}, {@link TwoCores}), steps and evaluations each as asked. The split of the P² pairs and the initialization come from one
 * SplitMix64 stream ({@link SeededRandom}): first the permutation (its first round(fP²) pairs train), then A, B
 * (row-major, N(0, 1/P)), then W₂ (N(0, 1/N)).
 *
 * <p>A step whose loss is not finite, or after which some |θ| exceeds {@value #DIVERGED_WEIGHT}, is not taken: the
 * parameters stay at the last finite state and the trainer reports the divergence.
 */
public final class GrokTrainer {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.98;
    static final double EPSILON = 1e-8;
    static final double DIVERGED_WEIGHT = 1e4;

    private final GrokSetup setup;
    private final int p;
    private final int classes;
    private final int n;
    private final int units;
    private final TwoCores stepCores;
    private final TwoCores evaluationCores;
    final float[][] a;
    final float[][] b;
    final float[] b1;
    final float[][] w2;
    final float[] b2;
    private final float[][] gA;
    private final float[][] gB;
    private final float[] gb1;
    private final float[][] gw2;
    private final float[] gb2;
    private final float[][] params;
    private final float[][] grads;
    private final float[][] first;
    private final float[][] second;
    private final float[][] backup;
    private final boolean[] training;
    private final Batch train;
    private final Batch all;
    private double lr;
    private double wd;
    private int steps;
    private double lastTrainLoss = Double.NaN;
    private Divergence divergence;

    /** Why and where the run stopped. */
    public record Divergence(int step, String reason) {
    }

    /** The network's answers on all P² pairs at the current parameters. */
    public record Evaluation(double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                             boolean[] correct) {
    }

    /** The activations and gradients of one set of pairs, padded to a multiple of four samples. */
    private final class Batch {
        final int size;
        final int padded;
        final int[] left;
        final int[] right;
        final float[][] h;
        final float[][] z;
        final float[][] zT;
        final float[][] oT;
        final float[][] dT;
        final float[][] dz;

        Batch(int[] left, int[] right, boolean backward) {
            size = left.length;
            padded = roundUp(size);
            this.left = Arrays.copyOf(left, padded);
            this.right = Arrays.copyOf(right, padded);
            h = new float[padded][units];
            z = new float[padded][units];
            zT = new float[units][padded];
            oT = new float[classes][padded];
            dT = backward ? new float[classes][padded] : null;
            dz = backward ? new float[padded][units] : null;
        }
    }

    /** A trainer that computes on the calling thread alone. */
    public GrokTrainer(GrokSetup setup, double lr, double wd) {
        this(setup, lr, wd, null);
    }

    /**
     * A trainer that splits each step's and each evaluation's products between the calling thread and one of
     * {@code helper}'s threads, or computes alone when {@code helper} is null (the results are the same bit for bit).
     */
    public GrokTrainer(GrokSetup setup, double lr, double wd, java.util.concurrent.Executor helper) {
        this(setup, lr, wd, helper, helper);
    }

    /**
     * A trainer that splits its steps with {@code stepHelper}'s threads and its evaluations with
     * {@code evaluationHelper}'s, each computing alone where its helper is null (the same bits either way).
     */
    public GrokTrainer(GrokSetup setup, double lr, double wd, java.util.concurrent.Executor stepHelper,
                       java.util.concurrent.Executor evaluationHelper) {
        this.setup = setup;
        this.p = setup.modulus();
        this.classes = roundUp(p);
        this.units = roundUp(setup.width());
        this.stepCores = new TwoCores(stepHelper);
        this.evaluationCores = new TwoCores(evaluationHelper);
        this.lr = lr;
        this.wd = wd;
        a = new float[p][units];
        b = new float[p][units];
        b1 = new float[units];
        w2 = new float[classes][units];
        b2 = new float[classes];
        gA = new float[p][units];
        gB = new float[p][units];
        gb1 = new float[units];
        gw2 = new float[classes][units];
        gb2 = new float[classes];
        params = concat(a, b, new float[][] {b1}, w2, new float[][] {b2});
        grads = concat(gA, gB, new float[][] {gb1}, gw2, new float[][] {gb2});
        first = zerosLike(params);
        second = zerosLike(params);
        backup = zerosLike(params);

        SeededRandom random = new SeededRandom(setup.seed());
        int[] order = random.permutation(p * p);
        n = setup.trainCount();
        training = new boolean[p * p];
        int[] left = new int[n];
        int[] right = new int[n];
        for (int i = 0; i < n; i++) {
            training[order[i]] = true;
            left[i] = order[i] / p;
            right[i] = order[i] % p;
        }
        train = new Batch(left, right, true);
        int[] allLeft = new int[p * p];
        int[] allRight = new int[p * p];
        for (int i = 0; i < p * p; i++) {
            allLeft[i] = i / p;
            allRight[i] = i % p;
        }
        all = new Batch(allLeft, allRight, false);
        if (setup.init() == Init.FOURIER) {
            FourierSolution.fill(p, setup.width(), a, b, w2, b2);
        } else {
            int width = setup.width();
            fillNormal(random, a, width, 1 / Math.sqrt(p));
            fillNormal(random, b, width, 1 / Math.sqrt(p));
            float[][] realW2 = Arrays.copyOf(w2, p);
            fillNormal(random, realW2, width, 1 / Math.sqrt(width));
        }
    }

    private static void fillNormal(SeededRandom random, float[][] m, int width, double scale) {
        for (float[] row : m) {
            for (int k = 0; k < width; k++) {
                row[k] = (float) (scale * random.normal());
            }
        }
    }

    private static int roundUp(int x) {
        return (x + 3) & ~3;
    }

    /**
     * A copy at the same parameters, Adam moments, η, λ and step; it shares the data split, the batches' work arrays
     * and the helper threads, none of which carries state from one step to the next.
     */
    private GrokTrainer(GrokTrainer o) {
        setup = o.setup;
        p = o.p;
        classes = o.classes;
        n = o.n;
        units = o.units;
        stepCores = o.stepCores;
        evaluationCores = o.evaluationCores;
        a = deepCopy(o.a);
        b = deepCopy(o.b);
        b1 = o.b1.clone();
        w2 = deepCopy(o.w2);
        b2 = o.b2.clone();
        gA = deepCopy(o.gA);
        gB = deepCopy(o.gB);
        gb1 = o.gb1.clone();
        gw2 = deepCopy(o.gw2);
        gb2 = o.gb2.clone();
        params = concat(a, b, new float[][] {b1}, w2, new float[][] {b2});
        grads = concat(gA, gB, new float[][] {gb1}, gw2, new float[][] {gb2});
        first = deepCopy(o.first);
        second = deepCopy(o.second);
        backup = deepCopy(o.backup);
        training = o.training;
        train = o.train;
        all = o.all;
        lr = o.lr;
        wd = o.wd;
        steps = o.steps;
        lastTrainLoss = o.lastTrainLoss;
        divergence = o.divergence;
    }

    /** An independent copy: stepping either leaves the other as it was, and both continue alike, bit for bit. */
    public GrokTrainer copy() {
        return new GrokTrainer(this);
    }

    /** The bytes of a copy's own arrays: parameters, gradients, both moments and the backup. */
    public long copyBytes() {
        long floats = 0;
        for (float[] row : params) {
            floats += row.length;
        }
        return 5 * floats * Float.BYTES;
    }

    private static float[][] deepCopy(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    private static float[][] concat(float[][]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(float[][]::new);
    }

    private static float[][] zerosLike(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new float[rows[i].length];
        }
        return out;
    }

    public GrokSetup setup() {
        return setup;
    }

    public int steps() {
        return steps;
    }

    public double learningRate() {
        return lr;
    }

    public double weightDecay() {
        return wd;
    }

    public void setLearningRate(double lr) {
        this.lr = lr;
    }

    public void setWeightDecay(double wd) {
        this.wd = wd;
    }

    public boolean hasDiverged() {
        return divergence != null;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** Clears a divergence so that training goes on from the last finite state (after lr was lowered, say). */
    public void resume() {
        divergence = null;
    }

    /** Whether pair (a, b), index a·P + b, is in the training set. */
    public boolean isTraining(int pair) {
        return training[pair];
    }

    public int trainingPairs() {
        return n;
    }

    /** The training loss at the parameters before the last step (NaN before the first). */
    public double lastTrainLoss() {
        return lastTrainLoss;
    }

    /** ‖θ‖₂ over all parameters. */
    public double weightNorm() {
        double s = 0;
        for (float[] row : params) {
            for (float x : row) {
                s += (double) x * x;
            }
        }
        return Math.sqrt(s);
    }

    /** One full-batch update; returns false (and takes no step) when the run diverges. */
    public boolean step() {
        if (divergence != null) {
            return false;
        }
        double loss = lossAndGradient();
        if (!Double.isFinite(loss)) {
            divergence = new Divergence(steps + 1, String.format(Locale.ROOT,
                    "the training loss is not finite at step %d (lr = %.3g)", steps + 1, lr));
            return false;
        }
        lastTrainLoss = loss;
        for (int r = 0; r < params.length; r++) {
            System.arraycopy(params[r], 0, backup[r], 0, params[r].length);
        }
        update();
        float largest = 0;
        for (float[] row : params) {
            for (float x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        if (!(largest <= DIVERGED_WEIGHT)) {
            for (int r = 0; r < params.length; r++) {
                System.arraycopy(backup[r], 0, params[r], 0, params[r].length);
            }
            divergence = new Divergence(steps + 1, String.format(Locale.ROOT,
                    "a weight passed %.0e at step %d (lr = %.3g): the run diverged", DIVERGED_WEIGHT, steps + 1, lr));
            return false;
        }
        steps++;
        return true;
    }

    /** The training loss at the current parameters; fills the gradients. */
    double lossAndGradient() {
        forward(train, stepCores);
        double loss = outputGradient(train);
        int samplesHalf = (train.padded / 8) * 4;
        int classesHalf = (classes / 8) * 4;
        stepCores.both(() -> {
            GrokKernels.hiddenGradient(w2, train.dT, train.dz, classes, units, 0, samplesHalf);
            GrokKernels.outputGradient(train.dT, train.z, gw2, gb2, train.padded, units, 0, classesHalf);
        }, () -> {
            GrokKernels.hiddenGradient(w2, train.dT, train.dz, classes, units, samplesHalf, train.padded);
            GrokKernels.outputGradient(train.dT, train.z, gw2, gb2, train.padded, units, classesHalf, classes);
        });
        for (float[] row : gA) {
            Arrays.fill(row, 0f);
        }
        for (float[] row : gB) {
            Arrays.fill(row, 0f);
        }
        Arrays.fill(gb1, 0f);
        boolean quadratic = setup.activation() == Activation.QUADRATIC;
        for (int i = 0; i < train.size; i++) {
            float[] h = train.h[i];
            float[] dh = train.dz[i];
            if (quadratic) {
                for (int k = 0; k < units; k++) {
                    dh[k] = 2 * h[k] * dh[k];
                }
            } else {
                for (int k = 0; k < units; k++) {
                    dh[k] = h[k] > 0 ? dh[k] : 0f;
                }
            }
            addTo(gA[train.left[i]], dh);
            addTo(gB[train.right[i]], dh);
            addTo(gb1, dh);
        }
        return loss;
    }

    private void addTo(float[] sum, float[] x) {
        for (int k = 0; k < units; k++) {
            sum[k] += x[k];
        }
    }

    /** The gradient arrays in the order A rows, B rows, b₁, W₂ rows (padded), b₂ (tests). */
    float[][] gradients() {
        return grads;
    }

    float[][] parameters() {
        return params;
    }

    private void forward(Batch batch, TwoCores cores) {
        boolean quadratic = setup.activation() == Activation.QUADRATIC;
        cores.split(batch.padded, (from, to) -> {
            for (int i = from; i < to; i++) {
                float[] ra = a[batch.left[i]];
                float[] rb = b[batch.right[i]];
                float[] h = batch.h[i];
                float[] z = batch.z[i];
                for (int k = 0; k < units; k++) {
                    float x = ra[k] + rb[k] + b1[k];
                    h[k] = x;
                    z[k] = quadratic ? x * x : Math.max(x, 0f);
                }
            }
            GrokKernels.transpose(batch.z, batch.zT, units, from, to);
            GrokKernels.outputs(w2, b2, batch.zT, batch.oT, classes, units, from, to);
        });
    }

    /**
     * The loss of each of the first {@code size} samples into {@code losses} and, if wanted, dL/do into dT. The
     * passes run along the rows of oT (one class, every sample), each sample's sums still in class order.
     */
    private void perSample(Batch batch, double[] losses, int[] predictions, boolean gradient, double scale) {
        int size = batch.size;
        int[] target = new int[size];
        double[] top = new double[size];
        for (int i = 0; i < size; i++) {
            target[i] = (batch.left[i] + batch.right[i]) % p;
            top[i] = Double.NEGATIVE_INFINITY;
        }
        Arrays.fill(predictions, 0, size, 0);
        for (int c = 0; c < p; c++) {
            float[] row = batch.oT[c];
            for (int i = 0; i < size; i++) {
                if (row[i] > top[i]) {
                    top[i] = row[i];
                    predictions[i] = c;
                }
            }
        }
        if (setup.loss() == Loss.MSE) {
            Arrays.fill(losses, 0, size, 0);
            for (int c = 0; c < p; c++) {
                float[] row = batch.oT[c];
                float[] d = gradient ? batch.dT[c] : null;
                for (int i = 0; i < size; i++) {
                    double e = row[i] - (c == target[i] ? 1.0 : 0.0);
                    losses[i] += e * e;
                    if (gradient) {
                        d[i] = (float) (2 * e * scale / p);
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                losses[i] /= p;
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            double sum = 0;
            for (int c = 0; c < p; c++) {
                sum += Math.exp(batch.oT[c][i] - top[i]);
            }
            losses[i] = top[i] + Math.log(sum) - batch.oT[target[i]][i];
            if (gradient) {
                for (int c = 0; c < p; c++) {
                    double prob = Math.exp(batch.oT[c][i] - top[i]) / sum;
                    batch.dT[c][i] = (float) ((prob - (c == target[i] ? 1.0 : 0.0)) * scale);
                }
            }
        }
    }

    private double outputGradient(Batch batch) {
        double[] losses = new double[batch.size];
        int[] predictions = new int[batch.size];
        perSample(batch, losses, predictions, true, 1.0 / batch.size);
        double sum = 0;
        for (double l : losses) {
            sum += l;
        }
        return sum / batch.size;
    }

    private void update() {
        int t = steps + 1;
        Optimizer optimizer = setup.optimizer();
        float rate = (float) lr;
        float decay = (float) wd;
        if (optimizer == Optimizer.GD) {
            for (int r = 0; r < params.length; r++) {
                float[] x = params[r];
                float[] g = grads[r];
                for (int j = 0; j < x.length; j++) {
                    x[j] -= rate * (g[j] + decay * x[j]);
                }
            }
            return;
        }
        boolean coupled = optimizer == Optimizer.ADAM;
        float c1 = (float) (1 / (1 - Math.pow(BETA1, t)));
        float c2 = (float) (1 / (1 - Math.pow(BETA2, t)));
        float beta1 = (float) BETA1;
        float beta2 = (float) BETA2;
        float eps = (float) EPSILON;
        for (int r = 0; r < params.length; r++) {
            float[] x = params[r];
            float[] g = grads[r];
            float[] m = first[r];
            float[] v = second[r];
            for (int j = 0; j < x.length; j++) {
                float gj = coupled ? g[j] + decay * x[j] : g[j];
                m[j] = beta1 * m[j] + (1 - beta1) * gj;
                v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
                float stepj = (m[j] * c1) / ((float) Math.sqrt(v[j] * c2) + eps);
                x[j] -= coupled ? rate * stepj : rate * (stepj + decay * x[j]);
            }
        }
    }

    /** The losses and accuracies on the training and test pairs, and which of the P² pairs are answered right. */
    public Evaluation evaluate() {
        forward(all, evaluationCores);
        double[] losses = new double[all.size];
        int[] predictions = new int[all.size];
        perSample(all, losses, predictions, false, 0);
        double trainLoss = 0;
        double testLoss = 0;
        int trainRight = 0;
        int testRight = 0;
        boolean[] correct = new boolean[all.size];
        for (int i = 0; i < all.size; i++) {
            correct[i] = predictions[i] == (all.left[i] + all.right[i]) % p;
            if (training[i]) {
                trainLoss += losses[i];
                trainRight += correct[i] ? 1 : 0;
            } else {
                testLoss += losses[i];
                testRight += correct[i] ? 1 : 0;
            }
        }
        int tests = all.size - n;
        return new Evaluation(trainLoss / n, (double) trainRight / n, testLoss / tests, (double) testRight / tests,
                correct);
    }

    /** A copy of A, B or W₂ (P rows, width columns) as doubles, for the Fourier analysis and the tests. */
    public double[][] matrix(char which) {
        float[][] m = switch (which) {
            case 'A' -> a;
            case 'B' -> b;
            case 'W' -> w2;
            default -> throw new IllegalArgumentException("A, B or W");
        };
        double[][] out = new double[p][setup.width()];
        for (int r = 0; r < p; r++) {
            for (int k = 0; k < setup.width(); k++) {
                out[r][k] = m[r][k];
            }
        }
        return out;
    }
}
