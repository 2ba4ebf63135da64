package frontierslab.panels.intro.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code intro-interpolation}: the number of noisy samples n, the noise σ, the kernel widths (the
 * narrow Gaussian's, which is also the spike's; the Laplace kernel's; the wide Gaussian's), the spike weight γ and the
 * seed of the data.
 */
public record InterpolationParams(
        @Param.Whole(min = 5, max = 200, byDefault = 40, help = "noisy samples of sin(2πx) on [0, 1]")
        int n,
        @Param.Linear(label = "σ", min = 0.0, max = 1.0, byDefault = 0.3, help = "label noise")
        double sigma,
        @Param.Log(label = "ℓ narrow", min = 0.00001, max = 0.05, byDefault = 0.0005,
                help = "width of the narrow Gaussian (and of the spikes)")
        double narrow,
        @Param.Log(label = "ℓ Laplace", min = 0.01, max = 2.0, byDefault = 0.2, help = "width of the Laplace kernel")
        double laplace,
        @Param.Log(label = "ℓ wide", min = 0.02, max = 0.5, byDefault = 0.1, help = "width of the wide Gaussian")
        double wide,
        @Param.Log(label = "γ", min = 0.001, max = 10.0, byDefault = 0.3, help = "weight of the spike kernel")
        double spikeWeight,
        @Param.Whole(min = 0, max = 9999, byDefault = 1, help = "seed of the samples and their noise")
        int seed) {

    public static final ParamSpace<InterpolationParams> SPACE = ParamSpace.of(InterpolationParams.class);

    public static InterpolationParams defaults() {
        return SPACE.defaults();
    }

    public InterpolationParams withN(int newN) {
        return new InterpolationParams(newN, sigma, narrow, laplace, wide, spikeWeight, seed);
    }
}
