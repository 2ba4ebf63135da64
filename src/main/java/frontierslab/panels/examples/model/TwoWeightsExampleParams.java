package frontierslab.panels.examples.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The numbers of Example 3 that a lecturer can drag: the data point (x, y), the start (w₁(0), w₂(0)) (the lecture's
 * is the origin), the step size η and the number of gradient steps.
 */
public record TwoWeightsExampleParams(double x, double y, double w1, double w2, double eta, int steps) {

    public static final Real X = Real.linear("x", "x", "the input", 0.1, 3.0, 1.0);
    public static final Real Y = Real.linear("y", "y", "the target", 0.1, 5.0, 2.0);
    public static final Real W1 = Real.linear("w1", "w₁(0)", "start of the first weight", -3.0, 3.0, 0.0);
    public static final Real W2 = Real.linear("w2", "w₂(0)", "start of the second weight", -3.0, 3.0, 0.0);
    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent", 0.001, 2.0, 0.1);
    public static final Whole STEPS = new Whole("steps", "steps", "gradient steps", 1, 5000, 200);

    public static final ParamSpace<TwoWeightsExampleParams> SPACE =
            ParamSpace.of(TwoWeightsExampleParams.class, X, Y, W1, W2, ETA, STEPS);

    public TwoWeightsExampleParams {
        X.check(x);
        Y.check(y);
        W1.check(w1);
        W2.check(w2);
        ETA.check(eta);
        STEPS.check(steps);
    }

    public static TwoWeightsExampleParams defaults() {
        return new TwoWeightsExampleParams(X.defaultValue(), Y.defaultValue(), W1.defaultValue(), W2.defaultValue(),
                ETA.defaultValue(), STEPS.defaultValue());
    }
}
