package frontierslab.math.descent;

import frontierslab.math.random.SeededRandom;

/**
 * One seed's draw for model-wise double descent with random ReLU features. From {@link SeededRandom}(seed), in this
 * order: a direction β ∈ ℝ^d (d normals, scaled to ‖β‖ = 1), the training inputs X ∈ ℝ^{n×d} (row-major), the noise
 * z ∈ ℝ^n, a permutation π of the n labels, the feature weights W ∈ ℝ^{P×d} with P = {@value #MAX_FEATURES}, and
 * the test inputs X' ∈ ℝ^{m×d} with m = {@value #TEST_POINTS}. All normals are standard.
 *
 * <p>The target is f*(x) = β·x, the labels y = Xβ + σz (σ is applied later: the sample keeps Xβ and z apart), the
 * shuffled labels y_π(i). Feature j is φ_j(x) = max(0, w_j·x/√d); a model of size p uses the first p rows of W, so the
 * models are nested.
 */
public final class RandomFeatureSample {

    public static final int MAX_FEATURES = 1000;
    public static final int TEST_POINTS = 2000;

    private final long seed;
    private final int n;
    private final int d;
    private final double[] target;
    private final double[] noise;
    private final int[] permutation;
    /** The n × P training features, row-major. */
    private final double[] features;
    /** The m × P test features, row-major. */
    private final double[] testFeatures;
    private final double[] testTarget;

    public RandomFeatureSample(long seed, int n, int d) {
        this.seed = seed;
        this.n = n;
        this.d = d;
        SeededRandom random = new SeededRandom(seed);
        double[] beta = random.normalVector(d);
        double norm = 0;
        for (double b : beta) {
            norm += b * b;
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < d; k++) {
            beta[k] /= norm;
        }
        double[][] x = random.normalMatrix(n, d);
        noise = random.normalVector(n);
        permutation = random.permutation(n);
        double[][] w = random.normalMatrix(MAX_FEATURES, d);
        double[][] xTest = random.normalMatrix(TEST_POINTS, d);
        target = times(x, beta);
        testTarget = times(xTest, beta);
        features = features(x, w, d);
        testFeatures = features(xTest, w, d);
    }

    private static double[] times(double[][] x, double[] beta) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int k = 0; k < beta.length; k++) {
                s += x[i][k] * beta[k];
            }
            out[i] = s;
        }
        return out;
    }

    private static double[] features(double[][] x, double[][] w, int d) {
        double scale = 1 / Math.sqrt(d);
        int p = w.length;
        double[] f = new double[x.length * p];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            int row = i * p;
            for (int j = 0; j < p; j++) {
                double[] wj = w[j];
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += wj[k] * xi[k];
                }
                f[row + j] = Math.max(0, s * scale);
            }
        }
        return f;
    }

    public long seed() {
        return seed;
    }

    public int n() {
        return n;
    }

    public int d() {
        return d;
    }

    /** Xβ, the noise-free training labels. */
    public double[] target() {
        return target.clone();
    }

    public double[] noise() {
        return noise.clone();
    }

    public int[] permutation() {
        return permutation.clone();
    }

    /** f*(x') on the test points. */
    public double[] testTarget() {
        return testTarget.clone();
    }

    /** φ_j(x_i) for the training point i and feature j &lt; {@value #MAX_FEATURES}. */
    public double feature(int i, int j) {
        return features[i * MAX_FEATURES + j];
    }

    /** The first p features of the training points, n × p row-major. */
    double[][] trainingFeatures(int p) {
        return block(features, n, p);
    }

    /** The first p features of the test points, m × p. */
    double[][] testFeatures(int p) {
        return block(testFeatures, TEST_POINTS, p);
    }

    private static double[][] block(double[] all, int rows, int p) {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = java.util.Arrays.copyOfRange(all, i * MAX_FEATURES, i * MAX_FEATURES + p);
        }
        return out;
    }
}
