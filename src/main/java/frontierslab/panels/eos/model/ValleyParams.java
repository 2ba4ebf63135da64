package frontierslab.panels.eos.model;

import frontierslab.math.eos.Valley;
import frontierslab.math.eos.ValleyPreset;
import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ProductValley.Loss;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code eos-valley}: the model (the product L = ℓ(w₁w₂ − y) with ℓ = log cosh or s²/2, or the
 * ellipse L = (1 − a w₁² − w₂²)²), its constant (y or a), the step size η, the start (w₁, w₂), dragged on the contour
 * plot, and the number of steps.
 */
public record ValleyParams(
        @Param.Choice(byDefault = "PRODUCT",
                help = "product: L = ℓ(w₁w₂ − y), minima on the hyperbola w₁w₂ = y; ellipse: L = (1 − a x² − y²)²")
        Model model,
        @Param.Choice(label = "ℓ", byDefault = "LOG_COSH",
                help = "the loss of the product model: log cosh, or the square s²/2 (the ellipse ignores it)")
        Loss loss,
        @Param.Linear(min = 0.25, max = 4.0, byDefault = 1.0,
                help = "target of the product model: minima where w₁w₂ = y")
        double y,
        @Param.Linear(min = 0.05, max = 1.0, byDefault = 0.25,
                help = "aspect of the ellipse model: minima where a x² + y² = 1")
        double a,
        @Param.Log(label = "η", min = 0.01, max = 2.0, byDefault = 0.2, help = "step size of gradient descent")
        double eta,
        @Param.Linear(label = "w₁(0)", min = -6.0, max = 6.0, byDefault = 5.5,
                help = "start, first coordinate (drag it on the plot)")
        double w1,
        @Param.Linear(label = "w₂(0)", min = -6.0, max = 6.0, byDefault = 0.3,
                help = "start, second coordinate (drag it on the plot)")
        double w2,
        @Param.Whole(min = 1, max = 10000, byDefault = 500, help = "number of gradient steps")
        int steps) {

    /** Which landscape: the scalar network ℓ(w₁w₂ − y), or the ellipse (1 − a x² − y²)². */
    public enum Model { PRODUCT, ELLIPSE }

    public static final ParamSpace<ValleyParams> SPACE = ParamSpace.of(ValleyParams.class);

    /** The parameters of one of {@link ValleyPreset}'s configurations (the other model's constant at its default). */
    public static ValleyParams of(ValleyPreset preset) {
        double[] start = preset.start();
        ValleyParams d = SPACE.defaults();
        if (preset.valley().landscape() instanceof ProductValley product) {
            return new ValleyParams(Model.PRODUCT, product.loss(), product.target(), d.a,
                    preset.learningRate(), start[0], start[1], preset.steps());
        }
        EllipseValley ellipse = (EllipseValley) preset.valley().landscape();
        return new ValleyParams(Model.ELLIPSE, d.loss, d.y, ellipse.aspect(),
                preset.learningRate(), start[0], start[1], preset.steps());
    }

    public boolean product() {
        return model == Model.PRODUCT;
    }

    /** The landscape with its valley geometry. */
    public Valley valley() {
        return product() ? Valley.of(new ProductValley(y, loss)) : Valley.of(new EllipseValley(a));
    }

    public double[] start() {
        return new double[] {w1, w2};
    }

    public double twoOverEta() {
        return 2 / eta;
    }

    /** Whether two parameter sets describe the same loss surface (what the contour plot draws). */
    public boolean sameSurface(ValleyParams other) {
        return model == other.model && (product() ? loss == other.loss && y == other.y : a == other.a);
    }
}
