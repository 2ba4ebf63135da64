package frontierslab.panels.eos.model;

import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code eos-power-law}: the dimension (1-D, the lecture's Example 1 f = |x|^q; 2-D, its Demo 1
 * f = (x² + y²)^{q/2}, so that q = 2.2 is the lecture's (x² + y²)^1.1), the exponent q, the step size η, the start
 * (x₀, y₀; y₀ only in 2-D) and the number of steps.
 *
 * <p>For q &lt; 2 the curvature at the minimum 0 is infinite, so there a start at the origin is refused.
 */
public record PowerLawParams(
        @Param.Choice(byDefault = "ONE_D",
                help = "one-d: f = |x|^q (Example 1); two-d: f = (x² + y²)^(q/2) (Demo 1, q = 2.2)")
        Dimension dimension,
        @Param.Choice(byDefault = "LANDSCAPE",
                help = "landscape: the iterates on f (1-D) or on its contour plot (2-D); cobweb: s_{t+1} against s_t")
        View view,
        @Param.Linear(min = PowerLaw1D.MIN_EXPONENT, max = PowerLaw1D.MAX_EXPONENT, byDefault = 2.1,
                help = "exponent: f = |x|^q in 1-D, (x² + y²)^(q/2) in 2-D")
        double q,
        @Param.Log(label = "η", min = 0.001, max = 10.0, byDefault = 1.0, help = "step size of gradient descent")
        double eta,
        @Param.Linear(label = "x₀", min = -20.0, max = 20.0, byDefault = 0.5, help = "start, first coordinate")
        double x0,
        @Param.Linear(label = "y₀", min = -20.0, max = 20.0, byDefault = 0.5,
                help = "start, second coordinate (2-D only)")
        double y0,
        @Param.Whole(min = 1, max = 5000, byDefault = 500, help = "number of gradient steps")
        int steps) {

    /** 1-D: f = |x|^q; 2-D: f = (x² + y²)^{q/2}. */
    public enum Dimension { ONE_D, TWO_D }

    /** What the main chart shows: the landscape with the iterates, or the cobweb diagram s_{t+1} against s_t. */
    public enum View { LANDSCAPE, COBWEB }

    public static final ParamSpace<PowerLawParams> SPACE = ParamSpace.of(PowerLawParams.class);

    public PowerLawParams {
        boolean atMinimum = x0 == 0 && (dimension == Dimension.ONE_D || y0 == 0);
        if (q < 2 && atMinimum) {
            throw new IllegalArgumentException("for q < 2 the curvature at the minimum 0 is infinite: start away from 0");
        }
    }

    /** Example 1: f = |x|^q from x₀. */
    public static PowerLawParams oneD(double q, double eta, double x0, int steps) {
        return new PowerLawParams(Dimension.ONE_D, View.LANDSCAPE, q, eta, x0, SPACE.defaults().y0(), steps);
    }

    /** Demo 1's family: f = (x² + y²)^{q/2} from (x₀, y₀). */
    public static PowerLawParams twoD(double q, double eta, double x0, double y0, int steps) {
        return new PowerLawParams(Dimension.TWO_D, View.LANDSCAPE, q, eta, x0, y0, steps);
    }

    /** The same run drawn as {@code v}. */
    public PowerLawParams withView(View v) {
        return new PowerLawParams(dimension, v, q, eta, x0, y0, steps);
    }

    public boolean twoDimensional() {
        return dimension == Dimension.TWO_D;
    }

    /** The start as a point: (x₀) in 1-D, (x₀, y₀) in 2-D. */
    public double[] start() {
        return twoDimensional() ? new double[] {x0, y0} : new double[] {x0};
    }

    /**
     * The value of η·λ_max above which one gradient step moves the iterate away from the minimum: 2(q − 1) in 1-D,
     * 2·max(1, q − 1) in 2-D (where for q &lt; 2 the sharpest direction is across the radius, and GD never moves
     * across it).
     */
    public double edgeOfStability() {
        return twoDimensional() ? 2 * Math.max(1, q - 1) : 2 * (q - 1);
    }

    /** η·λ_max as a function of the distance r to the minimum: η·c·r^{q−2} with c = q(q − 1) or q·max(1, q − 1). */
    public double etaLambdaMaxAtRadius(double r) {
        double c = twoDimensional() ? q * Math.max(1, q - 1) : q * (q - 1);
        return eta * c * Math.pow(r, q - 2);
    }

    /** The distance r to the minimum where η·λ_max equals {@code target}; empty for q = 2, where it is constant. */
    public java.util.OptionalDouble radiusWhereEtaLambdaMaxIs(double target) {
        if (q == 2) {
            return java.util.OptionalDouble.empty();
        }
        double c = twoDimensional() ? q * Math.max(1, q - 1) : q * (q - 1);
        return java.util.OptionalDouble.of(Math.pow(target / (eta * c), 1 / (q - 2)));
    }
}
