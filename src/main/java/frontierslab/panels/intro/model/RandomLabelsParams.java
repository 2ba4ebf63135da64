package frontierslab.panels.intro.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code intro-random-labels}: the label noise σ, which acts on the stored fits at once; the model size
 * p the two fits are compared at (the nearest size of the sweep's grid); and the sample size n, the input dimension d
 * and the number of seeds, which recompute the sweep.
 */
public record RandomLabelsParams(double sigma, int p, int n, int d, int seeds) {

    public static final Real SIGMA = Real.linear("sigma", "σ", "label noise: y = β·x + σz", 0.0, 2.0, 0.5);
    public static final Whole P = new Whole("p", "p compared",
            "the model size at which the true and shuffled fits are compared (the nearest size of the sweep)", 10, 1000,
            1000);
    public static final Whole N = new Whole("n", "n", "training points; both fits interpolate from p = n on", 20, 200,
            100);
    public static final Whole D = new Whole("d", "d", "dimension of x; the target is linear in x", 2, 100, 20);
    public static final Whole SEEDS = new Whole("seeds", "seeds", "independent draws of data, features and test points",
            1, 20, 10);

    public static final ParamSpace<RandomLabelsParams> SPACE =
            ParamSpace.of(RandomLabelsParams.class, SIGMA, P, N, D, SEEDS);

    public RandomLabelsParams {
        SIGMA.check(sigma);
        P.check(p);
        N.check(n);
        D.check(d);
        SEEDS.check(seeds);
    }
}
