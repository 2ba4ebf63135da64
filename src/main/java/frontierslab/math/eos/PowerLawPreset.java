package frontierslab.math.eos;

import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.math.landscape.RadialPowerLaw;

/**
 * The lecture's Demo 1 and Example 1 and the configurations that show what really happens on a power law; each
 * one's claim is checked by a test against the run itself (PresetTest).
 */
public enum PowerLawPreset {

    /**
     * Demo 1 as in the lecture: (x² + y²)^1.1 from (2, 2) with η = 0.5: η·λ_max falls from about 1.6 towards 0 and the
     * loss falls on every step; the curvature vanishes at the minimum, so there is no edge of stability.
     */
    DEMO_1,
    /**
     * Demo 1 from far out: The same surface from (15, 15), where η·λ_max exceeds 2(2p − 1) = 2.4: the iterate is not
     * kicked back, it diverges.
     */
    DEMO_1_FROM_FAR_OUT,
    /**
     * Example 1: 2 &lt; η f'' &lt; 2.2: |x|^2.1 with η = 1 from x = 0.5 (η f'' ≈ 2.15): every step overshoots the minimum,
     * yet |x| shrinks: the edge on this surface is 2(q − 1) = 2.2, not 2.
     */
    EXAMPLE_1_SIGN_FLIPS,
    /**
     * Example 1: η f'' &gt; 2.2: |x|^2.1 with η = 1 from x = 1 (η f'' ≈ 2.31): the iterate flips sign and grows on every
     * step; it diverges.
     */
    EXAMPLE_1_DIVERGES,
    /**
     * 1 &lt; q &lt; 2: a period-2 orbit: |x|^1.5 with η = 0.1 from x = 1: the run settles on the orbit x* ↦ −x*, where η f''
     * = 2(q − 1) = 1: in 1-D the edge is a period-2 orbit.
     */
    PERIOD_TWO_ORBIT;

    public PowerLawRun.Result run() {
        return switch (this) {
            case DEMO_1 -> PowerLawRun.demo1();
            case DEMO_1_FROM_FAR_OUT -> PowerLawRun.radial(RadialPowerLaw.lectureDemo(), new double[] {15, 15}, 0.5, 500);
            case EXAMPLE_1_SIGN_FLIPS -> PowerLawRun.oneDimensional(PowerLaw1D.lectureExample(), 0.5, 1.0, 500);
            case EXAMPLE_1_DIVERGES -> PowerLawRun.oneDimensional(PowerLaw1D.lectureExample(), 1.0, 1.0, 500);
            case PERIOD_TWO_ORBIT -> PowerLawRun.oneDimensional(new PowerLaw1D(1.5), 1.0, 0.1, 500);
        };
    }
}
