package frontierslab.panels.sam.model;

import frontierslab.math.eos.Valley;
import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;
import java.util.Map;

/**
 * The controls of {@code sam-valley}: the valley of minima, gradient descent's and SAM's common step size η, SAM's radius
 * ρ, the common start and the horizon.
 */
public record SamValleyParams(
        @Param.Choice(label = "valley", byDefault = "PRODUCT",
                help = "product: L = ½(w₁w₂ − 1)²; ellipse: L = (1 − x²/4 − y²)²")
        Model model,
        @Param.Log(label = "η", min = 0.001, max = 1.0, byDefault = 0.1,
                help = "step size of both gradient descent and SAM")
        double eta,
        @Param.Linear(label = "ρ", min = 0.0, max = 0.5, byDefault = 0.1,
                help = "SAM's radius: ε̂ = ρ·g/‖g‖ (0 makes SAM gradient descent)")
        double rho,
        @Param.Linear(label = "w₁(0)", min = -3.5, max = 3.5, byDefault = 3.0,
                help = "start of both runs, first coordinate")
        double x1,
        @Param.Linear(label = "w₂(0)", min = -3.5, max = 3.5, byDefault = 0.35,
                help = "start of both runs, second coordinate")
        double x2,
        @Param.Whole(min = 1, max = 20000, byDefault = 3000, help = "number of updates of each run")
        int steps) {

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

    public static final ParamSpace<SamValleyParams> SPACE = ParamSpace.of(SamValleyParams.class);

    public Valley valley() {
        return model.valley();
    }

    /** Slider marks on η: 2/λ_max at the start, the stability limit of gradient descent there. */
    public static Map<String, Double> markers(String parameter, SamValleyParams p) {
        if (!parameter.equals("eta")) {
            return Map.of();
        }
        double sharpness = p.valley().sharpness(new double[] {p.x1(), p.x2()});
        return sharpness > 0 ? Map.of("2/λ(w₀)", 2 / sharpness) : Map.of();
    }
}
