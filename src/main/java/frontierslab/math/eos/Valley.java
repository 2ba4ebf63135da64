package frontierslab.math.eos;

import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ValleyLandscape;
import java.util.List;
import java.util.Optional;

/**
 * A two-parameter landscape whose minima form a curve (a valley) along which the sharpness varies, with the geometry
 * the app needs to draw it: the valley coloured by sharpness, the minima whose sharpness equals 2/η, the minimum
 * nearest to a point and the minimum gradient flow would reach from it.
 *
 * <p>Two implementations: {@link #of(ProductValley)} (the hyperbola w₁w₂ = y) and {@link #of(EllipseValley)} (the
 * ellipse a x² + y² = 1).
 */
public interface Valley {

    static Valley of(ProductValley landscape) {
        return new ProductValleyMinima(landscape);
    }

    static Valley of(EllipseValley landscape) {
        return new EllipseValleyMinima(landscape);
    }

    /** The loss surface L. */
    ValleyLandscape landscape();

    /** A signed distance-like quantity that is zero exactly on the valley (w₁w₂ − y, or 1 − a x² − y²). */
    default double residual(double[] w) {
        return landscape().residual(w);
    }

    /** λ_max(∇²L(w)) at any point, in closed form. */
    default double sharpness(double[] w) {
        return landscape().sharpness(w);
    }

    /** The sharpness at a point of the valley. */
    default double sharpnessAtMinimum(double[] minimum) {
        return landscape().sharpnessAtMinimum(minimum);
    }

    /** The smallest sharpness of any minimum. */
    double minimalSharpness();

    /** The largest sharpness of any minimum (+∞ for the unbounded hyperbola). */
    double maximalSharpness();

    /** The point of the valley closest to w in the Euclidean norm (one of them when several tie). */
    double[] nearestMinimum(double[] w);

    /** The sharpness at {@link #nearestMinimum}: a colouring of the plane by the sharpness of the closest minimum. */
    default double sharpnessOfNearestMinimum(double[] w) {
        return sharpnessAtMinimum(nearestMinimum(w));
    }

    /**
     * The minimum that gradient flow ẇ = −∇L(w) reaches from w, in closed form from the flow's conserved quantity;
     * empty on the measure-zero set of starts that flow to a critical point that is no minimum.
     */
    Optional<double[]> gradientFlowLimit(double[] w);

    /**
     * The minima whose sharpness equals {@code sharpness}: for 2/η these separate the part of the valley where gradient
     * descent can converge (sharpness &lt; 2/η) from the part where it cannot. Empty when no minimum has it (and, for
     * a circle, when every minimum has it).
     */
    List<double[]> minimaWithSharpness(double sharpness);

    /**
     * The valley inside the box [xMin, xMax] × [yMin, yMax] as polylines (one per connected piece), each vertex with its
     * sharpness, for drawing the valley coloured by sharpness. A closed curve entirely inside the box repeats its first
     * vertex at the end.
     *
     * @param vertices how finely to sample each branch (≥ 2)
     */
    List<List<ValleyPoint>> minimaInside(double xMin, double xMax, double yMin, double yMax, int vertices);
}
