package frontierslab.panels.demos.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/** The literals of the lecture's Demo 1 that matter: the start x = (x₀, y₀), the step size η and the iterations. */
public record EdgeDemoParams(
        @Param.Linear(label = "x₀", min = -20.0, max = 20.0, byDefault = 2.0,
                help = "start, first coordinate (the code's x[0])")
        double x0,
        @Param.Linear(label = "y₀", min = -20.0, max = 20.0, byDefault = 2.0,
                help = "start, second coordinate (the code's x[1])")
        double y0,
        @Param.Log(label = "η", min = 0.001, max = 5.0, byDefault = 0.5, help = "the code's eta")
        double eta,
        @Param.Whole(min = 1, max = 2000, byDefault = 500, help = "the code's range(500)")
        int iterations) {

    public static final ParamSpace<EdgeDemoParams> SPACE = ParamSpace.of(EdgeDemoParams.class);

    public static EdgeDemoParams lecture() {
        return SPACE.defaults();
    }
}
