package frontierslab.math.bias;

/**
 * The two two-parameter models of the lecture's §3.1 with the square loss, and the closed forms of their gradient flow.
 *
 * <ul>
 *   <li>{@link Model#PRODUCT}: L(w₁, w₂) = ½(w₁w₂ − y)², β = w₁w₂ (Theorem 3.2, "Proof for the Scalar Case").
 *       With r = β − y, ∇L = r·(w₂, w₁). Gradient flow conserves D = w₁² − w₂²; a gradient step of size η multiplies it
 *       by 1 − η²r² exactly. Along the flow β̇ = −(β − y)·√(D² + 4β²); the lecture's β̇ = −2β(β − y) is the case
 *       D = 0 (a balanced start), solved by β(t) = y/(1 + (y/β₀ − 1)e^{−2yt}), which reaches y/2 at
 *       t = ln(y/β₀ − 1)/(2y) ≈ ln(y/α²)/(2y) from w₁ = w₂ = α (Saxe, McClelland, Ganguli 2014). The flow keeps the
 *       signs of w₁ + w₂ and of w₁ − w₂, so it ends on the branch of w₁w₂ = y with the sign of w₁ + w₂, at the point
 *       with w₁² − w₂² = D.</li>
 *   <li>{@link Model#SUM}: L(w₁, w₂) = ½((w₁ + w₂)x − y)², β = w₁ + w₂ (Example 3). ∇L = r·x·(1, 1) with
 *       r = βx − y, so every step keeps w₁ − w₂ exactly; β follows β(t) = y/x + (β₀ − y/x)e^{−2x²t} (gradient flow) or
 *       βₖ − y/x = (1 − 2ηx²)ᵏ(β₀ − y/x) (GD), and ends at w₁ = (y/x + d)/2, w₂ = (y/x − d)/2, d = w₁(0) − w₂(0).</li>
 * </ul>
 * Immutable.
 *
 * @param model  which of the two models
 * @param y      the target, &gt; 0
 * @param x      the input of the sum model (unused by the product model), &gt; 0
 */
public record ScalarFactorization(Model model, double y, double x) {

    /** β = w₁w₂ or β = w₁ + w₂. */
    public enum Model { PRODUCT, SUM }

