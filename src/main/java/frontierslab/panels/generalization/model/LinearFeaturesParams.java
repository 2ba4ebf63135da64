package frontierslab.panels.generalization.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code dd-linear-features}: the noise σ (applied to the stored fits at once), how fast the signal
 * decays over the coordinates (β_j ∝ j^(−decay)), the sample size n, the number D of coordinates, and the seeds.
 */
public record LinearFeaturesParams(
        @Param.Linear(label = "σ", min = 0.0, max = 2.0, byDefault = 0.5, help = "label noise: y = x·β + σz")
        double sigma,
        @Param.Linear(min = 0.0, max = 3.0, byDefault = 0.0,
                help = "β_j ∝ j^(−decay), ‖β‖ = 1: 0 spreads the signal evenly, larger puts it in the first coordinates")
        double decay,
        @Param.Whole(min = 10, max = 100, byDefault = 40, help = "training points; the peak sits at p = n")
        int n,
        @Param.Whole(label = "D", min = 20, max = 200, byDefault = 120,
                help = "x ~ N(0, I_D); a model of size p fits the first p coordinates")
        int dimension,
        @Param.Whole(min = 1, max = 200, byDefault = 50, help = "independent training sets averaged")
        int seeds) {

    public static final ParamSpace<LinearFeaturesParams> SPACE = ParamSpace.of(LinearFeaturesParams.class);

}
