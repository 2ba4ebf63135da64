package frontierslab.panels.sam.model;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile.Perturbation;
import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code sam-pac-bayes}: the point whose r-ball the contour chart shows (the sharp or the flat minimum of
 * the lecture's two-basin surface, or any point), that ball's radius, the largest radius of the profile, and how the
 * expected loss is sampled (Gaussian or uniform in the disc, how many draws, which seed).
 */
public record PacBayesParams(
        @Param.Choice(byDefault = "SHARP_MINIMUM",
                help = "where the r-ball is drawn: the sharp minimum, the flat minimum, or (x₁, x₂)")
        Point point,
        @Param.Linear(label = "x₁", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "the custom point, first coordinate")
        double x1,
        @Param.Linear(label = "x₂", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "the custom point, second coordinate")
        double x2,
        @Param.Linear(label = "r", min = 0.01, max = 2.0, byDefault = 0.3,
                help = "radius of the ball drawn on the contour chart")
        double radius,
        @Param.Linear(label = "R", min = 0.1, max = 2.0, byDefault = 1.0, help = "the profile runs over r ∈ [0, R]")
        double maxRadius,
        @Param.Choice(label = "noise Q", byDefault = "GAUSSIAN",
                help = "the random perturbation of the expected loss: ε = r·z, z ~ N(0, I), or ε uniform in the disc ‖ε‖ ≤ r")
        Perturbation noise,
        @Param.Whole(min = 100, max = 20000, byDefault = 2000,
                help = "Monte Carlo draws of ε per radius (the same draws at every radius and point)")
        int samples,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 1, help = "seed of the Monte Carlo draws")
        int seed) {

    /** Where the ball is drawn. */
    public enum Point {
        /** the sharp, global minimum near A = (−2, −2): L ≈ −5, Hessian eigenvalues ≈ 50 */
        SHARP_MINIMUM,
        /** the flat, local minimum at B = (2, 2): L = −2, Hessian eigenvalues 2 */
        FLAT_MINIMUM,
        /** the point (x₁, x₂) */
        CUSTOM
    }

    public static final ParamSpace<PacBayesParams> SPACE = ParamSpace.of(PacBayesParams.class);

    /** The defaults with another point and radius. */
    public static PacBayesParams at(Point point, double radius) {
        PacBayesParams d = SPACE.defaults();
        return new PacBayesParams(point, d.x1, d.x2, radius, d.maxRadius, Perturbation.GAUSSIAN, d.samples, d.seed);
    }

    /** The chosen point's coordinates. */
    public double[] position() {
        return switch (point) {
            case SHARP_MINIMUM -> TwoBasinSurface.LECTURE.sharpMinimum().position();
            case FLAT_MINIMUM -> TwoBasinSurface.LECTURE.flatMinimum().position();
            case CUSTOM -> new double[] {x1, x2};
        };
    }

    public Sampling sampling() {
        return new Sampling(noise, samples, seed);
    }
}
