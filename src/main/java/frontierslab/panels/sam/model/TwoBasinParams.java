package frontierslab.panels.sam.model;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Flag;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controls of {@code sam-two-basin}: the step size η shared by gradient descent and SAM, SAM's radius ρ, the common
 * start (x₁, x₂), the number of steps, where gradients come from (exact, or the lecture's forward difference), and
 * optional twin runs of both methods started δ away in x₁, which show how strongly each method depends on its start.
 */
public record TwoBasinParams(double eta, double rho, double x1, double x2, int steps, GradientSource gradient,
                             boolean twin, double twinOffset, View view) {

    /** What the contour plot frames; it changes nothing in the runs. */
    public enum View {
        /** [−4, 4]², the square of the lecture's figure: both wells. */
        BOTH_WELLS,
        /** A ± 1.5: the sharp well, where the lecture's runs stay. */
        SHARP_WELL,
        /** SAM's current iterate, framed to fit its next update. */
        SAM_UPDATE
    }

    public static final Real ETA = Real.log("eta", "η", "step size of both methods", 0.001, 2.0, 0.1);
    public static final Real RHO = Real.linear("rho", "ρ", "SAM's radius: ε̂ = ρ·∇L/‖∇L‖ (ρ = 0 is gradient descent)",
            0.0, 1.5, 0.5);
    public static final Real X1 = Real.linear("x1", "x₁(0)", "start of both runs, first coordinate", -4.0, 4.0, -1.5);
    public static final Real X2 = Real.linear("x2", "x₂(0)", "start of both runs, second coordinate", -4.0, 4.0, -1.5);
    public static final Whole STEPS = new Whole("steps", "steps", "number of updates of each method", 1, 2000, 100);
    public static final Choice<GradientSource> GRADIENT = new Choice<>("gradient", "∇L",
            "exact gradient, or the lecture's forward difference (h = 10⁻⁶, ε̂ = ρg/(‖g‖ + 10⁻⁸))",
            GradientSource.class, GradientSource.EXACT);
    public static final Flag TWIN = new Flag("twin", "twin runs",
            "also run GD and SAM from (x₁ + δ, x₂): how far apart do the twins end?", false);
    public static final Real TWIN_OFFSET = Real.log("twinOffset", "δ (twin)", "offset of the twin runs' start in x₁",
            1e-15, 1e-3, 1e-12);
    public static final Choice<View> VIEW = new Choice<>("view", "view",
            "what the contour plot frames: both wells, the sharp well, or SAM's next update up close", View.class,
            View.SHARP_WELL);

    public static final ParamSpace<TwoBasinParams> SPACE =
            ParamSpace.of(TwoBasinParams.class, ETA, RHO, X1, X2, STEPS, GRADIENT, TWIN, TWIN_OFFSET, VIEW);

    public TwoBasinParams {
        ETA.check(eta);
        RHO.check(rho);
        X1.check(x1);
        X2.check(x2);
        STEPS.check(steps);
        GRADIENT.check(gradient);
        TWIN_OFFSET.check(twinOffset);
        VIEW.check(view);
    }

    /** No twin runs, the sharp well in view. */
    public TwoBasinParams(double eta, double rho, double x1, double x2, int steps, GradientSource gradient) {
        this(eta, rho, x1, x2, steps, gradient, false, TWIN_OFFSET.defaultValue(), VIEW.defaultValue());
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
        if (!parameter.equals(ETA.name())) {
            return Map.of();
        }
        Map<String, Double> marks = new LinkedHashMap<>();
        marks.put("2/λ(A)", 2 / TwoBasinMinima.SHARP.largerCurvature());
        marks.put("2/λ(B)", 2 / TwoBasinMinima.FLAT.largerCurvature());
        return marks;
    }
}
