package frontierslab.math.eos;

import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ValleyLandscape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The valley a x² + y² = 1 of {@link EllipseValley}: the points (cos θ/√a, sin θ), with sharpness
 * 8(a²x² + y²) = 8(1 − a(1 − a)x²) between 8a and 8.
 *
 * <ul>
 *   <li>Minima of sharpness s ∈ [8a, 8]: x² = (1 − s/8)/(a(1 − a)), y² = 1 − a x², and their reflections.</li>
 *   <li>Gradient flow keeps x/|y|^a constant (and the signs of x and y), so from (x₀, y₀) it reaches (x₀τ^a, y₀τ)
 *       with τ &gt; 0 the root of a x₀² τ^{2a} + y₀² τ² = 1. Far from the origin τ is tiny (10⁻²⁸ from
 *       |w| = 10¹⁰), so the root is found in logarithms: with u = Y² = e^σ and v = a X² = k u^a,
 *       k = a x₀²/|y₀|^{2a}, σ solves log(e^σ + k e^{aσ}) = 0, whose slope lies in [a, 1]; hence
 *       σ ∈ [−log(1 + k)/a, −log(1 + k)], found by safeguarded Newton to a relative precision, and the sharpness
 *       8(a v + u) of the limit lies in [8a, 8] for every finite start. The origin, a local maximum, has no
 *       limit.</li>
 *   <li>The nearest point uses D. Eberly's robust method ("Distance from a point to an ellipse", Geometric Tools,
 *       2013): for a point (y₀, y₁) in the first quadrant and semi-axes e₀ ≥ e₁, the closest point is
 *       (e₀²y₀/(t + e₀²), e₁²y₁/(t + e₁²)) where t is the unique root of (e₀y₀/(t + e₀²))² + (e₁y₁/(t + e₁²))² = 1
 *       with t &gt; −e₁², found by bisection.</li>
 * </ul>
 */
final class EllipseValleyMinima implements Valley {

    private static final int BISECTION_LIMIT = 1100;

    private final EllipseValley landscape;
    private final double a;

    EllipseValleyMinima(EllipseValley landscape) {
        this.landscape = landscape;
        this.a = landscape.aspect();
    }

    @Override
    public ValleyLandscape landscape() {
        return landscape;
    }

    @Override
    public double minimalSharpness() {
        return landscape.minimalSharpness();
    }

    @Override
    public double maximalSharpness() {
        return landscape.maximalSharpness();
    }

    @Override
    public Optional<double[]> gradientFlowLimit(double[] w) {
        double x0 = w[0];
        double y0 = w[1];
        if (x0 == 0 && y0 == 0) {
            return Optional.empty();
        }
        if (y0 == 0) {
            return Optional.of(new double[] {Math.copySign(1 / Math.sqrt(a), x0), 0.0});
        }
        if (x0 == 0) {
            return Optional.of(new double[] {0.0, Math.copySign(1.0, y0)});
        }
        // Y² = u = e^σ and a X² = v = k u^a with k = a x₀²/|y₀|^{2a}: G(σ) = log(e^σ + k e^{aσ}) = 0, in logs.
        double logK = Math.log(a) + 2 * Math.log(Math.abs(x0)) - 2 * a * Math.log(Math.abs(y0));
        double atZero = logAddExp(0, logK);
        double sigma = BracketedRoot.find(t -> logAddExp(t, logK + a * t),
                t -> a + (1 - a) / (1 + Math.exp(logK + a * t - t)), -atZero / a - 1, 0);
        // halves of the logarithms, so that Y = e^{σ/2} stays a normal number while u = e^σ would be subnormal
        double y = Math.exp(0.5 * sigma);
        double x = Math.exp(0.5 * (logK + a * sigma)) / Math.sqrt(a);
        double scale = 1 / Math.sqrt(a * x * x + y * y);
        return Optional.of(new double[] {Math.copySign(x * scale, x0), Math.copySign(y * scale, y0)});
    }

    /** log(e^p + e^q) without overflow or underflow. */
    private static double logAddExp(double p, double q) {
        double max = Math.max(p, q);
        return max + Math.log1p(Math.exp(-Math.abs(p - q)));
    }

    @Override
    public double[] nearestMinimum(double[] w) {
        double semiX = 1 / Math.sqrt(a);
        double px = Math.abs(w[0]);
        double py = Math.abs(w[1]);
        double[] q;
        if (semiX >= 1) {
            q = closestInFirstQuadrant(semiX, 1, px, py);
        } else {
            double[] swapped = closestInFirstQuadrant(1, semiX, py, px);
            q = new double[] {swapped[1], swapped[0]};
        }
        return new double[] {Math.copySign(q[0], w[0]), Math.copySign(q[1], w[1])};
    }

