package frontierslab.math.bias;

import java.util.Locale;
import java.util.Optional;

/**
 * Full-batch gradient descent W_k ← W_k − η ∇_{W_k} L on a {@link MatrixFactorization}, one iteration at a time, with
 * divergence as a state: an iteration whose loss is not finite, or exceeds {@link #EXPLOSION_FACTOR} times the larger of
 * the initial loss and ½‖P_Ω(M)‖² (the loss of W = 0), is undone and the run stops, keeping the last finite factors and
 * saying at which iteration and why. Changing η resumes a diverged run from those factors.
 */
public final class MatrixCompletionRun {

    public static final double EXPLOSION_FACTOR = 1e6;

    private final MatrixFactorization model;
    private final double lossLimit;
    private double eta;
    private int iterations;
    private double[][] product;
    private double loss;
    private Divergence divergence;

    /** Where and why the run stopped; the factors are those after iteration {@code iteration − 1}. */
    public record Divergence(int iteration, String reason) {
    }

    public MatrixCompletionRun(MatrixFactorization model, double eta) {
        this.model = model;
        this.eta = eta;
        this.product = model.product();
        this.loss = model.lossOf(product);
        double zero = model.problem().predictZeroObservedError();
        this.lossLimit = EXPLOSION_FACTOR * Math.max(loss, 0.5 * zero * zero);
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("the initial loss is not finite");
        }
    }

    private MatrixCompletionRun(MatrixCompletionRun o) {
        model = o.model.copy();
        lossLimit = o.lossLimit;
        eta = o.eta;
        iterations = o.iterations;
        product = MatrixCompletionProblem.copy(o.product);
        loss = o.loss;
        divergence = o.divergence;
    }

    /** An independent copy: iterating either leaves the other as it was, and both continue alike, bit for bit. */
    public MatrixCompletionRun copy() {
        return new MatrixCompletionRun(this);
    }

    /** The bytes of a copy's own arrays. */
    public long copyBytes() {
        return model.bytes() + (long) product.length * product.length * Double.BYTES;
    }

    /** One GD iteration; false (and nothing changes) once diverged. */
    public boolean iterate() {
        if (divergence != null) {
            return false;
        }
        double[] before = model.parameters();
        model.step(eta);
        double[][] next = model.product();
        double nextLoss = model.lossOf(next);
        if (!Double.isFinite(nextLoss) || nextLoss > lossLimit) {
            model.setParameters(before);
            divergence = new Divergence(iterations + 1, String.format(Locale.ROOT,
                    "the loss %s at step %d (η = %.3g, loss before %.3g)",
                    Double.isFinite(nextLoss) ? String.format(Locale.ROOT, "exploded to %.3g", nextLoss)
                            : "became non-finite", iterations + 1, eta, loss));
            return false;
        }
        product = next;
        loss = nextLoss;
        iterations++;
        return true;
    }

    public void setEta(double eta) {
        this.eta = eta;
        divergence = null;
    }

    public double eta() {
        return eta;
    }

    public int iterations() {
        return iterations;
    }

    public double loss() {
        return loss;
    }

    /** The current end-to-end matrix (a copy). */
    public double[][] product() {
        return MatrixCompletionProblem.copy(product);
    }

    public MatrixFactorization model() {
        return model;
    }

    public boolean hasDiverged() {
        return divergence != null;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }
}
