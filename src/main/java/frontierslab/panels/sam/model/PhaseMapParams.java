package frontierslab.panels.sam.model;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code sam-phase-map}: the common start (x₁, x₂) of every run, the number of steps N after which each
 * run's end is classified, where gradients come from, and the resolution n of the n × n grid over η (log-spaced in
 * [0.005, 2]) and ρ (evenly spaced in [0, 1.5]), the grid of {@link PhaseMap.Grid#standard}.
 */
public record PhaseMapParams(double x1, double x2, int steps, GradientSource gradient, int resolution) {

    public static final Real X1 = Real.linear("x1", "x₁(0)", "start of every run, first coordinate", -4.0, 4.0, -1.5);
    public static final Real X2 = Real.linear("x2", "x₂(0)", "start of every run, second coordinate", -4.0, 4.0, -1.5);
    public static final Whole STEPS = new Whole("steps", "steps N", "updates of each run before its end is classified",
            1, 2000, 100);
    public static final Choice<GradientSource> GRADIENT = new Choice<>("gradient", "∇L",
            "exact gradient, or the lecture's forward difference (h = 10⁻⁶, ε̂ = ρg/(‖g‖ + 10⁻⁸))",
            GradientSource.class, GradientSource.EXACT);
    public static final Whole RESOLUTION = new Whole("resolution", "grid n × n",
            "cells per side of the (η, ρ) grid", 4, 80, 40);

    public static final ParamSpace<PhaseMapParams> SPACE =
            ParamSpace.of(PhaseMapParams.class, X1, X2, STEPS, GRADIENT, RESOLUTION);

    public PhaseMapParams {
        X1.check(x1);
        X2.check(x2);
        STEPS.check(steps);
        GRADIENT.check(gradient);
        RESOLUTION.check(resolution);
    }

    public PhaseMap.Grid grid() {
        return PhaseMap.Grid.standard(resolution, resolution);
    }

    public PhaseMap.Settings settings() {
        return new PhaseMap.Settings(grid(), x1, x2, steps, gradient);
    }
}
