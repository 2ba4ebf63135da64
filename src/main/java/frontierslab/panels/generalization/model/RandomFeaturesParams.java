package frontierslab.panels.generalization.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code dd-random-features}: the label noise σ, the ridge λ (0: minimum norm), the cut-off τ (singular
 * values below τ·σ_max dropped), which act on the stored SVDs at once; and the sample size n, the input dimension d,
 * the number of seeds and the labels (true or shuffled), which recompute the sweep.
 */
public record RandomFeaturesParams(double sigma, double lambda, double tau, int n, int d, int seeds, Labels labels) {

    /** The labels the features are fitted to. */
    public enum Labels { TRUE, SHUFFLED }

    public static final Real SIGMA = Real.linear("sigma", "σ", "label noise: y = β·x + σz", 0.0, 2.0, 0.5);
    public static final Real LAMBDA = Real.linear("lambda", "λ",
            "ridge penalty: minimizes (1/n)‖Fa − y‖² + λ‖a‖²; 0 is the minimum-norm least-squares fit", 0.0, 0.5, 0.0);
    public static final Real TAU = Real.linear("tau", "τ",
            "singular values of F below τ·σ_max are dropped from the fit; 0 keeps all", 0.0, 0.2, 0.0);
    public static final Whole N = new Whole("n", "n", "training points; the peak sits at p = n", 20, 200, 100);
    public static final Whole D = new Whole("d", "d", "dimension of x; the target is linear in x", 2, 100, 20);
    public static final Whole SEEDS = new Whole("seeds", "seeds", "independent draws of data, features and test points",
            1, 20, 10);
    public static final Choice<Labels> LABELS = new Choice<>("labels", "labels",
            "the true labels, or the same labels randomly permuted over the training points", Labels.class,
            Labels.TRUE);

    public static final ParamSpace<RandomFeaturesParams> SPACE =
            ParamSpace.of(RandomFeaturesParams.class, SIGMA, LAMBDA, TAU, N, D, SEEDS, LABELS);

    public RandomFeaturesParams {
        SIGMA.check(sigma);
        LAMBDA.check(lambda);
        TAU.check(tau);
        N.check(n);
        D.check(d);
        SEEDS.check(seeds);
        LABELS.check(labels);
    }

    /** True when the sweep must be recomputed to go from these parameters to {@code other}. */
    public boolean sameSweep(RandomFeaturesParams other) {
        return n == other.n && d == other.d;
    }
}
