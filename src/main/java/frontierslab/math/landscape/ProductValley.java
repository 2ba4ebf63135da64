package frontierslab.math.landscape;

/**
 * The two-parameter scalar network L(w₁, w₂) = ℓ(w₁w₂ − y), y &gt; 0, whose minima form the valley w₁w₂ = y (a
 * hyperbola with a branch in each of the quadrants I and III). ℓ is log cosh (default) or s²/2, see {@link Loss}.
 *
 * <p>With the residual r = w₁w₂ − y and g = (w₂, w₁): ∇L = ℓ'(r)·g and ∇²L = ℓ''(r)·g gᵀ + ℓ'(r)·[[0, 1], [1, 0]].
 * On the valley ℓ'(0) = 0 and ℓ''(0) = 1, so ∇²L = g gᵀ and the sharpness there is w₁² + w₂², smallest (2y) at the
 * balanced minimum w₁ = w₂ = √y. A gradient step multiplies D = w₁² − w₂² by 1 − η²ℓ'(r)², and gradient flow conserves
 * D (docs/science.md §2; lecture §3.1 for the flow).
 */
public record ProductValley(double target, Loss loss) implements ValleyLandscape {

    /** The scalar loss ℓ applied to the residual. */
    public enum Loss {
        /** ℓ(s) = log cosh s: ℓ' = tanh s is bounded by 1, so the loss flattens out far from the valley. */
        LOG_COSH {
            @Override
            public double value(double s) {
                double a = Math.abs(s);
                return a + Math.log1p(Math.exp(-2 * a)) - LN_2;
            }

            @Override
            public double derivative(double s) {
                return Math.tanh(s);
            }

            @Override
            public double secondDerivative(double s) {
                double e = Math.exp(-2 * Math.abs(s));
                double denominator = 1 + e;
                return 4 * e / (denominator * denominator);
            }
        },
        /** ℓ(s) = s²/2. */
        SQUARE {
            @Override
            public double value(double s) {
                return 0.5 * s * s;
            }

            @Override
            public double derivative(double s) {
                return s;
            }

            @Override
            public double secondDerivative(double s) {
                return 1.0;
            }
        };

        private static final double LN_2 = Math.log(2);

        /** ℓ(s); log cosh is evaluated as |s| + log1p(e^{−2|s|}) − ln 2, exact for every finite s. */
        public abstract double value(double s);

        /** ℓ'(s). */
        public abstract double derivative(double s);

        /** ℓ''(s); for log cosh sech² s = 4e^{−2|s|}/(1 + e^{−2|s|})², without cancellation for large |s|. */
        public abstract double secondDerivative(double s);
    }

    public ProductValley {
        if (!(target > 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("target y must be positive and finite, got " + target);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss must be given");
        }
    }

    /** L = log cosh(w₁w₂ − y). */
    public ProductValley(double target) {
        this(target, Loss.LOG_COSH);
    }

    /** r = w₁w₂ − y, zero exactly on the valley. */
    public double residual(double[] w) {
        return w[0] * w[1] - target;
    }

    /** D = w₁² − w₂², the balance conserved by gradient flow. */
    public double balance(double[] w) {
        return w[0] * w[0] - w[1] * w[1];
    }

    /** λ_max(∇²L(w)) in closed form. */
    public double sharpness(double[] w) {
        double[][] h = hessian(w);
        double mean = 0.5 * (h[0][0] + h[1][1]);
        return mean + Math.hypot(0.5 * (h[0][0] - h[1][1]), h[0][1]);
    }

    /** w₁² + w₂², the sharpness at a point w of the valley. */
    public double sharpnessAtMinimum(double[] w) {
        return w[0] * w[0] + w[1] * w[1];
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        return loss.value(residual(w));
    }

    @Override
    public double[] gradient(double[] w, double[] out) {
        double slope = loss.derivative(residual(w));
        double g0 = slope * w[1];
        double g1 = slope * w[0];
        out[0] = g0;
        out[1] = g1;
        return out;
    }

    @Override
    public double[][] hessian(double[] w) {
        double r = residual(w);
        double slope = loss.derivative(r);
        double bend = loss.secondDerivative(r);
        double offDiagonal = bend * w[0] * w[1] + slope;
        return new double[][] {{bend * w[1] * w[1], offDiagonal}, {offDiagonal, bend * w[0] * w[0]}};
    }
}
