package frontierslab.panels.eos.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/** The controls of {@code eos-quadratic}: step size, the two curvatures, the start and the horizon. */
public record QuadraticParams(double eta, double lambda1, double lambda2, double x1, double x2, int steps) {

    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent", 0.001, 3.0, 0.4);
    public static final Real LAMBDA1 = Real.linear("lambda1", "λ₁", "curvature along x₁ (the sharp direction)", 0.1, 20.0, 4.0);
    public static final Real LAMBDA2 = Real.linear("lambda2", "λ₂", "curvature along x₂", 0.1, 20.0, 1.0);
    public static final Real X1 = Real.linear("x1", "x₁(0)", "start, first coordinate", -3.0, 3.0, 2.0);
    public static final Real X2 = Real.linear("x2", "x₂(0)", "start, second coordinate", -3.0, 3.0, 2.5);
    public static final Whole STEPS = new Whole("steps", "steps", "number of gradient steps", 1, 2000, 60);

    public static final ParamSpace<QuadraticParams> SPACE =
            ParamSpace.of(QuadraticParams.class, ETA, LAMBDA1, LAMBDA2, X1, X2, STEPS);

    public QuadraticParams {
        ETA.check(eta);
        LAMBDA1.check(lambda1);
        LAMBDA2.check(lambda2);
        X1.check(x1);
        X2.check(x2);
        STEPS.check(steps);
    }

    public double sharpness() {
        return Math.max(lambda1, lambda2);
    }

    /** Slider marks: the two thresholds 2/λ₁ and 2/λ₂ on η. */
    public static java.util.Map<String, Double> markers(String parameter, QuadraticParams p) {
        if (!parameter.equals(ETA.name())) {
            return java.util.Map.of();
        }
        var marks = new java.util.LinkedHashMap<String, Double>();
        marks.put("2/λ₁", 2 / p.lambda1());
        marks.put("2/λ₂", 2 / p.lambda2());
        return marks;
    }

}
