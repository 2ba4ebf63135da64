package frontierslab.panels.intro.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code intro-interpolation}: the number of noisy samples n, the noise σ, the kernel widths (the
 * narrow Gaussian's, which is also the spike's; the Laplace kernel's; the wide Gaussian's), the spike weight γ and the
 * seed of the data.
 */
public record InterpolationParams(int n, double sigma, double narrow, double laplace, double wide, double spikeWeight,
                                  int seed) {

    public static final Whole N = new Whole("n", "n", "noisy samples of sin(2πx) on [0, 1]", 5, 200, 40);
    public static final Real SIGMA = Real.linear("sigma", "σ", "label noise", 0.0, 1.0, 0.3);
    public static final Real NARROW = Real.log("narrow", "ℓ narrow", "width of the narrow Gaussian (and of the spikes)",
            0.00001, 0.05, 0.0005);
    public static final Real LAPLACE = Real.log("laplace", "ℓ Laplace", "width of the Laplace kernel", 0.01, 2.0, 0.2);
    public static final Real WIDE = Real.log("wide", "ℓ wide", "width of the wide Gaussian", 0.02, 0.5, 0.1);
    public static final Real SPIKE_WEIGHT = Real.log("spikeWeight", "γ", "weight of the spike kernel", 0.001, 10.0, 0.3);
    public static final Whole SEED = new Whole("seed", "seed", "seed of the samples and their noise", 0, 9999, 1);

    public static final ParamSpace<InterpolationParams> SPACE =
            ParamSpace.of(InterpolationParams.class, N, SIGMA, NARROW, LAPLACE, WIDE, SPIKE_WEIGHT, SEED);

    public InterpolationParams {
        N.check(n);
        SIGMA.check(sigma);
        NARROW.check(narrow);
        LAPLACE.check(laplace);
        WIDE.check(wide);
        SPIKE_WEIGHT.check(spikeWeight);
        SEED.check(seed);
    }

    public static InterpolationParams defaults() {
        return new InterpolationParams(N.defaultValue(), SIGMA.defaultValue(), NARROW.defaultValue(),
                LAPLACE.defaultValue(), WIDE.defaultValue(), SPIKE_WEIGHT.defaultValue(), SEED.defaultValue());
    }

    public InterpolationParams withN(int newN) {
        return new InterpolationParams(newN, sigma, narrow, laplace, wide, spikeWeight, seed);
    }
}
