package frontierslab.panels.eos.model;

import frontierslab.math.eos.StabilityThreshold;
import frontierslab.math.eos.StabilityThreshold.Method;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code eos-quadratic}: step size, the two curvatures, the start, the horizon, and the update rule
 * (gradient descent, heavy ball or Nesterov) with its momentum β.
 */
public record QuadraticParams(double eta, double lambda1, double lambda2, double x1, double x2, int steps,
                              Method method, double beta) {

    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent", 0.001, 3.0, 0.4);
    public static final Real LAMBDA1 = Real.linear("lambda1", "λ₁", "curvature along x₁ (the sharp direction)", 0.1, 20.0, 4.0);
    public static final Real LAMBDA2 = Real.linear("lambda2", "λ₂", "curvature along x₂", 0.1, 20.0, 1.0);
    public static final Real X1 = Real.linear("x1", "x₁(0)", "start, first coordinate", -3.0, 3.0, 2.0);
    public static final Real X2 = Real.linear("x2", "x₂(0)", "start, second coordinate", -3.0, 3.0, 2.5);
    public static final Whole STEPS = new Whole("steps", "steps", "number of gradient steps", 1, 2000, 60);
    public static final Choice<Method> METHOD = new Choice<>("method", "method",
            "the update rule: gradient descent, heavy ball (Polyak) or Nesterov", Method.class, Method.GRADIENT_DESCENT);
    public static final Real BETA = Real.linear("beta", "β", "momentum (ignored by plain gradient descent)", 0.0, 0.99, 0.0);

    public static final ParamSpace<QuadraticParams> SPACE =
            ParamSpace.of(QuadraticParams.class, ETA, LAMBDA1, LAMBDA2, X1, X2, STEPS, METHOD, BETA);

    public QuadraticParams {
        ETA.check(eta);
        LAMBDA1.check(lambda1);
        LAMBDA2.check(lambda2);
        X1.check(x1);
        X2.check(x2);
        STEPS.check(steps);
        METHOD.check(method);
        BETA.check(beta);
    }

    /** Plain gradient descent. */
    public QuadraticParams(double eta, double lambda1, double lambda2, double x1, double x2, int steps) {
        this(eta, lambda1, lambda2, x1, x2, steps, Method.GRADIENT_DESCENT, 0);
    }

    /** Gradient descent with the default start and horizon. */
    public static QuadraticParams gd(double eta, double lambda1, double lambda2) {
        return new QuadraticParams(eta, lambda1, lambda2, X1.defaultValue(), X2.defaultValue(), STEPS.defaultValue(),
                Method.GRADIENT_DESCENT, 0);
    }

    /** The momentum the update rule really uses: 0 for gradient descent. */
    public double momentum() {
        return method == Method.GRADIENT_DESCENT ? 0 : beta;
    }

    /** The critical η·λ_max of the method: 2, 2 + 2β or (2 + 2β)/(1 + 2β). */
    public double threshold() {
        return StabilityThreshold.criticalEtaLambda(method, momentum());
    }

    public double sharpness() {
        return Math.max(lambda1, lambda2);
    }

    /**
     * Slider marks: the two thresholds on η, c/λ₁ and c/λ₂ with c the method's critical η·λ (for Nesterov
     * c = (2 + 2β)/(1 + 2β)).
     */
    public static java.util.Map<String, Double> markers(String parameter, QuadraticParams p) {
        if (!parameter.equals(ETA.name())) {
            return java.util.Map.of();
        }
        var marks = new java.util.LinkedHashMap<String, Double>();
        String c = switch (p.method()) {
            case GRADIENT_DESCENT -> "2";
            case HEAVY_BALL -> "(2+2β)";
            case NESTEROV -> "c";
        };
        marks.put(c + "/λ₁", p.threshold() / p.lambda1());
        marks.put(c + "/λ₂", p.threshold() / p.lambda2());
        return marks;
    }

}
