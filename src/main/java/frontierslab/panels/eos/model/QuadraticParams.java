package frontierslab.panels.eos.model;

import frontierslab.math.eos.StabilityThreshold;
import frontierslab.math.eos.StabilityThreshold.Method;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code eos-quadratic}: step size, the two curvatures, the start, the horizon, and the update rule
 * (gradient descent, heavy ball or Nesterov) with its momentum β.
 */
public record QuadraticParams(
        @Param.Log(label = "η", min = 0.001, max = 3.0, byDefault = 0.4, help = "step size of gradient descent")
        double eta,
        @Param.Linear(label = "λ₁", min = 0.1, max = 20.0, byDefault = 4.0,
                help = "curvature along x₁ (the sharp direction)")
        double lambda1,
        @Param.Linear(label = "λ₂", min = 0.1, max = 20.0, byDefault = 1.0, help = "curvature along x₂")
        double lambda2,
        @Param.Linear(label = "x₁(0)", min = -3.0, max = 3.0, byDefault = 2.0, help = "start, first coordinate")
        double x1,
        @Param.Linear(label = "x₂(0)", min = -3.0, max = 3.0, byDefault = 2.5, help = "start, second coordinate")
        double x2,
        @Param.Whole(min = 1, max = 2000, byDefault = 60, help = "number of gradient steps")
        int steps,
        @Param.Choice(byDefault = "GRADIENT_DESCENT",
                help = "the update rule: gradient descent, heavy ball (Polyak) or Nesterov")
        Method method,
        @Param.Linear(label = "β", min = 0.0, max = 0.99, byDefault = 0.0,
                help = "momentum (ignored by plain gradient descent)")
        double beta) {

    public static final ParamSpace<QuadraticParams> SPACE = ParamSpace.of(QuadraticParams.class);

    /** Plain gradient descent. */
    public QuadraticParams(double eta, double lambda1, double lambda2, double x1, double x2, int steps) {
        this(eta, lambda1, lambda2, x1, x2, steps, Method.GRADIENT_DESCENT, 0);
    }

    /** Gradient descent with the default start and horizon. */
    public static QuadraticParams gd(double eta, double lambda1, double lambda2) {
        QuadraticParams d = SPACE.defaults();
        return new QuadraticParams(eta, lambda1, lambda2, d.x1, d.x2, d.steps, Method.GRADIENT_DESCENT, 0);
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
        if (!parameter.equals("eta")) {
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
