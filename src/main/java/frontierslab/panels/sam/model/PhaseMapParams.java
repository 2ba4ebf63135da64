package frontierslab.panels.sam.model;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code sam-phase-map}: the common start (x₁, x₂) of every run, the number of steps N after which each
 * run's end is classified, where gradients come from, and the resolution n of the n × n grid over η (log-spaced in
 * [0.005, 2]) and ρ (evenly spaced in [0, 1.5]), the grid of {@link PhaseMap.Grid#standard}.
 */
public record PhaseMapParams(
        @Param.Linear(label = "x₁(0)", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "start of every run, first coordinate")
        double x1,
        @Param.Linear(label = "x₂(0)", min = -4.0, max = 4.0, byDefault = -1.5,
                help = "start of every run, second coordinate")
        double x2,
        @Param.Whole(label = "steps N", min = 1, max = 2000, byDefault = 100,
                help = "updates of each run before its end is classified")
        int steps,
        @Param.Choice(label = "∇L", byDefault = "EXACT",
                help = "exact gradient, or the lecture's forward difference (h = 10⁻⁶, ε̂ = ρg/(‖g‖ + 10⁻⁸))")
        GradientSource gradient,
        @Param.Whole(label = "grid n × n", min = 4, max = 80, byDefault = 40,
                help = "cells per side of the (η, ρ) grid")
        int resolution) {

    public static final ParamSpace<PhaseMapParams> SPACE = ParamSpace.of(PhaseMapParams.class);

    public PhaseMap.Grid grid() {
        return PhaseMap.Grid.standard(resolution, resolution);
    }

    public PhaseMap.Settings settings() {
        return new PhaseMap.Settings(grid(), x1, x2, steps, gradient);
    }
}
