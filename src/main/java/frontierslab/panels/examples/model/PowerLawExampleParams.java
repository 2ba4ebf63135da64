package frontierslab.panels.examples.model;

import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The numbers of Example 1 that a lecturer can drag: the exponent q of f = |x|^q (the lecture's 2.1), the step size
 * η, the start x₀ and the number of gradient steps the sentences are checked against.
 */
public record PowerLawExampleParams(double q, double eta, double x0, int steps) {

    public static final Real Q = Real.linear("q", "q", "exponent of f = |x|^q (the lecture: 2.1)",
            PowerLaw1D.MIN_EXPONENT, PowerLaw1D.MAX_EXPONENT, 2.1);
    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent", 0.01, 10.0, 1.0);
    public static final Real X0 = Real.linear("x0", "x₀", "start of gradient descent", -5.0, 5.0, 0.5);
    public static final Whole STEPS = new Whole("steps", "steps", "gradient steps the sentences are checked against",
            10, 5000, 500);

    public static final ParamSpace<PowerLawExampleParams> SPACE =
            ParamSpace.of(PowerLawExampleParams.class, Q, ETA, X0, STEPS);

    public PowerLawExampleParams {
        Q.check(q);
        ETA.check(eta);
        X0.check(x0);
        STEPS.check(steps);
        if (x0 == 0) {
            throw new IllegalArgumentException("x₀ = 0 is the minimum itself: start away from 0");
        }
    }

    public static PowerLawExampleParams defaults() {
        return new PowerLawExampleParams(Q.defaultValue(), ETA.defaultValue(), X0.defaultValue(), STEPS.defaultValue());
    }

    public PowerLaw1D landscape() {
        return new PowerLaw1D(q);
    }
}
