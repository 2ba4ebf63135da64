package frontierslab.math.eos;

import java.util.Locale;

/**
 * Linear stability of first-order methods on a quadratic f = ½λx² (lecture §2, heuristic derivation of Theorem 2.1).
 *
 * <p>Each method maps the state (w, v) — iterate and velocity — linearly, (w, v) ← M(ηλ, β)(w, v):
 * <ul>
 *   <li>gradient descent, w ← w − η∇f: M = [[1 − ηλ, 0], [−ηλ, 0]], eigenvalues 1 − ηλ and 0, stable iff ηλ &lt; 2;</li>
 *   <li>heavy ball (Polyak 1964), v ← βv − η∇f(w), w ← w + v: M = [[1 − ηλ, β], [−ηλ, β]], characteristic polynomial
 *       z² − (1 + β − ηλ)z + β, stable iff ηλ &lt; 2 + 2β;</li>
 *   <li>Nesterov (Sutskever et al. 2013), v ← βv − η∇f(w + βv), w ← w + v: M = [[1 − ηλ, β(1 − ηλ)], [−ηλ, β(1 − ηλ)]],
 *       characteristic polynomial z² − (1 + β)(1 − ηλ)z + β(1 − ηλ), stable iff ηλ &lt; (2 + 2β)/(1 + 2β).</li>
 * </ul>
 * The thresholds follow from the Schur–Cohn (Jury) conditions for z² − bz + c: |c| &lt; 1 and 1 ± b + c &gt; 0; for
 * 0 ≤ β &lt; 1 and ηλ &gt; 0 the binding one is 1 + b + c &gt; 0 (an eigenvalue leaving the unit circle through −1,
 * i.e. the period-2 oscillation of the edge of stability). The spectral radius ρ(M), the factor by which the slowest
 * decaying (or fastest growing) mode is multiplied per step, is in closed form: ρ = (|b| + √(b² − 4c))/2 when
 * b² ≥ 4c (real roots), √c otherwise (a complex pair).
 */
public final class StabilityThreshold {

    /** The three update rules compared. */
    public enum Method {
        GRADIENT_DESCENT("gradient descent"),
        HEAVY_BALL("heavy ball"),
        NESTEROV("Nesterov");

        private final String displayName;

        Method(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    private StabilityThreshold() {
    }

    /** The critical value of ηλ: 2, 2 + 2β or (2 + 2β)/(1 + 2β); the method is stable on ½λx² iff 0 &lt; ηλ below it. */
    public static double criticalEtaLambda(Method method, double momentum) {
        checkMomentum(momentum);
        return switch (method) {
            case GRADIENT_DESCENT -> 2.0;
            case HEAVY_BALL -> 2.0 + 2.0 * momentum;
            case NESTEROV -> (2.0 + 2.0 * momentum) / (1.0 + 2.0 * momentum);
        };
    }

    /** The largest stable learning rate on a quadratic whose sharpest curvature is {@code sharpness} (&gt; 0). */
    public static double maxStableLearningRate(Method method, double momentum, double sharpness) {
        if (!(sharpness > 0)) {
            throw new IllegalArgumentException("sharpness must be positive, got " + sharpness);
        }
        return criticalEtaLambda(method, momentum) / sharpness;
    }

    /** M(ηλ, β) acting on (w, v), as in the class description. */
    public static double[][] iterationMatrix(Method method, double etaLambda, double momentum) {
        checkMomentum(momentum);
        double a = 1.0 - etaLambda;
        return switch (method) {
            case GRADIENT_DESCENT -> new double[][] {{a, 0.0}, {-etaLambda, 0.0}};
            case HEAVY_BALL -> new double[][] {{a, momentum}, {-etaLambda, momentum}};
            case NESTEROV -> new double[][] {{a, momentum * a}, {-etaLambda, momentum * a}};
        };
    }

    /** ρ(M(ηλ, β)) in closed form; for gradient descent this is |1 − ηλ|. */
    public static double spectralRadius(Method method, double etaLambda, double momentum) {
        checkMomentum(momentum);
        double a = 1.0 - etaLambda;
        return switch (method) {
            case GRADIENT_DESCENT -> Math.abs(a);
            case HEAVY_BALL -> quadraticRootRadius(1.0 + momentum - etaLambda, momentum);
            case NESTEROV -> quadraticRootRadius((1.0 + momentum) * a, momentum * a);
        };
    }

    /** max over the curvatures λᵢ of ρ(M(ηλᵢ, β)): the per-step factor on a quadratic with those curvatures. */
    public static double spectralRadius(Method method, double learningRate, double momentum, double... curvatures) {
        double radius = 0.0;
        for (double lambda : curvatures) {
            radius = Math.max(radius, spectralRadius(method, learningRate * lambda, momentum));
        }
        return radius;
    }

    /** The per-step factor for one curvature λ, with a label the UI can show. */
    public static ContractionFactor contractionFactor(Method method, double learningRate, double momentum,
                                                      double curvature) {
        double etaLambda = learningRate * curvature;
        return new ContractionFactor(method, etaLambda, momentum, spectralRadius(method, etaLambda, momentum),
                criticalEtaLambda(method, momentum));
    }

    /**
     * ρ, the factor by which one step multiplies the dominant mode along a curvature direction: contracting when
     * ρ &lt; 1, expanding when ρ &gt; 1.
     */
    public record ContractionFactor(Method method, double etaLambda, double momentum, double spectralRadius,
                                    double criticalEtaLambda) {

        public boolean expanding() {
            return spectralRadius > 1.0;
        }

        /** e.g. "|1 − ηλ| = 1.30" for gradient descent, "ρ = 1.17 (heavy ball, β = 0.90)" for momentum. */
        public String label() {
            if (method == Method.GRADIENT_DESCENT) {
                return String.format(Locale.ROOT, "|1 − ηλ| = %.2f", spectralRadius);
            }
            return String.format(Locale.ROOT, "ρ = %.2f (%s, β = %.2f)", spectralRadius, method.displayName(),
                    momentum);
        }
    }

    /** Largest modulus of the roots of z² − bz + c. */
    private static double quadraticRootRadius(double b, double c) {
        double discriminant = b * b - 4.0 * c;
        if (discriminant >= 0) {
            return 0.5 * (Math.abs(b) + Math.sqrt(discriminant));
        }
        return Math.sqrt(c);
    }

    private static void checkMomentum(double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum β must lie in [0, 1), got " + momentum);
        }
    }
}