    public ScalarFactorization {
        if (model == null || !(y > 0) || !Double.isFinite(y) || !(x > 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException("need a model, y > 0 and x > 0, got " + model + ", " + y + ", " + x);
        }
    }

    /** The effective coefficient β: w₁w₂ or w₁ + w₂. */
    public double beta(double w1, double w2) {
        return model == Model.PRODUCT ? w1 * w2 : w1 + w2;
    }

    /** The β that fits exactly: y for the product, y/x for the sum. */
    public double targetBeta() {
        return model == Model.PRODUCT ? y : y / x;
    }

    /** r = w₁w₂ − y or (w₁ + w₂)x − y. */
    public double residual(double w1, double w2) {
        return model == Model.PRODUCT ? w1 * w2 - y : (w1 + w2) * x - y;
    }

    /** L = ½r². */
    public double loss(double w1, double w2) {
        double r = residual(w1, w2);
        return 0.5 * r * r;
    }

    /** One gradient step w ← w − η∇L(w), in place. */
    public void step(double eta, double[] w) {
        double r = residual(w[0], w[1]);
        if (model == Model.PRODUCT) {
            double w1 = w[0];
            w[0] = w1 - eta * r * w[1];
            w[1] = w[1] - eta * r * w1;
        } else {
            double g = eta * r * x;
            w[0] -= g;
            w[1] -= g;
        }
    }

    /** D = w₁² − w₂². */
    public static double balance(double w1, double w2) {
        return (w1 - w2) * (w1 + w2);
    }

    /** The factor 1 − η²r² by which one GD step of the product model multiplies D. */
    public double balanceFactor(double eta, double w1, double w2) {
        double r = residual(w1, w2);
        return 1 - eta * eta * r * r;
    }

    /** dβ/dt of the product model's gradient flow: −(β − y)·√(D² + 4β²). */
    public double productFlowRate(double beta, double d) {
        return -(beta - y) * Math.hypot(d, 2 * beta);
    }

    /** The lecture's β̇ = −2β(β − y) solved from β₀ at time t (exact for a balanced start). */
    public static double lectureBeta(double beta0, double y, double t) {
        if (beta0 == 0) {
            return 0;
        }
        return y / (1 + (y / beta0 - 1) * Math.exp(-2 * y * t));
    }

    /**
     * The time the lecture's β̇ = −2β(β − y) takes from β₀ to y/2: ln(y/β₀ − 1)/(2y) for 0 &lt; β₀ &lt; y/2, 0 from
     * β₀ ≥ y/2, and +∞ from β₀ ≤ 0 (β = 0 is a fixed point of that equation, and below it β moves away from y).
     */
    public static double lectureTimeToHalf(double beta0, double y) {
        if (!(beta0 > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        if (beta0 >= y / 2) {
            return 0;
        }
        return Math.log(y / beta0 - 1) / (2 * y);
    }

    /** Plain linear regression on β, β̇ = −(β − b*), from β₀ at time t. */
    public static double regressionBeta(double beta0, double target, double t) {
        return target + (beta0 - target) * Math.exp(-t);
    }

    /** The sum model's gradient flow from β₀: y/x + (β₀ − y/x)e^{−2x²t}. */
    public double sumFlowBeta(double beta0, double t) {
        double b = y / x;
        return b + (beta0 - b) * Math.exp(-2 * x * x * t);
    }

    /**
     * Where gradient flow from (w₁, w₂) ends. Product: on w₁w₂ = y with w₁² − w₂² = D(0), on the branch of the sign of
     * w₁ + w₂; null when w₁ + w₂ = 0, since then the flow stays on w₁ = −w₂ and ends at the saddle (0, 0). Sum: the
     * point of w₁ + w₂ = y/x with the same w₁ − w₂.
     */
    public double[] flowLimit(double w1, double w2) {
        if (model == Model.SUM) {
            double d = w1 - w2;
            double b = y / x;
            return new double[] {(b + d) / 2, (b - d) / 2};
        }
        double s = w1 + w2;
        if (s == 0) {
            return null;
        }
        double d = balance(w1, w2);
        double root = Math.hypot(d, 2 * y);
        double a = Math.sqrt(d >= 0 ? 0.5 * (d + root) : 2 * y * y / (root - d));
        double sign = Math.signum(s);
        return new double[] {sign * a, sign * y / a};
    }

    /**
     * The time t = η·k at which gradient descent from (w₁, w₂) first has β ≥ level, interpolated linearly between the
     * two steps around the crossing; empty if it does not get there by {@code maxTime} or leaves the finite range
     * (|w| &gt; 10⁶).
     */
    public java.util.OptionalDouble gdTimeToReach(double eta, double w1, double w2, double level, double maxTime) {
        double[] w = {w1, w2};
        double before = beta(w1, w2);
        if (before >= level) {
            return java.util.OptionalDouble.of(0);
        }
        long steps = (long) Math.ceil(maxTime / eta);
        for (long k = 1; k <= steps; k++) {
            step(eta, w);
            if (!(Math.abs(w[0]) <= 1e6 && Math.abs(w[1]) <= 1e6)) {
                return java.util.OptionalDouble.empty();
            }
            double now = beta(w[0], w[1]);
            if (now >= level) {
                return java.util.OptionalDouble.of(eta * (k - 1 + (level - before) / (now - before)));
            }
            before = now;
        }
        return java.util.OptionalDouble.empty();
    }

    /**
     * The time the product model's gradient flow takes from β₀ to {@code level} (β₀ ≤ level &lt; y), for D = w₁² − w₂²:
     * t = ∫ dβ / ((y − β)√(D² + 4β²)). For D = 0 this is the lecture's ln(y/β − 1) difference over 2y; otherwise it is
     * computed as ½∫ sign(D) du / (y − (D/2) sinh u) over u = asinh(2β/D) (β = (D/2) sinh u), whose integrand is smooth, by composite Simpson
     * with {@value #SIMPSON_INTERVALS} intervals. +∞ when β₀ ≤ 0 = D (the flow never leaves β = 0 then) and 0 when
     * β₀ ≥ level.
     */
    public static double productFlowTime(double beta0, double d, double y, double level) {
        if (beta0 >= level) {
            return 0;
        }
        if (d == 0) {
            if (!(beta0 > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            return (Math.log(y / beta0 - 1) - Math.log(y / level - 1)) / (2 * y);
        }
        double c = d / 2;
        double u0 = asinh(beta0 / c);
        double u1 = asinh(level / c);
        int n = SIMPSON_INTERVALS;
        double h = (u1 - u0) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double u = u0 + i * h;
            double f = 1 / (y - c * Math.sinh(u));
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return Math.signum(c) * sum * h / 6;
    }

    static final int SIMPSON_INTERVALS = 4000;

    private static double asinh(double v) {
        double a = Math.abs(v);
        double r = a > 1e8 ? Math.log(2 * a) : Math.log(a + Math.sqrt(a * a + 1));
        return Math.copySign(r, v);
    }

    /**
     * The time gradient flow takes from (w₁, w₂) to β = β⋆/2 (β⋆ = {@link #targetBeta()}): {@link #productFlowTime} for
     * the product, ln(2(β⋆ − β₀)/β⋆)/(2x²) for the sum; 0 if β is already there.
     */
    public double flowTimeToHalf(double w1, double w2) {
        double beta0 = beta(w1, w2);
        double half = targetBeta() / 2;
        if (beta0 >= half) {
            return 0;
        }
        if (model == Model.PRODUCT) {
            return productFlowTime(beta0, balance(w1, w2), y, half);
        }
        double b = targetBeta();
        return Math.log(2 * (b - beta0) / b) / (2 * x * x);
    }
}
