package frontierslab.panels.bias.model;

import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code bias-sparse}: the initialization scale α, the step η, the horizon, and the data (seed,
 * samples n, sparsity k, noise σ; d = {@value #FEATURES} features). α and the data are structural (a new run);
 * η and the horizon change live.
 */
public record SparseBiasParams(
        @Param.Log(label = "α", min = 0.001, max = 1.0, byDefault = 0.01,
                help = "initialization scale: u = v = α at the start")
        double alpha,
        @Param.Log(label = "η", min = 0.0001, max = 1.0, byDefault = 0.02,
                help = "step size of gradient descent; changes mid-run")
        double eta,
        @Param.Whole(min = 100, max = 2_000_000, byDefault = 30_000,
                help = "horizon: the run stops after this many GD steps")
        int steps,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 0, help = "seed of the data: X, the support and the signs")
        int seed,
        @Param.Whole(label = "n", min = 5, max = 60, byDefault = 20, help = "number of samples (d = 100 features)")
        int samples,
        @Param.Whole(label = "k", min = 1, max = 10, byDefault = 3, help = "nonzero entries (±1) of the true w*")
        int sparsity,
        @Param.Linear(label = "σ", min = 0.0, max = 0.5, byDefault = 0.0,
                help = "standard deviation of the label noise")
        double noise)
        implements LiveExperiment.Live<SparseBiasParams> {

    /** The number of features d. */
    public static final int FEATURES = 100;

    public static final ParamSpace<SparseBiasParams> SPACE = ParamSpace.of(SparseBiasParams.class);

    /** The default data with this α, η and horizon. */
    public static SparseBiasParams of(double alpha, double eta, int steps) {
        SparseBiasParams d = SPACE.defaults();
        return new SparseBiasParams(alpha, eta, steps, d.seed, d.samples, d.sparsity, d.noise);
    }

    /** Whether going from {@code this} to {@code next} needs a new run (α is the start; the rest is the data). */
    @Override
    public boolean structurallyDifferent(SparseBiasParams next) {
        return alpha != next.alpha || seed != next.seed || samples != next.samples || sparsity != next.sparsity
                || noise != next.noise;
    }
}
