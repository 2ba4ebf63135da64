package frontierslab.panels.generalization.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code dd-linear-features}: the noise σ (applied to the stored fits at once), how fast the signal
 * decays over the coordinates (β_j ∝ j^(−decay)), the sample size n, the number D of coordinates, and the seeds.
 */
public record LinearFeaturesParams(double sigma, double decay, int n, int dimension, int seeds) {

    public static final Real SIGMA = Real.linear("sigma", "σ", "label noise: y = x·β + σz", 0.0, 2.0, 0.5);
    public static final Real DECAY = Real.linear("decay", "decay",
            "β_j ∝ j^(−decay), ‖β‖ = 1: 0 spreads the signal evenly, larger puts it in the first coordinates",
            0.0, 3.0, 0.0);
    public static final Whole N = new Whole("n", "n", "training points; the peak sits at p = n", 10, 100, 40);
    public static final Whole DIMENSION = new Whole("dimension", "D",
            "x ~ N(0, I_D); a model of size p fits the first p coordinates", 20, 200, 120);
    public static final Whole SEEDS = new Whole("seeds", "seeds", "independent training sets averaged", 1, 200, 50);

    public static final ParamSpace<LinearFeaturesParams> SPACE =
            ParamSpace.of(LinearFeaturesParams.class, SIGMA, DECAY, N, DIMENSION, SEEDS);

    public LinearFeaturesParams {
        SIGMA.check(sigma);
        DECAY.check(decay);
        N.check(n);
        DIMENSION.check(dimension);
        SEEDS.check(seeds);
    }
}
