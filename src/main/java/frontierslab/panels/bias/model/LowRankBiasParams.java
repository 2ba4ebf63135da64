package frontierslab.panels.bias.model;

import frontierslab.sim.LiveExperiment;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code bias-low-rank}. The initialization scale α, the seed, the observed fraction and the depth are
 * structural (changing them starts a new run); η and the horizon change live.
 */
public record LowRankBiasParams(double alpha, double eta, int steps, int seed, double observed, int depth)
        implements LiveExperiment.Live<LowRankBiasParams> {

    public static final Real ALPHA = Real.log("alpha", "init scale α",
            "every factor starts at α·G/√20 with G standard Gaussian", 1e-4, 3.0, 1e-3);
    public static final Real ETA = Real.log("eta", "η", "step size of full-batch GD; changes mid-run without a reset",
            1e-3, 0.3, 0.05);
    public static final Whole STEPS = new Whole("steps", "steps", "horizon: the run stops after this many GD steps",
            50, 20_000, 800);
    public static final Whole SEED = new Whole("seed", "seed",
            "seed of the truth's singular vectors, the mask and the initialization (SplitMix64)", 0, 1_000_000, 1);
    public static final Real OBSERVED = Real.linear("observed", "observed fraction",
            "each of the 400 entries is observed independently with this probability", 0.2, 0.9, 0.5);
    public static final Whole DEPTH = new Whole("depth", "depth", "number of factors d in W = W_d ⋯ W₁ (all 20×20)",
            2, 3, 2);

    public static final ParamSpace<LowRankBiasParams> SPACE =
            ParamSpace.of(LowRankBiasParams.class, ALPHA, ETA, STEPS, SEED, OBSERVED, DEPTH);

    public LowRankBiasParams {
        ALPHA.check(alpha);
        ETA.check(eta);
        STEPS.check(steps);
        SEED.check(seed);
        OBSERVED.check(observed);
        DEPTH.check(depth);
    }

    /** Whether going from {@code this} to {@code next} needs a new run. */
    @Override
    public boolean structurallyDifferent(LowRankBiasParams next) {
        return alpha != next.alpha || seed != next.seed || observed != next.observed || depth != next.depth;
    }
}
