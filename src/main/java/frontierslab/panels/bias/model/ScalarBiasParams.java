package frontierslab.panels.bias.model;

import frontierslab.math.bias.ScalarFactorization;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;

/**
 * The controls of {@code bias-scalar}: the model (β = w₁w₂ or β = w₁ + w₂), the start (w₁(0), w₂(0)) = (α, α·k) given
 * by its scale α and its ratio k = w₂(0)/w₁(0) (k = 1 is balanced: D = w₁² − w₂² = 0), the target y, the input x of the
 * sum model, the step η and the time horizon T = η·steps.
 */
public record ScalarBiasParams(Model model, double alpha, double ratio, double y, double x, double eta, double time) {

    public static final Choice<Model> MODEL = new Choice<>("model", "model",
            "product: β = w₁w₂ (Theorem 3.2, scalar case); sum: β = w₁ + w₂ (Example 3)", Model.class, Model.PRODUCT);
    public static final Real ALPHA = Real.log("alpha", "α", "initialization scale: w₁(0) = α", 1e-4, 1.0, 0.01);
    public static final Real RATIO = Real.linear("ratio", "k = w₂(0)/w₁(0)",
            "balance of the start: w₂(0) = k·α; k = 1 is balanced (D = 0)", 0.0, 3.0, 1.0);
    public static final Real Y = Real.linear("y", "y", "target", 0.25, 4.0, 1.0);
    public static final Real X = Real.linear("x", "x", "input of the sum model (y = (w₁ + w₂)x); the product model ignores it",
            0.25, 4.0, 1.0);
    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent", 0.001, 0.2, 0.01);
    public static final Real TIME = Real.linear("time", "T", "time horizon t = η·steps", 1.0, 40.0, 15.0);

    public static final ParamSpace<ScalarBiasParams> SPACE =
            ParamSpace.of(ScalarBiasParams.class, MODEL, ALPHA, RATIO, Y, X, ETA, TIME);

    public ScalarBiasParams {
        MODEL.check(model);
        ALPHA.check(alpha);
        RATIO.check(ratio);
        Y.check(y);
        X.check(x);
        ETA.check(eta);
        TIME.check(time);
    }

    /** The product model with the default y, x, η and T. */
    public static ScalarBiasParams product(double alpha, double ratio) {
        return new ScalarBiasParams(Model.PRODUCT, alpha, ratio, Y.defaultValue(), X.defaultValue(), ETA.defaultValue(),
                TIME.defaultValue());
    }

    public ScalarFactorization problem() {
        return new ScalarFactorization(model, y, x);
    }

    public double w1Start() {
        return alpha;
    }

    public double w2Start() {
        return alpha * ratio;
    }

    /** The number of gradient steps, ⌈T/η⌉. */
    public int steps() {
        return (int) Math.ceil(time / eta - 1e-9);
    }
}
