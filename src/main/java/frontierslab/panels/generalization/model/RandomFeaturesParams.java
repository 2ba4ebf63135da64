package frontierslab.panels.generalization.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code dd-random-features}: the label noise σ, the ridge λ (0: minimum norm), the cut-off τ (singular
 * values below τ·σ_max dropped), which act on the stored SVDs at once; and the sample size n, the input dimension d,
 * the number of seeds and the labels (true or shuffled), which recompute the sweep.
 */
public record RandomFeaturesParams(
        @Param.Linear(label = "σ", min = 0.0, max = 2.0, byDefault = 0.5, help = "label noise: y = β·x + σz")
        double sigma,
        @Param.Linear(label = "λ", min = 0.0, max = 0.5, byDefault = 0.0,
                help = "ridge penalty: minimizes (1/n)‖Fa − y‖² + λ‖a‖²; 0 is the minimum-norm least-squares fit")
        double lambda,
        @Param.Linear(label = "τ", min = 0.0, max = 0.2, byDefault = 0.0,
                help = "singular values of F below τ·σ_max are dropped from the fit; 0 keeps all")
        double tau,
        @Param.Whole(min = 20, max = 200, byDefault = 100, help = "training points; the peak sits at p = n")
        int n,
        @Param.Whole(min = 2, max = 100, byDefault = 20, help = "dimension of x; the target is linear in x")
        int d,
        @Param.Whole(min = 1, max = 20, byDefault = 10, help = "independent draws of data, features and test points")
        int seeds,
        @Param.Choice(byDefault = "TRUE",
                help = "the true labels, or the same labels randomly permuted over the training points")
        Labels labels) {

    /** The labels the features are fitted to. */
    public enum Labels { TRUE, SHUFFLED }

    public static final ParamSpace<RandomFeaturesParams> SPACE = ParamSpace.of(RandomFeaturesParams.class);

    /** True when the sweep must be recomputed to go from these parameters to {@code other}. */
    public boolean sameSweep(RandomFeaturesParams other) {
        return n == other.n && d == other.d;
    }
}
