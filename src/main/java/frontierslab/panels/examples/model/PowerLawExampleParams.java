package frontierslab.panels.examples.model;

import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The numbers of Example 1 that a lecturer can drag: the exponent q of f = |x|^q (the lecture's 2.1), the step size
 * η, the start x₀ and the number of gradient steps the sentences are checked against.
 */
public record PowerLawExampleParams(
        @Param.Linear(min = PowerLaw1D.MIN_EXPONENT, max = PowerLaw1D.MAX_EXPONENT, byDefault = 2.1,
                help = "exponent of f = |x|^q (the lecture: 2.1)")
        double q,
        @Param.Log(label = "η", min = 0.01, max = 10.0, byDefault = 1.0, help = "step size of gradient descent")
        double eta,
        @Param.Linear(label = "x₀", min = -5.0, max = 5.0, byDefault = 0.5, help = "start of gradient descent")
        double x0,
        @Param.Whole(min = 10, max = 5000, byDefault = 500, help = "gradient steps the sentences are checked against")
        int steps) {

    public static final ParamSpace<PowerLawExampleParams> SPACE = ParamSpace.of(PowerLawExampleParams.class);

    public PowerLawExampleParams {
        if (x0 == 0) {
            throw new IllegalArgumentException("x₀ = 0 is the minimum itself: start away from 0");
        }
    }

    public static PowerLawExampleParams defaults() {
        return SPACE.defaults();
    }

    public PowerLaw1D landscape() {
        return new PowerLaw1D(q);
    }
}
