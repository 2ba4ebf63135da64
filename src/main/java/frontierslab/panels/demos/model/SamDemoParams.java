package frontierslab.panels.demos.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/** The literals of the lecture's Demo 2 that matter: the common start, η, ρ and the iterations. */
public record SamDemoParams(double x0, double y0, double eta, double rho, int iterations) {

    public static final Real X0 = Real.linear("x0", "x₀", "start of both paths, first coordinate", -4.0, 4.0, -1.5);
    public static final Real Y0 = Real.linear("y0", "y₀", "start of both paths, second coordinate", -4.0, 4.0, -1.5);
    public static final Real ETA = Real.log("eta", "η", "the code's eta", 0.001, 1.0, 0.1);
    public static final Real RHO = Real.linear("rho", "ρ", "the code's rho", 0.0, 2.0, 0.5);
    public static final Whole ITERATIONS = new Whole("iterations", "iterations", "the code's range(100)", 1, 1000, 100);

    public static final ParamSpace<SamDemoParams> SPACE =
            ParamSpace.of(SamDemoParams.class, X0, Y0, ETA, RHO, ITERATIONS);

    public SamDemoParams {
        X0.check(x0);
        Y0.check(y0);
        ETA.check(eta);
        RHO.check(rho);
        ITERATIONS.check(iterations);
    }

    public static SamDemoParams lecture() {
        return new SamDemoParams(X0.defaultValue(), Y0.defaultValue(), ETA.defaultValue(), RHO.defaultValue(),
                ITERATIONS.defaultValue());
    }
}
