package frontierslab.math.grok;

/**
 * The structural choices of a grokking run (a change of any of them starts a new run).
 *
 * @param modulus P, the task is (a + b) mod P on all P² pairs
 * @param trainFraction the share of the P² pairs in the training set
 * @param width the number of hidden units
 * @param seed the SplitMix64 seed of the split and of the initialization
 */
public record GrokSetup(int modulus, double trainFraction, int width, Activation activation, Loss loss,
                        Optimizer optimizer, Init init, long seed) {

    /** The hidden nonlinearity σ in z = σ(h). */
    public enum Activation { QUADRATIC, RELU }

    /** The training loss. */
    public enum Loss {
        /** mean over pairs and outputs of (o_c − [c = (a+b) mod P])². */
        MSE,
        /** mean over pairs of −log softmax(o)_{(a+b) mod P}. */
        CROSS_ENTROPY
    }

    /** The update rule; weight decay wd is applied to every parameter. */
    public enum Optimizer {
        /** Adam with decoupled decay: θ ← θ − lr(m̂/(√v̂ + ε) + wd·θ). */
        ADAMW,
        /** Adam on the gradient of L + (wd/2)‖θ‖² (the decay passes through the moments). */
        ADAM,
        /** θ ← θ − lr(∇L + wd·θ). */
        GD
    }

    /** Where training starts. */
    public enum Init {
        /** A, B ~ N(0, 1/P), W₂ ~ N(0, 1/width), biases 0. */
        RANDOM,
        /** The hand-built Fourier solution ({@link FourierSolution}): right on every pair before any step. */
        FOURIER
    }

    public GrokSetup {
        if (modulus < 3) {
            throw new IllegalArgumentException("P must be at least 3");
        }
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("the training fraction must lie strictly between 0 and 1");
        }
        if (width < 1) {
            throw new IllegalArgumentException("the width must be at least 1");
        }
        if (init == Init.FOURIER && activation != Activation.QUADRATIC) {
            throw new IllegalArgumentException("the hand-built Fourier solution needs the quadratic activation");
        }
    }

    /** The number of training pairs, round(fraction·P²), at least 1 and at most P² − 1. */
    public int trainCount() {
        int all = modulus * modulus;
        return Math.max(1, Math.min(all - 1, (int) Math.round(trainFraction * all)));
    }
}
