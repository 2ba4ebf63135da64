package frontierslab.panels.examples.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The numbers of Example 3 that a lecturer can drag: the data point (x, y), the start (w₁(0), w₂(0)) (the lecture's
 * is the origin), the step size η and the number of gradient steps.
 */
public record TwoWeightsExampleParams(
        @Param.Linear(min = 0.1, max = 3.0, byDefault = 1.0, help = "the input")
        double x,
        @Param.Linear(min = 0.1, max = 5.0, byDefault = 2.0, help = "the target")
        double y,
        @Param.Linear(label = "w₁(0)", min = -3.0, max = 3.0, byDefault = 0.0, help = "start of the first weight")
        double w1,
        @Param.Linear(label = "w₂(0)", min = -3.0, max = 3.0, byDefault = 0.0, help = "start of the second weight")
        double w2,
        @Param.Log(label = "η", min = 0.001, max = 2.0, byDefault = 0.1, help = "step size of gradient descent")
        double eta,
        @Param.Whole(min = 1, max = 5000, byDefault = 200, help = "gradient steps")
        int steps) {

    public static final ParamSpace<TwoWeightsExampleParams> SPACE = ParamSpace.of(TwoWeightsExampleParams.class);

    public static TwoWeightsExampleParams defaults() {
        return SPACE.defaults();
    }
}
