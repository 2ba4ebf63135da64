package frontierslab.math.nn;

import frontierslab.math.random.SeededRandom;

/**
 * The architecture of a fully connected network f : ℝ^{d₀} → ℝ with tanh hidden layers and a linear output,
 * a₀ = x, z_l = W_l a_{l−1} + b_l, a_l = tanh(z_l) for l &lt; L, f(x) = z_L (d_L = 1). Immutable.
 *
 * <p><b>Parameter layout.</b> All parameters live in one flat {@code double[]} θ, layer after layer:
 * θ = [W₁, b₁, W₂, b₂, …, W_L, b_L], each W_l a d_l×d_{l−1} matrix stored row-major (entry (j, k), output unit j
 * and input unit k, at {@link #weightOffset}(l) + j·d_{l−1} + k), followed by its d_l biases at
 * {@link #biasOffset}(l). Layers are numbered 1..L. The count is Σ_l d_l(d_{l−1} + 1); 2→32→32→32→1 has 2241.
 *
 * <p><b>Initialisation</b> (docs/science.md §2): one SplitMix64 generator seeded with the given seed, drawn layer after
 * layer, W_l = normal(d_l × d_{l−1}, row-major)/√d_{l−1}, biases 0 (no draws for biases).
 */
public final class Mlp {

    private final int[] widths;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;

    /** The widths d₀, d₁, …, d_L, input first; the output width d_L must be 1. */
    public Mlp(int... widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("need at least an input and an output width");
        }
        if (widths[widths.length - 1] != 1) {
            throw new IllegalArgumentException("the output is scalar: last width must be 1");
        }
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("widths must be positive");
            }
        }
        this.widths = widths.clone();
        int layers = widths.length - 1;
        weightOffsets = new int[layers + 1];
        biasOffsets = new int[layers + 1];
        int offset = 0;
        for (int l = 1; l <= layers; l++) {
            weightOffsets[l] = offset;
            offset += widths[l] * widths[l - 1];
            biasOffsets[l] = offset;
            offset += widths[l];
        }
        parameterCount = offset;
    }

    /** The spiral network of docs/science.md §2: 2→32→32→32→1, 2241 parameters. */
    public static Mlp spiralNetwork() {
        return new Mlp(2, 32, 32, 32, 1);
    }

    /** The Chebyshev network of docs/science.md §2: 1→30→20→1, 701 parameters. */
    public static Mlp chebyshevNetwork() {
        return new Mlp(1, 30, 20, 1);
    }

    /** L, the number of weight layers. */
    public int layerCount() {
        return widths.length - 1;
    }

    /** d_l for l = 0..L. */
    public int width(int l) {
        return widths[l];
    }

    /** A copy of d₀..d_L. */
    public int[] widths() {
        return widths.clone();
    }

    public int inputDimension() {
        return widths[0];
    }

    /** The length of θ. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Where W_l starts in θ (l = 1..L). */
    public int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    /** Where b_l starts in θ (l = 1..L). */
    public int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    /** θ₀ drawn as described in the class comment. */
    public double[] initialParameters(long seed) {
        SeededRandom random = new SeededRandom(seed);
        double[] theta = new double[parameterCount];
        for (int l = 1; l <= layerCount(); l++) {
            int fanIn = widths[l - 1];
            int count = widths[l] * fanIn;
            double scale = Math.sqrt(fanIn);
            int offset = weightOffsets[l];
            for (int e = 0; e < count; e++) {
                theta[offset + e] = random.normal() / scale;
            }
        }
        return theta;
    }

    /** f(x) for one input, computed plainly (a reference, not the fast path). */
    public double output(double[] theta, double[] x) {
        double[] a = x.clone();
        for (int l = 1; l <= layerCount(); l++) {
            int in = widths[l - 1];
            int out = widths[l];
            double[] z = new double[out];
            for (int j = 0; j < out; j++) {
                double s = theta[biasOffsets[l] + j];
                for (int k = 0; k < in; k++) {
                    s += theta[weightOffsets[l] + j * in + k] * a[k];
                }
                z[j] = l < layerCount() ? DenseKernels.tanh(s) : s;
            }
            a = z;
        }
        return a[0];
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("tanh MLP ");
        for (int l = 0; l < widths.length; l++) {
            s.append(l == 0 ? "" : "→").append(widths[l]);
        }
        return s.append(" (").append(parameterCount).append(" parameters)").toString();
    }
}
