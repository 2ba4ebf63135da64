package frontierslab.panels.bias.model;

import frontierslab.sim.LiveExperiment;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code bias-sparse}: the initialization scale α, the step η, the horizon, and the data (seed,
 * samples n, sparsity k, noise σ; d = {@value #FEATURES} features). α and the data are structural (a new run);
 * η and the horizon change live.
 */
public record SparseBiasParams(double alpha, double eta, int steps, int seed, int samples, int sparsity, double noise)
        implements LiveExperiment.Live<SparseBiasParams> {

    /** The number of features d. */
    public static final int FEATURES = 100;

    public static final Real ALPHA = Real.log("alpha", "α", "initialization scale: u = v = α at the start", 0.001, 1.0,
            0.01);
    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent; changes mid-run", 0.0001, 1.0,
            0.02);
    public static final Whole STEPS = new Whole("steps", "steps", "horizon: the run stops after this many GD steps", 100,
            2_000_000, 30_000);
    public static final Whole SEED = new Whole("seed", "seed", "seed of the data: X, the support and the signs", 0,
            1_000_000, 0);
    public static final Whole SAMPLES = new Whole("samples", "n", "number of samples (d = 100 features)", 5, 60, 20);
    public static final Whole SPARSITY = new Whole("sparsity", "k", "nonzero entries (±1) of the true w*", 1, 10, 3);
    public static final Real NOISE = Real.linear("noise", "σ", "standard deviation of the label noise", 0.0, 0.5, 0.0);

    public static final ParamSpace<SparseBiasParams> SPACE =
            ParamSpace.of(SparseBiasParams.class, ALPHA, ETA, STEPS, SEED, SAMPLES, SPARSITY, NOISE);

    public SparseBiasParams {
        ALPHA.check(alpha);
        ETA.check(eta);
        STEPS.check(steps);
        SEED.check(seed);
        SAMPLES.check(samples);
        SPARSITY.check(sparsity);
        NOISE.check(noise);
    }

    /** The default data with this α, η and horizon. */
    public static SparseBiasParams of(double alpha, double eta, int steps) {
        return new SparseBiasParams(alpha, eta, steps, SEED.defaultValue(), SAMPLES.defaultValue(),
                SPARSITY.defaultValue(), NOISE.defaultValue());
    }

    /** Whether going from {@code this} to {@code next} needs a new run (α is the start; the rest is the data). */
    @Override
    public boolean structurallyDifferent(SparseBiasParams next) {
        return alpha != next.alpha || seed != next.seed || samples != next.samples || sparsity != next.sparsity
                || noise != next.noise;
    }
}
