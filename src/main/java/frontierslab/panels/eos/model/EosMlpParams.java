package frontierslab.panels.eos.model;

import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code eos-mlp}. The dataset and the initialization seed are structural (changing them starts a new
 * run); η, the horizon, the measuring cadence, the number of eigenvalues and the gradient-flow reference change live.
 */
public record EosMlpParams(
        @Param.Choice(label = "data", byDefault = "SPIRAL",
                help = "spiral: 2→32→32→32→1 on 200 points; chebyshev: 1→30→20→1 fitting T₆ (faster)")
        Dataset dataset,
        @Param.Log(label = "η", min = 0.001, max = 1.0, byDefault = 0.04,
                help = "step size; changes mid-run without a reset")
        double eta,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 1, help = "seed of the weight initialization (SplitMix64)")
        int seed,
        @Param.Whole(min = 10, max = 50_000, byDefault = 4000, help = "horizon: the run stops after this many steps")
        int steps,
        @Param.Whole(label = "measure every", min = 2, max = 500, byDefault = 10,
                help = "sharpness measured on two consecutive steps every this many steps")
        int every,
        @Param.Whole(label = "top-k", min = 1, max = 5, byDefault = 1,
                help = "how many top Hessian eigenvalues to measure")
        int topk,
        @Param.Flag(label = "gradient-flow reference",
                help = "overlay a run with a small step (η/r, r steps per step: the same time η·t)")
        boolean flow)
        implements LiveExperiment.Live<EosMlpParams> {

    /** The two networks of docs/science.md §2. */
    public enum Dataset {
        /** tanh 2→32→32→32→1 (2241 parameters) on 200 spiral points. */
        SPIRAL,
        /** tanh 1→30→20→1 fitting the Chebyshev polynomial T₆ on 20 points. */
        CHEBYSHEV
    }

    public static final ParamSpace<EosMlpParams> SPACE = ParamSpace.of(EosMlpParams.class);

    /** Whether going from {@code this} to {@code next} needs a new run. */
    @Override
    public boolean structurallyDifferent(EosMlpParams next) {
        return dataset != next.dataset || seed != next.seed || flow != next.flow;
    }

}
