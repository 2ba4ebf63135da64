package frontierslab.panels.examples.model;

import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The numbers of Example 2 that a lecturer can drag: the radius r of the posterior Q around each minimum (the
 * lecture's ρ), the scale σ_P of the prior P = N(0, σ_P²I), the largest radius R searched for the swap of the two
 * minima, and the Monte Carlo draws and seed of the expected losses.
 */
public record PacBayesExampleParams(double radius, double priorScale, double maxRadius, int samples, int seed) {

    public static final Real RADIUS = Real.linear("radius", "r", "radius of Q: the ball ‖ε‖ ≤ r, or the Gaussian ε = r·z",
            0.01, 2.0, 0.3);
    public static final Real PRIOR_SCALE = Real.linear("priorScale", "σ_P", "scale of the prior P = N(0, σ_P²I)",
            0.2, 5.0, 1.0);
    public static final Real MAX_RADIUS = Real.linear("maxRadius", "R", "the swap of the minima is searched for in (0, R]",
            0.1, 2.0, 1.0);
    public static final Whole SAMPLES = new Whole("samples", "samples",
            "Monte Carlo draws of ε (the same draws at both minima and every radius)", 100, 20000, 2000);
    public static final Whole SEED = new Whole("seed", "seed", "seed of the Monte Carlo draws", 0, 1_000_000, 1);

    public static final ParamSpace<PacBayesExampleParams> SPACE =
            ParamSpace.of(PacBayesExampleParams.class, RADIUS, PRIOR_SCALE, MAX_RADIUS, SAMPLES, SEED);

    public PacBayesExampleParams {
        RADIUS.check(radius);
        PRIOR_SCALE.check(priorScale);
        MAX_RADIUS.check(maxRadius);
        SAMPLES.check(samples);
        SEED.check(seed);
    }

    public static PacBayesExampleParams defaults() {
        return new PacBayesExampleParams(RADIUS.defaultValue(), PRIOR_SCALE.defaultValue(), MAX_RADIUS.defaultValue(),
                SAMPLES.defaultValue(), SEED.defaultValue());
    }

    /** The defaults with another radius. */
    public static PacBayesExampleParams at(double radius) {
        return new PacBayesExampleParams(radius, PRIOR_SCALE.defaultValue(), MAX_RADIUS.defaultValue(),
                SAMPLES.defaultValue(), SEED.defaultValue());
    }

    public Sampling gaussian() {
        return Sampling.gaussian(samples, seed);
    }

    public Sampling uniformBall() {
        return Sampling.uniformBall(samples, seed);
    }
}
