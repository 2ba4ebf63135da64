package frontierslab.panels.demos.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/** The literals of the lecture's Demo 2 that matter: the common start, η, ρ and the iterations. */
public record SamDemoParams(
        @Param.Linear(label = "x₀", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "start of both paths, first coordinate")
        double x0,
        @Param.Linear(label = "y₀", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "start of both paths, second coordinate")
        double y0,
        @Param.Log(label = "η", min = 0.001, max = 1.0, byDefault = 0.1, help = "the code's eta")
        double eta,
        @Param.Linear(label = "ρ", min = 0.0, max = 2.0, byDefault = 0.5, help = "the code's rho")
        double rho,
        @Param.Whole(min = 1, max = 1000, byDefault = 100, help = "the code's range(100)")
        int iterations) {

    public static final ParamSpace<SamDemoParams> SPACE = ParamSpace.of(SamDemoParams.class);

    public static SamDemoParams lecture() {
        return SPACE.defaults();
    }
}
