package frontierslab.math.landscape;

/**
 * L(x, y) = (1 − a x² − y²)², 0 &lt; a ≤ 1, whose minima form the ellipse a x² + y² = 1 (semi-axes 1/√a along x and 1
 * along y); the origin is a local maximum.
 *
 * <p>With u = 1 − a x² − y²: ∇L = −4u·(a x, y) and
 * ∇²L = [[8a²x² − 4a u, 8a x y], [8a x y, 8y² − 4u]]. On the ellipse u = 0, so ∇²L = 8 (a x, y)(a x, y)ᵀ and the
 * sharpness there is 8(a²x² + y²) = 8(1 − a(1 − a)x²): 8 at (0, ±1), 8a at (±1/√a, 0). Gradient flow ẋ = 4a x u,
 * ẏ = 4y u keeps x/|y|^a constant, so it follows the curves x = C|y|^a to the ellipse.
 */
public record EllipseValley(double aspect) implements ValleyLandscape {

    public EllipseValley {
        if (!(aspect > 0 && aspect <= 1)) {
            throw new IllegalArgumentException("aspect a must lie in (0, 1], got " + aspect);
        }
    }

    /** u = 1 − a x² − y², zero exactly on the ellipse. */
    public double residual(double[] w) {
        return 1 - aspect * w[0] * w[0] - w[1] * w[1];
    }

    /** λ_max(∇²L(w)) in closed form. */
    public double sharpness(double[] w) {
        double[][] h = hessian(w);
        double mean = 0.5 * (h[0][0] + h[1][1]);
        return mean + Math.hypot(0.5 * (h[0][0] - h[1][1]), h[0][1]);
    }

    /** 8(a²x² + y²), the sharpness at a point w of the ellipse. */
    public double sharpnessAtMinimum(double[] w) {
        return 8 * (aspect * aspect * w[0] * w[0] + w[1] * w[1]);
    }

    /** 8a, the sharpness of the flattest minima (±1/√a, 0). */
    public double minimalSharpness() {
        return 8 * aspect;
    }

    /** 8, the sharpness of the sharpest minima (0, ±1). */
    public double maximalSharpness() {
        return 8;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        double u = residual(w);
        return u * u;
    }

    @Override
    public double[] gradient(double[] w, double[] out) {
        double u = residual(w);
        double g0 = -4 * u * aspect * w[0];
        double g1 = -4 * u * w[1];
        out[0] = g0;
        out[1] = g1;
        return out;
    }

    @Override
    public double[][] hessian(double[] w) {
        double u = residual(w);
        double x = w[0];
        double y = w[1];
        double offDiagonal = 8 * aspect * x * y;
        return new double[][] {
            {8 * aspect * aspect * x * x - 4 * aspect * u, offDiagonal},
            {offDiagonal, 8 * y * y - 4 * u}};
    }
}
