package frontierslab.panels.bias.model;

import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code bias-low-rank}. The initialization scale α, the seed, the observed fraction and the depth are
 * structural (changing them starts a new run); η and the horizon change live.
 */
public record LowRankBiasParams(
        @Param.Log(label = "init scale α", min = 1e-4, max = 3.0, byDefault = 1e-3,
                help = "every factor starts at α·G/√20 with G standard Gaussian")
        double alpha,
        @Param.Log(label = "η", min = 1e-3, max = 0.3, byDefault = 0.05,
                help = "step size of full-batch GD; changes mid-run without a reset")
        double eta,
        @Param.Whole(min = 50, max = 20_000, byDefault = 800, help = "horizon: the run stops after this many GD steps")
        int steps,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 1,
                help = "seed of the truth's singular vectors, the mask and the initialization (SplitMix64)")
        int seed,
        @Param.Linear(label = "observed fraction", min = 0.2, max = 0.9, byDefault = 0.5,
                help = "each of the 400 entries is observed independently with this probability")
        double observed,
        @Param.Whole(min = 2, max = 3, byDefault = 2, help = "number of factors d in W = W_d ⋯ W₁ (all 20×20)")
        int depth)
        implements LiveExperiment.Live<LowRankBiasParams> {

    public static final ParamSpace<LowRankBiasParams> SPACE = ParamSpace.of(LowRankBiasParams.class);

    /** Whether going from {@code this} to {@code next} needs a new run. */
    @Override
    public boolean structurallyDifferent(LowRankBiasParams next) {
        return alpha != next.alpha || seed != next.seed || observed != next.observed || depth != next.depth;
    }
}
