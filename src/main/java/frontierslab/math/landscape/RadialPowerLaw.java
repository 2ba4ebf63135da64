package frontierslab.math.landscape;

/**
 * The radial power law f(w) = (w₁² + w₂²)^p = r^{2p} on ℝ², 0.55 ≤ p ≤ 3; the lecture's Demo 1 uses p = 1.1.
 *
 * <p>With s = r²: ∇f = 2p s^{p−1} w and ∇²f = 2p s^{p−1} (I + 2(p − 1) w wᵀ/s). The Hessian has the eigenvalue
 * 2p(2p − 1) r^{2p−2} along w (radial) and 2p r^{2p−2} across it (tangential); for p ≥ 1 the radial one is λ_max, so
 * for p = 1.1 λ_max = 2.2·1.2·r^{0.2} = 2.64 r^{0.2} exactly, the lecture's formula. At w = 0 the Hessian is reported as
 * its limit: 0 for p &gt; 1, 2I for p = 1, and +∞ on the diagonal for p &lt; 1.
 *
 * <p>Gradient descent moves only radially, w ← (1 − η·2p r^{2p−2}) w = (1 − ηλ_tangential) w, so |w| shrinks on a step
 * iff η·λ_tangential &lt; 2, i.e. iff η·λ_max &lt; 2·max(1, 2p − 1): along w the surface is the 1-D power law |x|^q with
 * q = 2p, whose edge sits at 2(q − 1).
 */
public record RadialPowerLaw(double exponent) implements Landscape {

    public static final double MIN_EXPONENT = 0.55;
    public static final double MAX_EXPONENT = 3.0;

    public RadialPowerLaw {
        if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
            throw new IllegalArgumentException("exponent p must lie in [0.55, 3], got " + exponent);
        }
    }

    /** The lecture's Demo 1 surface (x² + y²)^1.1. */
    public static RadialPowerLaw lectureDemo() {
        return new RadialPowerLaw(1.1);
    }

    public double radius(double[] w) {
        return Math.hypot(w[0], w[1]);
    }

    /** 2p r^{2p−2}, the curvature across w (and the whole per-step factor of gradient descent: 1 − η times it). */
    public double tangentialCurvature(double[] w) {
        double s = w[0] * w[0] + w[1] * w[1];
        return curvatureScale(s);
    }

    /** 2p(2p − 1) r^{2p−2}, the curvature along w. */
    public double radialCurvature(double[] w) {
        return tangentialCurvature(w) * (2 * exponent - 1);
    }

    /** λ_max(∇²f(w)) = 2p·max(1, 2p − 1)·r^{2p−2}. */
    public double sharpness(double[] w) {
        return tangentialCurvature(w) * Math.max(1.0, 2 * exponent - 1);
    }

    /** 2·max(1, 2p − 1): the value of η·λ_max above which one gradient step moves w away from 0. */
    public double edgeOfStability() {
        return 2 * Math.max(1.0, 2 * exponent - 1);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        return Math.pow(w[0] * w[0] + w[1] * w[1], exponent);
    }

    @Override
    public double[] gradient(double[] w, double[] out) {
        double s = w[0] * w[0] + w[1] * w[1];
        if (s == 0) {
            out[0] = 0.0;
            out[1] = 0.0;
            return out;
        }
        double scale = curvatureScale(s);
        out[0] = scale * w[0];
        out[1] = scale * w[1];
        return out;
    }

    @Override
    public double[][] hessian(double[] w) {
        double s = w[0] * w[0] + w[1] * w[1];
        if (s == 0) {
            double diagonal = exponent > 1 ? 0.0 : exponent == 1 ? 2.0 : Double.POSITIVE_INFINITY;
            return new double[][] {{diagonal, 0.0}, {0.0, diagonal}};
        }
        double scale = curvatureScale(s);
        double outer = scale * 2 * (exponent - 1) / s;
        return new double[][] {
            {scale + outer * w[0] * w[0], outer * w[0] * w[1]},
            {outer * w[0] * w[1], scale + outer * w[1] * w[1]}};
    }

    /** 2p s^{p−1}, with its limit at s = 0. */
    private double curvatureScale(double s) {
        if (s == 0) {
            return exponent > 1 ? 0.0 : exponent == 1 ? 2.0 : Double.POSITIVE_INFINITY;
        }
        return 2 * exponent * Math.pow(s, exponent - 1);
    }
}
