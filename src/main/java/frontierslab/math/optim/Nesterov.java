package frontierslab.math.optim;

import frontierslab.math.landscape.Landscape;

/**
 * Nesterov's accelerated gradient in the momentum form of Sutskever, Martens, Dahl and Hinton ("On the importance of
 * initialization and momentum in deep learning", ICML 2013, eq. 3–4): the gradient is taken at the look-ahead point
 * w + βv,
 * <pre>
 *   v ← β v − η ∇f(w + β v)
 *   w ← w + v
 * </pre>
 * with velocity v = 0 at the start.
 *
 * <p>On f = ½λx² the pair (w, v) is multiplied each step by [[1 − ηλ, β(1 − ηλ)], [−ηλ, β(1 − ηλ)]], with characteristic
 * polynomial z² − (1 + β)(1 − ηλ)z + β(1 − ηλ); for 0 ≤ β &lt; 1 it is stable iff 0 &lt; ηλ &lt; (2 + 2β)/(1 + 2β).
 */
public final class Nesterov implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private double[] velocity = new double[0];
    private double[] lookAhead = new double[0];
    private double[] gradient = new double[0];

    /** @param momentum β ∈ [0, 1) */
    public Nesterov(double learningRate, double momentum) {
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
        int n = w.length;
        if (velocity.length != n) {
            velocity = new double[n];
        }
        if (lookAhead.length != n) {
            lookAhead = new double[n];
            gradient = new double[n];
        }
        for (int i = 0; i < n; i++) {
            lookAhead[i] = w[i] + momentum * velocity[i];
        }
        f.gradient(lookAhead, gradient);
        for (int i = 0; i < n; i++) {
            velocity[i] = momentum * velocity[i] - learningRate * gradient[i];
            w[i] += velocity[i];
        }
    }

    @Override
    public void reset() {
        velocity = new double[0];
    }
}
