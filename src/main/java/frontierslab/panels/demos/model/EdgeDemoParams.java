package frontierslab.panels.demos.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/** The literals of the lecture's Demo 1 that matter: the start x = (x₀, y₀), the step size η and the iterations. */
public record EdgeDemoParams(double x0, double y0, double eta, int iterations) {

    public static final Real X0 = Real.linear("x0", "x₀", "start, first coordinate (the code's x[0])", -20.0, 20.0, 2.0);
    public static final Real Y0 = Real.linear("y0", "y₀", "start, second coordinate (the code's x[1])", -20.0, 20.0, 2.0);
    public static final Real ETA = Real.log("eta", "η", "the code's eta", 0.001, 5.0, 0.5);
    public static final Whole ITERATIONS = new Whole("iterations", "iterations", "the code's range(500)", 1, 2000, 500);

    public static final ParamSpace<EdgeDemoParams> SPACE =
            ParamSpace.of(EdgeDemoParams.class, X0, Y0, ETA, ITERATIONS);

    public EdgeDemoParams {
        X0.check(x0);
        Y0.check(y0);
        ETA.check(eta);
        ITERATIONS.check(iterations);
    }

    public static EdgeDemoParams lecture() {
        return new EdgeDemoParams(X0.defaultValue(), Y0.defaultValue(), ETA.defaultValue(), ITERATIONS.defaultValue());
    }
}
