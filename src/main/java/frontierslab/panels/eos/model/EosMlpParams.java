package frontierslab.panels.eos.model;

import frontierslab.sim.LiveExperiment;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Flag;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code eos-mlp}. The dataset and the initialization seed are structural (changing them starts a new
 * run); η, the horizon, the measuring cadence, the number of eigenvalues and the gradient-flow reference change live.
 */
public record EosMlpParams(Dataset dataset, double eta, int seed, int steps, int every, int topk, boolean flow)
        implements LiveExperiment.Live<EosMlpParams> {

    /** The two networks of docs/science.md §2. */
    public enum Dataset {
        /** tanh 2→32→32→32→1 (2241 parameters) on 200 spiral points. */
        SPIRAL,
        /** tanh 1→30→20→1 fitting the Chebyshev polynomial T₆ on 20 points. */
        CHEBYSHEV
    }

    public static final Choice<Dataset> DATASET = new Choice<>("dataset", "data",
            "spiral: 2→32→32→32→1 on 200 points; chebyshev: 1→30→20→1 fitting T₆ (faster)", Dataset.class,
            Dataset.SPIRAL);
    public static final Real ETA = Real.log("eta", "η", "step size; changes mid-run without a reset", 0.001, 1.0, 0.04);
    public static final Whole SEED = new Whole("seed", "seed", "seed of the weight initialization (SplitMix64)", 0, 1_000_000, 1);
    public static final Whole STEPS = new Whole("steps", "steps", "horizon: the run stops after this many steps", 10, 50_000, 4000);
    public static final Whole EVERY = new Whole("every", "measure every", "sharpness measured on two consecutive steps every this many steps", 2, 500, 10);
    public static final Whole TOPK = new Whole("topk", "top-k", "how many top Hessian eigenvalues to measure", 1, 5, 1);
    public static final Flag FLOW = new Flag("flow", "gradient-flow reference",
            "overlay a run with a small step (η/r, r steps per step: the same time η·t)", false);

    public static final ParamSpace<EosMlpParams> SPACE =
            ParamSpace.of(EosMlpParams.class, DATASET, ETA, SEED, STEPS, EVERY, TOPK, FLOW);

    public EosMlpParams {
        DATASET.check(dataset);
        ETA.check(eta);
        SEED.check(seed);
        STEPS.check(steps);
        EVERY.check(every);
        TOPK.check(topk);
        FLOW.check(flow);
    }

    /** Whether going from {@code this} to {@code next} needs a new run. */
    @Override
    public boolean structurallyDifferent(EosMlpParams next) {
        return dataset != next.dataset || seed != next.seed || flow != next.flow;
    }

}
