package frontierslab.math.optim;

import frontierslab.math.landscape.Landscape;

/**
 * The update shared by the two momentum methods: with velocity v = 0 at the start,
 * <pre>
 *   v ← β v − η ∇f(w + γ β v)
 *   w ← w + v
 * </pre>
 * where γ = 0 takes the gradient at w (heavy ball) and γ = 1 at the look-ahead point w + βv (Nesterov).
 */
public abstract sealed class MomentumMethod implements Optimizer permits HeavyBall, Nesterov {

    private final double learningRate;
    private final double momentum;
    private final boolean lookAhead;
    private double[] velocity = new double[0];
    private double[] point = new double[0];
    private double[] gradient = new double[0];

    /** @param momentum β ∈ [0, 1) */
    MomentumMethod(double learningRate, double momentum, boolean lookAhead) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum β must lie in [0, 1), got " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.lookAhead = lookAhead;
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
        if (point.length != n) {
            point = new double[n];
            gradient = new double[n];
        }
        for (int i = 0; i < n; i++) {
            point[i] = lookAhead ? w[i] + momentum * velocity[i] : w[i];
        }
        f.gradient(point, gradient);
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
