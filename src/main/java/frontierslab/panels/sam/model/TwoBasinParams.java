package frontierslab.panels.sam.model;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controls of {@code sam-two-basin}: the step size η shared by gradient descent and SAM, SAM's radius ρ, the common
 * start (x₁, x₂), the number of steps, where gradients come from (exact, or the lecture's forward difference), and
 * optional twin runs of both methods started δ away in x₁, which show how strongly each method depends on its start.
 */
public record TwoBasinParams(
        @Param.Log(label = "η", min = 0.001, max = 2.0, byDefault = 0.1, help = "step size of both methods")
        double eta,
        @Param.Linear(label = "ρ", min = 0.0, max = 1.5, byDefault = 0.5,
                help = "SAM's radius: ε̂ = ρ·∇L/‖∇L‖ (ρ = 0 is gradient descent)")
        double rho,
        @Param.Linear(label = "x₁(0)", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "start of both runs, first coordinate")
        double x1,
        @Param.Linear(label = "x₂(0)", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "start of both runs, second coordinate")
        double x2,
        @Param.Whole(min = 1, max = 2000, byDefault = 100, help = "number of updates of each method")
        int steps,
        @Param.Choice(label = "∇L", byDefault = "EXACT",
                help = "exact gradient, or the lecture's forward difference (h = 10⁻⁶, ε̂ = ρg/(‖g‖ + 10⁻⁸))")
        GradientSource gradient,
        @Param.Flag(label = "twin runs",
                help = "also run GD and SAM from (x₁ + δ, x₂): how far apart do the twins end?")
        boolean twin,
        @Param.Log(label = "δ (twin)", min = 1e-15, max = 1e-3, byDefault = 1e-12,
                help = "offset of the twin runs' start in x₁")
        double twinOffset,
        @Param.Choice(byDefault = "SHARP_WELL",
                help = "what the contour plot frames: both wells, the sharp well, or SAM's next update up close")
        View view) {

    /** What the contour plot frames; it changes nothing in the runs. */
    public enum View {
        /** [−4, 4]², the square of the lecture's figure: both wells. */
        BOTH_WELLS,
        /** A ± 1.5: the sharp well, where the lecture's runs stay. */
        SHARP_WELL,
        /** SAM's current iterate, framed to fit its next update. */
        SAM_UPDATE
    }

    public static final ParamSpace<TwoBasinParams> SPACE = ParamSpace.of(TwoBasinParams.class);

    /** No twin runs, the sharp well in view. */
    public TwoBasinParams(double eta, double rho, double x1, double x2, int steps, GradientSource gradient) {
        this(eta, rho, x1, x2, steps, gradient, false, SPACE.defaults().twinOffset(), SPACE.defaults().view());
    }

    /** The same with twin runs δ away. */
    public TwoBasinParams withTwin(double offset) {
        return new TwoBasinParams(eta, rho, x1, x2, steps, gradient, true, offset, view);
    }

    /** The same seen through another view. */
    public TwoBasinParams withView(View newView) {
        return new TwoBasinParams(eta, rho, x1, x2, steps, gradient, twin, twinOffset, newView);
    }

    /** Slider marks on η: the stability limits 2/λ_max of gradient descent at the two minima. */
    public static Map<String, Double> markers(String parameter, TwoBasinParams p) {
        if (!parameter.equals("eta")) {
            return Map.of();
        }
        Map<String, Double> marks = new LinkedHashMap<>();
        marks.put("2/λ(A)", 2 / TwoBasinMinima.SHARP.largerCurvature());
        marks.put("2/λ(B)", 2 / TwoBasinMinima.FLAT.largerCurvature());
        return marks;
    }
}
