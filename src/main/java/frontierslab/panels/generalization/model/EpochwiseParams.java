package frontierslab.panels.generalization.model;

import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code dd-epochwise}: the slow block's scale 1/κ, the block sizes, the sample size, the noise, the
 * share of the signal in the slow block and the seed. Every change recomputes the trajectory exactly.
 */
public record EpochwiseParams(
        @Param.Log(label = "κ", min = 1.0, max = 1000.0, byDefault = 30.0,
                help = "the slow block's inputs are scaled by 1/κ, so GD learns it about κ² times later")
        double kappa,
        @Param.Whole(label = "p_F (fast)", min = 1, max = 200, byDefault = 50, help = "coordinates at scale 1")
        int fast,
        @Param.Whole(label = "p_S (slow)", min = 1, max = 200, byDefault = 10, help = "coordinates at scale 1/κ")
        int slow,
        @Param.Whole(min = 10, max = 400, byDefault = 100, help = "training points")
        int n,
        @Param.Linear(label = "σ", min = 0.0, max = 2.0, byDefault = 0.3, help = "label noise: y = z·θ + σε")
        double sigma,
        @Param.Linear(label = "s (slow share)", min = 0.0, max = 1.0, byDefault = 0.5,
                help = "share of the signal ‖θ‖² = 1 carried by the slow block")
        double slowShare,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 0, help = "draw of the data, teacher and noise")
        int seed) {

    public static final ParamSpace<EpochwiseParams> SPACE = ParamSpace.of(EpochwiseParams.class);

}
