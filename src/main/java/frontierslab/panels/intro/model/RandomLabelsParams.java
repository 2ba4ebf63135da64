package frontierslab.panels.intro.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code intro-random-labels}: the label noise σ, which acts on the stored fits at once; the model size
 * p the two fits are compared at (the nearest size of the sweep's grid); and the sample size n, the input dimension d
 * and the number of seeds, which recompute the sweep.
 */
public record RandomLabelsParams(
        @Param.Linear(label = "σ", min = 0.0, max = 2.0, byDefault = 0.5, help = "label noise: y = β·x + σz")
        double sigma,
        @Param.Whole(label = "p compared", min = 10, max = 1000, byDefault = 1000,
                help = "the model size at which the true and shuffled fits are compared (the nearest size of the sweep)")
        int p,
        @Param.Whole(min = 20, max = 200, byDefault = 100, help = "training points; both fits interpolate from p = n on")
        int n,
        @Param.Whole(min = 2, max = 100, byDefault = 20, help = "dimension of x; the target is linear in x")
        int d,
        @Param.Whole(min = 1, max = 20, byDefault = 10, help = "independent draws of data, features and test points")
        int seeds) {

    public static final ParamSpace<RandomLabelsParams> SPACE = ParamSpace.of(RandomLabelsParams.class);
}
