package frontierslab.math.optim;

import frontierslab.math.landscape.Landscape;

/** Plain gradient descent, w ← w − η ∇f(w). */
public final class GradientDescent implements Optimizer {

    private final double learningRate;
    private double[] gradient = new double[0];

    public GradientDescent(double learningRate) {
        this.learningRate = learningRate;
    }

    public double learningRate() {
        return learningRate;
    }

    @Override
    public void step(Landscape f, double[] w) {
        if (gradient.length != w.length) {
            gradient = new double[w.length];
        }
        f.gradient(w, gradient);
        for (int i = 0; i < w.length; i++) {
            w[i] -= learningRate * gradient[i];
        }
    }
}
