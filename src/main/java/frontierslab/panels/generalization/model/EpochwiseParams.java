package frontierslab.panels.generalization.model;

import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code dd-epochwise}: the slow block's scale 1/κ, the block sizes, the sample size, the noise, the
 * share of the signal in the slow block and the seed. Every change recomputes the trajectory exactly.
 */
public record EpochwiseParams(double kappa, int fast, int slow, int n, double sigma, double slowShare, int seed) {

    public static final Real KAPPA = Real.log("kappa", "κ",
            "the slow block's inputs are scaled by 1/κ, so GD learns it about κ² times later", 1.0, 1000.0, 30.0);
    public static final Whole FAST = new Whole("fast", "p_F (fast)", "coordinates at scale 1", 1, 200, 50);
    public static final Whole SLOW = new Whole("slow", "p_S (slow)", "coordinates at scale 1/κ", 1, 200, 10);
    public static final Whole N = new Whole("n", "n", "training points", 10, 400, 100);
    public static final Real SIGMA = Real.linear("sigma", "σ", "label noise: y = z·θ + σε", 0.0, 2.0, 0.3);
    public static final Real SLOW_SHARE = Real.linear("slowShare", "s (slow share)",
            "share of the signal ‖θ‖² = 1 carried by the slow block", 0.0, 1.0, 0.5);
    public static final Whole SEED = new Whole("seed", "seed", "draw of the data, teacher and noise", 0, 1_000_000, 0);

    public static final ParamSpace<EpochwiseParams> SPACE =
            ParamSpace.of(EpochwiseParams.class, KAPPA, FAST, SLOW, N, SIGMA, SLOW_SHARE, SEED);

    public EpochwiseParams {
        KAPPA.check(kappa);
        FAST.check(fast);
        SLOW.check(slow);
        N.check(n);
        SIGMA.check(sigma);
        SLOW_SHARE.check(slowShare);
        SEED.check(seed);
    }
}
