package frontierslab.math.optim;

import frontierslab.math.landscape.Landscape;

/**
 * Sharpness-aware minimization (Foret et al. 2021, arXiv 2010.01412; lecture §4, Theorem 4.1):
 *
 * <pre>
 *   g = ∇L(w),   ε̂ = ρ·g/‖g‖,   w ← w − η·∇L(w + ε̂).
 * </pre>
 *
 * ε̂ is the first-order solution of max over ‖ε‖ ≤ ρ of L(w + ε); each step costs two gradients.
 *
 * <p>Gradients come from a {@link GradientSource}: the landscape's exact gradient, or the lecture's Demo 2 forward
 * difference reproduced operation for operation. With {@link GradientSource#LECTURE_FORWARD_DIFFERENCE} the
 * perturbation is ρ·g/(‖g‖ + 10⁻⁸), as in the lecture's code.
 *
 * <p>Where g = 0 the direction g/‖g‖ is undefined. This class then takes ε̂ = 0, so the step is a plain gradient step
 * (which is zero there): a stationary point of L is a fixed point of SAM. This is also what the lecture's
 * {@code + 1e-8} gives, since 0/(0 + 10⁻⁸) = 0.
 *
 * <p>With ρ = 0 the update is gradient descent, bit for bit. {@link #gradientDescent} gives plain gradient descent
 * w ← w − η·g with either gradient source.
 */
public final class Sam implements Optimizer {

    /** How an update obtains ∇L(w). */
    public enum GradientSource {
        /** {@link Landscape#gradient}: the analytic gradient. */
        EXACT(0.0),
        /**
         * The lecture's Demo 2 code: gᵢ = (L(w + h·eᵢ) − L(w))/h with h = 10⁻⁶ (w + h·eᵢ formed as wᵢ + h), and
         * ε̂ = (ρ·g)/(‖g‖ + 10⁻⁸).
         */
        LECTURE_FORWARD_DIFFERENCE(1e-8);

        /** The lecture's forward-difference step h. */
        public static final double LECTURE_STEP = 1e-6;

        private final double normOffset;

        GradientSource(double normOffset) {
            this.normOffset = normOffset;
        }

        /** The constant added to ‖g‖ in the denominator of ε̂ (0 for the exact source, 10⁻⁸ for the lecture's). */
        public double normOffset() {
            return normOffset;
        }

        /** ∇L(w) from this source, written into {@code out}, which is returned. */
        public double[] gradient(Landscape f, double[] w, double[] out) {
            if (this == EXACT) {
                return f.gradient(w, out);
            }
            double centre = f.value(w);
            double[] shifted = w.clone();
            for (int i = 0; i < w.length; i++) {
                shifted[i] = w[i] + LECTURE_STEP;
                out[i] = (f.value(shifted) - centre) / LECTURE_STEP;
                shifted[i] = w[i];
            }
            return out;
        }
    }

