package frontierslab.panels.examples.model;

import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The numbers of Example 2 that a lecturer can drag: the radius r of the posterior Q around each minimum (the
 * lecture's ρ), the scale σ_P of the prior P = N(0, σ_P²I), the largest radius R searched for the swap of the two
 * minima, and the Monte Carlo draws and seed of the expected losses.
 */
public record PacBayesExampleParams(
        @Param.Linear(label = "r", min = 0.01, max = 2.0, byDefault = 0.3,
                help = "radius of Q: the ball ‖ε‖ ≤ r, or the Gaussian ε = r·z")
        double radius,
        @Param.Linear(label = "σ_P", min = 0.2, max = 5.0, byDefault = 1.0, help = "scale of the prior P = N(0, σ_P²I)")
        double priorScale,
        @Param.Linear(label = "R", min = 0.1, max = 2.0, byDefault = 1.0,
                help = "the swap of the minima is searched for in (0, R]")
        double maxRadius,
        @Param.Whole(min = 100, max = 20000, byDefault = 2000,
                help = "Monte Carlo draws of ε (the same draws at both minima and every radius)")
        int samples,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 1, help = "seed of the Monte Carlo draws")
        int seed) {

    public static final ParamSpace<PacBayesExampleParams> SPACE = ParamSpace.of(PacBayesExampleParams.class);

    public static PacBayesExampleParams defaults() {
        return SPACE.defaults();
    }

    /** The defaults with another radius. */
    public static PacBayesExampleParams at(double radius) {
        return SPACE.with(SPACE.defaults(), "radius", radius);
    }

    public Sampling gaussian() {
        return Sampling.gaussian(samples, seed);
    }

    public Sampling uniformBall() {
        return Sampling.uniformBall(samples, seed);
    }
}
