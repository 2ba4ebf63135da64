package frontierslab.panels.sam.model;

import frontierslab.math.eos.Valley;
import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;
import java.util.Map;

/**
 * The controls of {@code sam-valley}: the valley of minima, gradient descent's and SAM's common step size η, SAM's radius
 * ρ, the common start and the horizon.
 */
public record SamValleyParams(Model model, double eta, double rho, double x1, double x2, int steps) {

    /** The two landscapes whose minima form a curve of varying sharpness. */
    public enum Model {
        /** L = ½(w₁w₂ − 1)²: minima on the hyperbola w₁w₂ = 1, sharpness w₁² + w₂² ≥ 2, flattest at ±(1, 1). */
        PRODUCT,
        /** L = (1 − x²/4 − y²)²: minima on an ellipse, sharpness from 8 at (0, ±1) down to 2 at (±2, 0). */
        ELLIPSE;

        /** The valley this model stands for. */
        public Valley valley() {
            return this == PRODUCT ? PRODUCT_VALLEY : ELLIPSE_VALLEY;
        }
    }

    /** The ellipse's a in a x² + y² = 1: semi-axes 2 and 1, sharpness 8a = 2 at the flattest minima. */
    public static final double ELLIPSE_ASPECT = 0.25;
    private static final Valley PRODUCT_VALLEY = Valley.of(new ProductValley(1.0, ProductValley.Loss.SQUARE));
    private static final Valley ELLIPSE_VALLEY = Valley.of(new EllipseValley(ELLIPSE_ASPECT));

    public static final Choice<Model> MODEL = new Choice<>("model", "valley",
            "product: L = ½(w₁w₂ − 1)²; ellipse: L = (1 − x²/4 − y²)²", Model.class, Model.PRODUCT);
    public static final Real ETA = Real.log("eta", "η", "step size of both gradient descent and SAM", 0.001, 1.0, 0.1);
    public static final Real RHO = Real.linear("rho", "ρ", "SAM's radius: ε̂ = ρ·g/‖g‖ (0 makes SAM gradient descent)",
            0.0, 0.5, 0.1);
    public static final Real X1 = Real.linear("x1", "w₁(0)", "start of both runs, first coordinate", -3.5, 3.5, 3.0);
    public static final Real X2 = Real.linear("x2", "w₂(0)", "start of both runs, second coordinate", -3.5, 3.5, 0.35);
    public static final Whole STEPS = new Whole("steps", "steps", "number of updates of each run", 1, 20000, 3000);

    public static final ParamSpace<SamValleyParams> SPACE =
            ParamSpace.of(SamValleyParams.class, MODEL, ETA, RHO, X1, X2, STEPS);

    public SamValleyParams {
        MODEL.check(model);
        ETA.check(eta);
        RHO.check(rho);
        X1.check(x1);
        X2.check(x2);
        STEPS.check(steps);
    }

    public Valley valley() {
        return model.valley();
    }

    /** Slider marks on η: 2/λ_max at the start, the stability limit of gradient descent there. */
    public static Map<String, Double> markers(String parameter, SamValleyParams p) {
        if (!parameter.equals(ETA.name())) {
            return Map.of();
        }
        double sharpness = p.valley().sharpness(new double[] {p.x1(), p.x2()});
        return sharpness > 0 ? Map.of("2/λ(w₀)", 2 / sharpness) : Map.of();
    }
}