    /** The parts of one SAM update, for drawing: w, g(w), ε̂, w + ε̂, g(w + ε̂) and the next w. Arrays are copies. */
    public record Update(double[] w, double[] gradient, double[] perturbation, double[] perturbedPoint,
            double[] perturbedGradient, double[] next) {

        public Update {
            w = w.clone();
            gradient = gradient.clone();
            perturbation = perturbation.clone();
            perturbedPoint = perturbedPoint.clone();
            perturbedGradient = perturbedGradient.clone();
            next = next.clone();
        }

        @Override
        public double[] w() {
            return w.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] perturbation() {
            return perturbation.clone();
        }

        @Override
        public double[] perturbedPoint() {
            return perturbedPoint.clone();
        }

        @Override
        public double[] perturbedGradient() {
            return perturbedGradient.clone();
        }

        @Override
        public double[] next() {
            return next.clone();
        }

        /** False where g(w) = 0, so that ε̂ was set to 0 rather than ρ·g/‖g‖. */
        public boolean perturbationDefined() {
            for (double gi : gradient) {
                if (gi != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private final double learningRate;
    private final double radius;
    private final GradientSource source;
    private double[] gradient = new double[0];
    private double[] perturbedPoint = new double[0];
    private double[] perturbedGradient = new double[0];

    /** SAM with step η and radius ρ on exact gradients. */
    public Sam(double learningRate, double radius) {
        this(learningRate, radius, GradientSource.EXACT);
    }

    public Sam(double learningRate, double radius, GradientSource source) {
        if (!(learningRate >= 0) || !(radius >= 0) || Double.isInfinite(learningRate) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("need finite η ≥ 0 and ρ ≥ 0, got η = " + learningRate + ", ρ = " + radius);
        }
        this.learningRate = learningRate;
        this.radius = radius;
        this.source = source;
    }

    public double learningRate() {
        return learningRate;
    }

    public double radius() {
        return radius;
    }

    public GradientSource source() {
        return source;
    }

    @Override
    public void step(Landscape f, double[] w) {
        ensureCapacity(w.length);
        source.gradient(f, w, gradient);
        perturb(w, gradient, radius, source.normOffset(), perturbedPoint);
        source.gradient(f, perturbedPoint, perturbedGradient);
        for (int i = 0; i < w.length; i++) {
            w[i] -= learningRate * perturbedGradient[i];
        }
    }

    /** One update from w, taken apart; w itself is left unchanged. */
    public Update update(Landscape f, double[] w) {
        double[] start = w.clone();
        double[] g = source.gradient(f, start, new double[w.length]);
        double[] epsilon = perturbation(g, radius, source.normOffset());
        double[] point = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            point[i] = start[i] + epsilon[i];
        }
        double[] gPerturbed = source.gradient(f, point, new double[w.length]);
        double[] next = start.clone();
        for (int i = 0; i < w.length; i++) {
            next[i] -= learningRate * gPerturbed[i];
        }
        return new Update(start, g, epsilon, point, gPerturbed, next);
    }

    /**
     * ε̂ = (ρ·g)/(‖g‖ + offset), or 0 where that denominator is 0 (g = 0 with offset 0). ‖g‖ is accumulated as
     * s ← fma(gᵢ, gᵢ, s) from s = g₀², the order of numpy's {@code np.linalg.norm} (OpenBLAS ddot) on this
     * machine for two coordinates, with a rescaled second pass if the squares under- or overflow.
     */
    public static double[] perturbation(double[] g, double radius, double normOffset) {
        double denominator = norm(g) + normOffset;
        double[] epsilon = new double[g.length];
        if (denominator != 0) {
            for (int i = 0; i < g.length; i++) {
                epsilon[i] = radius * g[i] / denominator;
            }
        }
        return epsilon;
    }

    /** ‖g‖ as described in {@link #perturbation}. */
    public static double norm(double[] g) {
        double s = g[0] * g[0];
        for (int i = 1; i < g.length; i++) {
            s = Math.fma(g[i], g[i], s);
        }
        if (s >= Double.MIN_NORMAL && s <= Double.MAX_VALUE) {
            return Math.sqrt(s);
        }
        double largest = 0;
        for (double gi : g) {
            largest = Math.max(largest, Math.abs(gi));
        }
        if (largest == 0 || !Double.isFinite(largest)) {
            return largest;
        }
        double scaled = 0;
        for (double gi : g) {
            double t = gi / largest;
            scaled += t * t;
        }
        return largest * Math.sqrt(scaled);
    }

    private static void perturb(double[] w, double[] g, double radius, double normOffset, double[] out) {
        double denominator = norm(g) + normOffset;
        for (int i = 0; i < w.length; i++) {
            out[i] = denominator != 0 ? w[i] + radius * g[i] / denominator : w[i];
        }
    }

    private void ensureCapacity(int n) {
        if (gradient.length != n) {
            gradient = new double[n];
            perturbedPoint = new double[n];
            perturbedGradient = new double[n];
        }
    }

    /** Gradient descent w ← w − η·g with g from {@code source}. */
    public static Optimizer gradientDescent(double learningRate, GradientSource source) {
        return new Optimizer() {
            private double[] g = new double[0];

            @Override
            public void step(Landscape f, double[] w) {
                if (g.length != w.length) {
                    g = new double[w.length];
                }
                source.gradient(f, w, g);
                for (int i = 0; i < w.length; i++) {
                    w[i] -= learningRate * g[i];
                }
            }
        };
    }
}
