package frontierslab.panels.sam.model;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.sim.Numbers;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * The two minima of the lecture's Demo 2 surface L(x) = −(5e^{−5‖x − A‖²} + 2e^{−0.5‖x − B‖²}), with what the plot says
 * of them, all computed: the positions come from Newton's method ({@link TwoBasinSurface#sharpMinimum()},
 * {@link TwoBasinSurface#flatMinimum()}), the Hessian eigenvalues there from Hipparchus' symmetric eigen-decomposition of
 * the exact Hessian, "sharp" and "flat" from comparing the larger eigenvalues, and "global" and "local" from comparing the
 * values of L. (The only other stationary point is a saddle between them, and L → 0 far away, so the lower minimum is
 * the global one.) At A the eigenvalues are 2·5·5 = 50 and L = −5; at B they are 2·0.5·2 = 2 and L = −2: A, the sharp
 * minimum, is the global one, although the lecture's code comment calls it local.
 */
public final class TwoBasinMinima {

    /** The minimum near A = (−2, −2). */
    public static final Basin SHARP;
    /** The minimum near B = (2, 2). */
    public static final Basin FLAT;

    static {
        TwoBasinSurface.Minimum a = TwoBasinSurface.LECTURE.sharpMinimum();
        TwoBasinSurface.Minimum b = TwoBasinSurface.LECTURE.flatMinimum();
        double[] ea = eigenvalues(a.x(), a.y());
        double[] eb = eigenvalues(b.x(), b.y());
        boolean aIsSharper = ea[1] > eb[1];
        boolean aIsLower = a.value() < b.value();
        SHARP = new Basin("A", aIsSharper ? "sharp" : "flat", aIsLower, a.x(), a.y(), a.value(), ea[0], ea[1]);
        FLAT = new Basin("B", aIsSharper ? "flat" : "sharp", !aIsLower, b.x(), b.y(), b.value(), eb[0], eb[1]);
    }

    private TwoBasinMinima() {
    }

    /**
     * One minimum: its letter, "sharp" or "flat", whether it is the global minimum, its position, L there, and the two
     * Hessian eigenvalues, smaller first.
     */
    public record Basin(String letter, String sharpness, boolean global, double x1, double x2, double loss,
                        double smallerCurvature, double largerCurvature) {

        public double distanceFrom(double x, double y) {
            return Math.hypot(x - x1, y - x2);
        }

        /** "global" or "local". */
        public String kind() {
            return global ? "global" : "local";
        }

        /** The label on the plot, e.g. "A: sharp, global min, L = −5.00, λ = 50.0, 50.0". */
        public String label() {
            return letter + ": " + sharpness + ", " + kind() + " min, L = " + Numbers.format(loss) + ", λ = "
                    + Numbers.format(largerCurvature) + ", " + Numbers.format(smallerCurvature);
        }
    }

    /** The eigenvalues of the exact Hessian at (x, y), ascending, by Hipparchus. */
    static double[] eigenvalues(double x, double y) {
        double[][] h = TwoBasinSurface.LECTURE.hessian(new double[] {x, y});
        double[] values = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues().clone();
        java.util.Arrays.sort(values);
        return values;
    }

    /** λ_max of a symmetric 2×2 matrix in closed form: its mean diagonal plus the radius of its Mohr circle. */
    public static double largestEigenvalue(double[][] h) {
        double mean = 0.5 * (h[0][0] + h[1][1]);
        return mean + Math.hypot(0.5 * (h[0][0] - h[1][1]), h[0][1]);
    }

    /** λ_max of the Hessian of L at (x, y). */
    public static double sharpness(double x, double y) {
        return largestEigenvalue(TwoBasinSurface.LECTURE.hessian(new double[] {x, y}));
    }
}
