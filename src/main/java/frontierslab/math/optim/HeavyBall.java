package frontierslab.math.optim;

import frontierslab.math.landscape.Landscape;

/**
 * Polyak's heavy-ball momentum (B. T. Polyak, "Some methods of speeding up the convergence of iteration methods",
 * USSR Comput. Math. Math. Phys. 4(5), 1964):
 * <pre>
 *   v ← β v − η ∇f(w)
 *   w ← w + v
 * </pre>
 * with velocity v = 0 at the start. Equivalently w_{t+1} = w_t − η∇f(w_t) + β(w_t − w_{t−1}).
 *
 * <p>On f = ½λx² the pair (w, v) is multiplied each step by [[1 − ηλ, β], [−ηλ, β]], whose characteristic polynomial is
 * z² − (1 + β − ηλ)z + β; for 0 ≤ β &lt; 1 both roots lie inside the unit circle iff 0 &lt; ηλ &lt; 2 + 2β.
 */
public final class HeavyBall implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private double[] velocity = new double[0];
    private double[] gradient = new double[0];

    /** @param momentum β ∈ [0, 1) */
    public HeavyBall(double learningRate, double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum β must lie in [0, 1), got " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    public double learningRate() {
        return learningRate;
    }

    public double momentum() {
        return momentum;
    }

    /** v, a copy (empty before the first step or after {@link #reset()}). */
    public double[] velocity() {
        return velocity.clone();
    }

    /** Replaces v, e.g. to resume a saved state. */
    public void setVelocity(double[] v) {
        velocity = v.clone();
    }

    @Override
    public void step(Landscape f, double[] w) {
        if (velocity.length != w.length) {
            velocity = new double[w.length];
        }
        if (gradient.length != w.length) {
            gradient = new double[w.length];
        }
        f.gradient(w, gradient);
        for (int i = 0; i < w.length; i++) {
            velocity[i] = momentum * velocity[i] - learningRate * gradient[i];
            w[i] += velocity[i];
        }
    }

    @Override
    public void reset() {
        velocity = new double[0];
    }
}