    /** Eberly's DistancePointEllipse for e0 ≥ e1 &gt; 0 and y0, y1 ≥ 0. */
    private static double[] closestInFirstQuadrant(double e0, double e1, double y0, double y1) {
        if (y1 > 0) {
            if (y0 > 0) {
                double z0 = y0 / e0;
                double z1 = y1 / e1;
                double g = z0 * z0 + z1 * z1 - 1;
                if (g == 0) {
                    return new double[] {y0, y1};
                }
                double r0 = (e0 / e1) * (e0 / e1);
                double s = eberlyRoot(r0, z0, z1, g);
                double[] q = {r0 * y0 / (s + r0), y1 / (s + 1)};
                if (Double.isFinite(q[0]) && Double.isFinite(q[1]) && q[1] <= e1) {
                    return q;
                }
                // y1 so small that s + 1 underflows: the point is on the long axis to working precision.
                return closestInFirstQuadrant(e0, e1, y0, 0);
            }
            return new double[] {0, e1};
        }
        double numerator = e0 * y0;
        double denominator = e0 * e0 - e1 * e1;
        if (numerator < denominator) {
            double ratio = numerator / denominator;
            return new double[] {e0 * ratio, e1 * Math.sqrt(1 - ratio * ratio)};
        }
        return new double[] {e0, 0};
    }

    private static double eberlyRoot(double r0, double z0, double z1, double g) {
        double n0 = r0 * z0;
        double s0 = z1 - 1;
        double s1 = g < 0 ? 0 : Math.hypot(n0, z1) - 1;
        double s = 0;
        for (int i = 0; i < BISECTION_LIMIT; i++) {
            s = 0.5 * (s0 + s1);
            if (s == s0 || s == s1) {
                break;
            }
            double ratio0 = n0 / (s + r0);
            double ratio1 = z1 / (s + 1);
            double value = ratio0 * ratio0 + ratio1 * ratio1 - 1;
            if (value > 0) {
                s0 = s;
            } else if (value < 0) {
                s1 = s;
            } else {
                break;
            }
        }
        return s;
    }

    @Override
    public List<double[]> minimaWithSharpness(double sharpness) {
        List<double[]> points = new ArrayList<>();
        if (a == 1 || !(sharpness >= 8 * a && sharpness <= 8)) {
            return points;
        }
        double x = Math.sqrt(Math.max(0, (1 - sharpness / 8) / (a * (1 - a))));
        double y = Math.sqrt(Math.max(0, 1 - a * x * x));
        for (double sx : new double[] {1, -1}) {
            for (double sy : new double[] {1, -1}) {
                if ((sx < 0 && x == 0) || (sy < 0 && y == 0)) {
                    continue;
                }
                points.add(new double[] {sx * x, sy * y});
            }
        }
        return points;
    }

    @Override
    public List<List<ValleyPoint>> minimaInside(double xMin, double xMax, double yMin, double yMax, int vertices) {
        if (vertices < 2 || !(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("need a non-empty box and at least two vertices");
        }
        double semiX = 1 / Math.sqrt(a);
        List<List<ValleyPoint>> pieces = new ArrayList<>();
        List<ValleyPoint> current = new ArrayList<>();
        boolean firstInside = false;
        for (int i = 0; i < vertices; i++) {
            double theta = 2 * Math.PI * i / vertices;
            double x = semiX * Math.cos(theta);
            double y = Math.sin(theta);
            boolean inside = x >= xMin && x <= xMax && y >= yMin && y <= yMax;
            if (i == 0) {
                firstInside = inside;
            }
            if (inside) {
                current.add(new ValleyPoint(x, y, landscape.sharpnessAtMinimum(new double[] {x, y})));
            } else if (!current.isEmpty()) {
                pieces.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            if (pieces.isEmpty() && firstInside) {
                current.add(current.get(0));
                pieces.add(current);
            } else if (firstInside && !pieces.isEmpty()) {
                // The last piece runs through θ = 2π into the first one: join them.
                List<ValleyPoint> joined = new ArrayList<>(current);
                joined.addAll(pieces.get(0));
                pieces.set(0, joined);
            } else {
                pieces.add(current);
            }
        }
        List<List<ValleyPoint>> frozen = new ArrayList<>();
        for (List<ValleyPoint> piece : pieces) {
            frozen.add(List.copyOf(piece));
        }
        return frozen;
    }
}
