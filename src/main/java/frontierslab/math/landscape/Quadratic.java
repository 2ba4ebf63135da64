package frontierslab.math.landscape;

/**
 * The axis-aligned quadratic f(w) = ½ Σᵢ λᵢ wᵢ², minimum 0 at the origin, Hessian diag(λ₁, …, λₙ).
 *
 * <p>Gradient descent multiplies each coordinate by (1 − ηλᵢ) per step, so it converges iff ηλᵢ &lt; 2 for every i
 * (lecture §2, the heuristic derivation of Theorem 2.1).
 */
public record Quadratic(double[] curvatures) implements Landscape {

    public Quadratic {
        curvatures = curvatures.clone();
    }

    public static Quadratic of(double... curvatures) {
        return new Quadratic(curvatures);
    }

    @Override
    public double[] curvatures() {
        return curvatures.clone();
    }

    /** λᵢ. */
    public double curvature(int i) {
        return curvatures[i];
    }

    /** λ_max = max λᵢ. */
    public double sharpness() {
        double max = Double.NEGATIVE_INFINITY;
        for (double c : curvatures) {
            max = Math.max(max, c);
        }
        return max;
    }

    @Override
    public int dimension() {
        return curvatures.length;
    }

    @Override
    public double value(double[] w) {
        double sum = 0;
        for (int i = 0; i < curvatures.length; i++) {
            sum += curvatures[i] * w[i] * w[i];
        }
        return 0.5 * sum;
    }

    @Override
    public double[] gradient(double[] w, double[] out) {
        for (int i = 0; i < curvatures.length; i++) {
            out[i] = curvatures[i] * w[i];
        }
        return out;
    }

    @Override
    public double[][] hessian(double[] w) {
        double[][] h = new double[curvatures.length][curvatures.length];
        for (int i = 0; i < curvatures.length; i++) {
            h[i][i] = curvatures[i];
        }
        return h;
    }
}
