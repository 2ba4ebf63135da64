package frontierslab.math.eos;

import frontierslab.math.landscape.ValleyLandscape;
import frontierslab.math.landscape.ProductValley;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The valley w₁w₂ = y of {@link ProductValley}: two branches ±(√y e^τ, √y e^{−τ}), τ ∈ ℝ, with sharpness w₁² + w₂².
 *
 * <ul>
 *   <li>Minima of sharpness s ≥ 2y: w₁² + w₂² = s and w₁w₂ = y give (w₁ ± w₂)² = s ± 2y, i.e. the four points
 *       ±(α, β), ±(β, α) with α, β = (√(s + 2y) ± √(s − 2y))/2.</li>
 *   <li>Gradient flow conserves D = w₁² − w₂² and the sign of w₁ + w₂ (d(w₁ + w₂)/dt = −ℓ'(r)(w₁ + w₂)), so it reaches
 *       the minimum with the same D on the branch of that sign: w₁² = (D + √(D² + 4y²))/2, sharpness √(D² + 4y²).
 *       Starts with w₁ + w₂ = 0 flow into the saddle at the origin.</li>
 *   <li>The nearest minimum (t, y/t) to (u, v) makes (t − u, y/t − v) normal to the valley: t⁴ − u t³ + y v t − y² = 0.
 *       Its real roots are bracketed between the real roots of its derivative, which in turn are bracketed by the
 *       roots 0 and u/2 of the second derivative, and found by bisection; the closest candidate wins.</li>
 * </ul>
 */
final class ProductValleyMinima implements Valley {

    private final ProductValley landscape;
    private final double target;

    ProductValleyMinima(ProductValley landscape) {
        this.landscape = landscape;
        this.target = landscape.target();
    }

    @Override
    public ValleyLandscape landscape() {
        return landscape;
    }

    @Override
    public double minimalSharpness() {
        return 2 * target;
    }

    @Override
    public double maximalSharpness() {
        return Double.POSITIVE_INFINITY;
    }

    /** √(D² + 4y²), the sharpness of the minimum gradient flow reaches from w (when it reaches one). */
    double gradientFlowLimitSharpness(double[] w) {
        return Math.hypot(landscape.balance(w), 2 * target);
    }

    @Override
    public Optional<double[]> gradientFlowLimit(double[] w) {
        double sum = w[0] + w[1];
        if (sum == 0) {
            return Optional.empty();
        }
        double d = landscape.balance(w);
        double root = Math.hypot(d, 2 * target);
        // w₁² = (D + √(D² + 4y²))/2 and w₂² = (√(D² + 4y²) − D)/2; take the larger one directly and the other as y/·.
        double large = Math.sqrt(0.5 * (Math.abs(d) + root));
        double small = target / large;
        double w1 = d >= 0 ? large : small;
        double w2 = d >= 0 ? small : large;
        double sign = Math.signum(sum);
        return Optional.of(new double[] {sign * w1, sign * w2});
    }

    @Override
    public double[] nearestMinimum(double[] w) {
        double u = w[0];
        double v = w[1];
        double y = target;
        DoubleUnaryOperator quartic = t -> (((t - u) * t) * t + y * v) * t - y * y;
        DoubleUnaryOperator cubic = t -> (4 * t - 3 * u) * t * t + y * v;
        DoubleUnaryOperator quadratic = t -> (12 * t - 6 * u) * t;
        double bound = 1 + Math.max(Math.max(Math.abs(u), Math.abs(y * v)), y * y);
        double[] bends = {Math.min(0, u / 2), Math.max(0, u / 2)};
        double[] turns = roots(cubic, quadratic, -bound, bends, bound);
        double[] candidates = roots(quartic, cubic, -bound, turns, bound);
        double bestDistance = Double.POSITIVE_INFINITY;
        double[] best = null;
        for (double t : candidates) {
            if (t == 0) {
                continue;
            }
            double[] point = {t, y / t};
            double distance = Math.hypot(point[0] - u, point[1] - v);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = point;
            }
        }
        if (best == null) {
            // Unreachable for finite w: the quartic is −y² < 0 at 0 and positive at ±bound.
            throw new IllegalArgumentException("no nearest minimum for the non-finite point " + u + ", " + v);
        }
        return best;
    }

    /** The roots of f on the consecutive intervals [lo, b₀], [b₀, b₁], …, [b_k, hi] on each of which f is monotone. */
    private static double[] roots(DoubleUnaryOperator f, DoubleUnaryOperator slope, double lo, double[] breaks,
                                  double hi) {
        double[] found = new double[breaks.length + 1];
        int count = 0;
        double left = lo;
        for (int i = 0; i <= breaks.length; i++) {
            double right = i < breaks.length ? breaks[i] : hi;
            if (right > left) {
                double root = BracketedRoot.find(f, slope, left, right);
                if (!Double.isNaN(root)) {
                    found[count++] = root;
                }
            }
            left = Math.max(left, right);
        }
        return java.util.Arrays.copyOf(found, count);
    }

    @Override
    public List<double[]> minimaWithSharpness(double sharpness) {
        double y = target;
        List<double[]> points = new ArrayList<>();
        if (!(sharpness >= 2 * y) || !Double.isFinite(sharpness)) {
            return points;
        }
        double plus = Math.sqrt(sharpness + 2 * y);
        double minus = Math.sqrt(sharpness - 2 * y);
        double alpha = 0.5 * (plus + minus);
        double beta = y / alpha;
        points.add(new double[] {alpha, beta});
        points.add(new double[] {-alpha, -beta});
        if (minus > 0) {
            points.add(new double[] {beta, alpha});
            points.add(new double[] {-beta, -alpha});
        }
        return points;
    }

    @Override
    public List<List<ValleyPoint>> minimaInside(double xMin, double xMax, double yMin, double yMax, int vertices) {
        if (vertices < 2 || !(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("need a non-empty box and at least two vertices");
        }
        List<List<ValleyPoint>> pieces = new ArrayList<>();
        branch(xMin, xMax, yMin, yMax, vertices, 1.0, pieces);
        branch(-xMax, -xMin, -yMax, -yMin, vertices, -1.0, pieces);
        return pieces;
    }

    /** The branch (√y e^τ, √y e^{−τ}) inside the box, multiplied by {@code sign}; the box is given for sign = +1. */
    private void branch(double xMin, double xMax, double yMin, double yMax, int vertices, double sign,
                        List<List<ValleyPoint>> pieces) {
        if (!(xMax > 0 && yMax > 0)) {
            return;
        }
        double root = Math.sqrt(target);
        double tauMax = Math.log(xMax / root);
        double tauMin = Math.log(root / yMax);
        if (xMin > 0) {
            tauMin = Math.max(tauMin, Math.log(xMin / root));
        }
        if (yMin > 0) {
            tauMax = Math.min(tauMax, Math.log(root / yMin));
        }
        if (!(tauMax > tauMin)) {
            return;
        }
        List<ValleyPoint> piece = new ArrayList<>(vertices);
        for (int i = 0; i < vertices; i++) {
            double tau = tauMin + (tauMax - tauMin) * i / (vertices - 1);
            double w1 = root * Math.exp(tau);
            double w2 = root * Math.exp(-tau);
            piece.add(new ValleyPoint(sign * w1, sign * w2, w1 * w1 + w2 * w2));
        }
        pieces.add(List.copyOf(piece));
    }
}
