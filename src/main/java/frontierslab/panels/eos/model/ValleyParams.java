package frontierslab.panels.eos.model;

import frontierslab.math.eos.Valley;
import frontierslab.math.eos.ValleyPreset;
import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ProductValley.Loss;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code eos-valley}: the model (the product L = ℓ(w₁w₂ − y) with ℓ = log cosh or s²/2, or the
 * ellipse L = (1 − a w₁² − w₂²)²), its constant (y or a), the step size η, the start (w₁, w₂), dragged on the contour
 * plot, and the number of steps.
 */
public record ValleyParams(Model model, Loss loss, double y, double a, double eta, double w1, double w2, int steps) {

    /** Which landscape: the scalar network ℓ(w₁w₂ − y), or the ellipse (1 − a x² − y²)². */
    public enum Model { PRODUCT, ELLIPSE }

    public static final Choice<Model> MODEL = new Choice<>("model", "model",
            "product: L = ℓ(w₁w₂ − y), minima on the hyperbola w₁w₂ = y; ellipse: L = (1 − a x² − y²)²", Model.class,
            Model.PRODUCT);
    public static final Choice<Loss> LOSS = new Choice<>("loss", "ℓ",
            "the loss of the product model: log cosh, or the square s²/2 (the ellipse ignores it)", Loss.class,
            Loss.LOG_COSH);
    public static final Real Y = Real.linear("y", "y", "target of the product model: minima where w₁w₂ = y", 0.25, 4.0,
            1.0);
    public static final Real A = Real.linear("a", "a", "aspect of the ellipse model: minima where a x² + y² = 1", 0.05,
            1.0, 0.25);
    public static final Real ETA = Real.log("eta", "η", "step size of gradient descent", 0.01, 2.0, 0.2);
    public static final Real W1 = Real.linear("w1", "w₁(0)", "start, first coordinate (drag it on the plot)", -6.0, 6.0,
            5.5);
    public static final Real W2 = Real.linear("w2", "w₂(0)", "start, second coordinate (drag it on the plot)", -6.0,
            6.0, 0.3);
    public static final Whole STEPS = new Whole("steps", "steps", "number of gradient steps", 1, 10000, 500);

    public static final ParamSpace<ValleyParams> SPACE =
            ParamSpace.of(ValleyParams.class, MODEL, LOSS, Y, A, ETA, W1, W2, STEPS);

    public ValleyParams {
        MODEL.check(model);
        LOSS.check(loss);
        Y.check(y);
        A.check(a);
        ETA.check(eta);
        W1.check(w1);
        W2.check(w2);
        STEPS.check(steps);
    }

    /** The parameters of one of {@link ValleyPreset}'s configurations (the other model's constant at its default). */
    public static ValleyParams of(ValleyPreset preset) {
        double[] start = preset.start();
        if (preset.valley().landscape() instanceof ProductValley product) {
            return new ValleyParams(Model.PRODUCT, product.loss(), product.target(), A.defaultValue(),
                    preset.learningRate(), start[0], start[1], preset.steps());
        }
        EllipseValley ellipse = (EllipseValley) preset.valley().landscape();
        return new ValleyParams(Model.ELLIPSE, LOSS.defaultValue(), Y.defaultValue(), ellipse.aspect(),
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
