package frontierslab.math.landscape;

/**
 * A loss surface whose minima form a curve (a valley), with its closed forms: the residual that vanishes exactly on the
 * valley, λ_max(∇²L) anywhere, and the sharpness at a point of the valley.
 */
public interface ValleyLandscape extends Landscape {

    /** Zero exactly on the valley (w₁w₂ − y, or 1 − a x² − y²). */
    double residual(double[] w);

    /** λ_max(∇²L(w)) at any point. */
    double sharpness(double[] w);

    /** The sharpness at a point of the valley. */
    double sharpnessAtMinimum(double[] minimum);
}
