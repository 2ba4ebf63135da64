package frontierslab.panels.bias.model;

import frontierslab.math.bias.ScalarFactorization;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code bias-scalar}: the model (β = w₁w₂ or β = w₁ + w₂), the start (w₁(0), w₂(0)) = (α, α·k) given
 * by its scale α and its ratio k = w₂(0)/w₁(0) (k = 1 is balanced: D = w₁² − w₂² = 0), the target y, the input x of the
 * sum model, the step η and the time horizon T = η·steps.
 */
public record ScalarBiasParams(
        @Param.Choice(byDefault = "PRODUCT",
                help = "product: β = w₁w₂ (Theorem 3.2, scalar case); sum: β = w₁ + w₂ (Example 3)")
        Model model,
        @Param.Log(label = "α", min = 1e-4, max = 1.0, byDefault = 0.01, help = "initialization scale: w₁(0) = α")
        double alpha,
        @Param.Linear(label = "k = w₂(0)/w₁(0)", min = 0.0, max = 3.0, byDefault = 1.0,
                help = "balance of the start: w₂(0) = k·α; k = 1 is balanced (D = 0)")
        double ratio,
        @Param.Linear(min = 0.25, max = 4.0, byDefault = 1.0, help = "target")
        double y,
        @Param.Linear(min = 0.25, max = 4.0, byDefault = 1.0,
                help = "input of the sum model (y = (w₁ + w₂)x); the product model ignores it")
        double x,
        @Param.Log(label = "η", min = 0.001, max = 0.2, byDefault = 0.01, help = "step size of gradient descent")
        double eta,
        @Param.Linear(label = "T", min = 1.0, max = 40.0, byDefault = 15.0, help = "time horizon t = η·steps")
        double time) {

    public static final ParamSpace<ScalarBiasParams> SPACE = ParamSpace.of(ScalarBiasParams.class);

    /** The product model with the default y, x, η and T. */
    public static ScalarBiasParams product(double alpha, double ratio) {
        ScalarBiasParams d = SPACE.defaults();
        return new ScalarBiasParams(Model.PRODUCT, alpha, ratio, d.y, d.x, d.eta, d.time);
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
