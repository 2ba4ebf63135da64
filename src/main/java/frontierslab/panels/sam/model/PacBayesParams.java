package frontierslab.panels.sam.model;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile.Perturbation;
import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code sam-pac-bayes}: the point whose r-ball the contour chart shows (the sharp or the flat minimum of
 * the lecture's two-basin surface, or any point), that ball's radius, the largest radius of the profile, and how the
 * expected loss is sampled (Gaussian or uniform in the disc, how many draws, which seed).
 */
public record PacBayesParams(Point point, double x1, double x2, double radius, double maxRadius,
                             Perturbation noise, int samples, int seed) {

    /** Where the ball is drawn. */
    public enum Point {
        /** the sharp, global minimum near A = (−2, −2): L ≈ −5, Hessian eigenvalues ≈ 50 */
        SHARP_MINIMUM,
        /** the flat, local minimum at B = (2, 2): L = −2, Hessian eigenvalues 2 */
        FLAT_MINIMUM,
        /** the point (x₁, x₂) */
        CUSTOM
    }

    public static final Choice<Point> POINT = new Choice<>("point", "point",
            "where the r-ball is drawn: the sharp minimum, the flat minimum, or (x₁, x₂)", Point.class,
            Point.SHARP_MINIMUM);
    public static final Real X1 = Real.linear("x1", "x₁", "the custom point, first coordinate", -4.0, 4.0, -1.5);
    public static final Real X2 = Real.linear("x2", "x₂", "the custom point, second coordinate", -4.0, 4.0, -1.5);
    public static final Real RADIUS = Real.linear("radius", "r",
            "radius of the ball drawn on the contour chart", 0.01, 2.0, 0.3);
    public static final Real MAX_RADIUS = Real.linear("maxRadius", "R", "the profile runs over r ∈ [0, R]",
            0.1, 2.0, 1.0);
    public static final Choice<Perturbation> NOISE = new Choice<>("noise", "noise Q",
            "the random perturbation of the expected loss: ε = r·z, z ~ N(0, I), or ε uniform in the disc ‖ε‖ ≤ r",
            Perturbation.class, Perturbation.GAUSSIAN);
    public static final Whole SAMPLES = new Whole("samples", "samples",
            "Monte Carlo draws of ε per radius (the same draws at every radius and point)", 100, 20000, 2000);
    public static final Whole SEED = new Whole("seed", "seed", "seed of the Monte Carlo draws", 0, 1_000_000, 1);

    public static final ParamSpace<PacBayesParams> SPACE = ParamSpace.of(PacBayesParams.class, POINT, X1, X2, RADIUS,
            MAX_RADIUS, NOISE, SAMPLES, SEED);

    public PacBayesParams {
        POINT.check(point);
        X1.check(x1);
        X2.check(x2);
        RADIUS.check(radius);
        MAX_RADIUS.check(maxRadius);
        NOISE.check(noise);
        SAMPLES.check(samples);
        SEED.check(seed);
    }

    /** The defaults with another point and radius. */
    public static PacBayesParams at(Point point, double radius) {
        return new PacBayesParams(point, X1.defaultValue(), X2.defaultValue(), radius, MAX_RADIUS.defaultValue(),
                Perturbation.GAUSSIAN, SAMPLES.defaultValue(), SEED.defaultValue());
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
