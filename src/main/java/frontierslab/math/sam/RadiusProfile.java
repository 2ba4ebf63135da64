package frontierslab.math.sam;

import frontierslab.math.landscape.Landscape;
import frontierslab.math.optim.Sam;
import frontierslab.math.random.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * How the loss around a point w of a 2-D landscape L grows with a radius r (lecture §4, Example 2, the PAC-Bayes
 * sketch of SAM). For each r:
 * <ul>
 *   <li>L(w);</li>
 *   <li>the expected loss E[L(w + ε)] under a random perturbation, by seeded Monte Carlo with its standard error:
 *   {@link Perturbation#GAUSSIAN} ε = r·z, z ~ N(0, I₂) (the PAC-Bayes posterior Q = N(w, r²I) of Foret et al. 2021,
 *   whose KL divergence to a Gaussian prior is closed-form), or {@link Perturbation#UNIFORM_BALL} ε uniform in the
 *   disc ‖ε‖ ≤ r (the lecture's "Q a small ball of radius ρ"). Only the second is bounded by the worst case below:
 *   a Gaussian of scale r leaves the disc of radius r with probability e^{−1/2} ≈ 0.61 in 2-D, and on a quadratic
 *   its expectation ½r²Σλ exceeds the worst case ½λ_max r²;</li>
 *   <li>the SAM objective max over ‖ε‖ ≤ r of L(w + ε) and a maximizer ε*, by a real inner maximization: a scan of
 *   the boundary circle (720 angles) and of the disc (a 101 × 101 grid), then Brent's method along the circle from
 *   the best boundary local maxima and Newton's method on ∇L = 0 from the best interior grid maxima (accepted only
 *   inside the disc with a negative semi-definite Hessian). It is the global maximum unless L has features narrower
 *   than the scan spacing (r·2π/720 on the circle, r/50 inside);</li>
 *   <li>its first-order approximation L(w + ε̂), ε̂ = r·g/‖g‖, g = ∇L(w) (lecture Theorem 4.1), absent where g = 0
 *   (the direction is undefined there).</li>
 * </ul>
 * Monte Carlo uses common random numbers: every call with the same {@link Sampling} draws the same z's, so the
 * estimate is a smooth function of r and of w, and differences between two points or two radii are far less noisy
 * than the standard errors suggest.
 */
public final class RadiusProfile {

    static final int BOUNDARY_ANGLES = 720;
    static final int INTERIOR_GRID = 101;
    private static final int REFINED_CANDIDATES = 4;
    private static final int FLIP_SCAN_STEPS = 200;

    private RadiusProfile() {
    }

    public enum Perturbation { GAUSSIAN, UNIFORM_BALL }

    /** The three radius-dependent losses whose order at two points {@link #flipRadius} compares. */
    public enum Quantity { EXPECTED, WORST_CASE, FIRST_ORDER }

    /** How the expected loss is sampled. */
    public record Sampling(Perturbation perturbation, int samples, long seed) {

        public Sampling {
            Objects.requireNonNull(perturbation);
            if (samples < 2) {
                throw new IllegalArgumentException("need at least two samples");
            }
        }

        public static Sampling gaussian(int samples, long seed) {
            return new Sampling(Perturbation.GAUSSIAN, samples, seed);
        }

        public static Sampling uniformBall(int samples, long seed) {
            return new Sampling(Perturbation.UNIFORM_BALL, samples, seed);
        }
    }

    /** A Monte Carlo mean and its standard error s/√n. */
    public record Estimate(double mean, double standardError) {
    }

    /** L(w + ε) at a perturbation ε = (εx, εy): the worst case ε* or the first-order ε̂. */
    public record Perturbed(double value, double epsilonX, double epsilonY) {

        public double[] epsilon() {
            return new double[] {epsilonX, epsilonY};
        }
    }

    /** Everything at one radius. */
    public record Point(double radius, double loss, Estimate expected, Perturbed worstCase,
            Optional<Perturbed> firstOrder) {
    }

    /**
     * The smallest radius in (0, maxRadius] at which the order of two points by {@code quantity} differs from their
     * order by L (found by a scan of 200 radii, then bisection to 10⁻¹²); absent if there is none, or if the
     * quantity is undefined at either point ({@code defined == false}: a first-order value where g = 0).
     */
    public record Flip(Quantity quantity, OptionalDouble radius, boolean defined) {
    }

    public static List<Point> profile(Landscape f, double[] w, double[] radii, Sampling sampling) {
        requirePlane(f);
        List<Point> points = new ArrayList<>();
        for (double r : radii) {
            points.add(new Point(r, f.value(w), expectedLoss(f, w, r, sampling), worstCase(f, w, r),
                    firstOrder(f, w, r)));
        }
        return List.copyOf(points);
    }

    /** E[L(w + ε)] by {@code sampling.samples()} draws from the seeded stream (two uniforms or normals per draw). */
    public static Estimate expectedLoss(Landscape f, double[] w, double r, Sampling sampling) {
        requirePlane(f);
        requireRadius(r);
        SeededRandom random = new SeededRandom(sampling.seed());
        double[] point = new double[2];
        double mean = 0;
        double sumOfSquares = 0;
        for (int n = 1; n <= sampling.samples(); n++) {
            double ex;
            double ey;
            if (sampling.perturbation() == Perturbation.GAUSSIAN) {
                ex = r * random.normal();
                ey = r * random.normal();
            } else {
                double radius = r * Math.sqrt(random.uniform());
                double angle = 2 * Math.PI * random.uniform();
                ex = radius * Math.cos(angle);
                ey = radius * Math.sin(angle);
            }
            point[0] = w[0] + ex;
            point[1] = w[1] + ey;
            double value = f.value(point);
            double delta = value - mean;
            mean += delta / n;
            sumOfSquares += delta * (value - mean);
        }
        double variance = sumOfSquares / (sampling.samples() - 1);
        return new Estimate(mean, Math.sqrt(variance / sampling.samples()));
    }

    /** L(w + ε̂) with ε̂ = r·g/‖g‖, or empty where g = ∇L(w) = 0. */
    public static Optional<Perturbed> firstOrder(Landscape f, double[] w, double r) {
        requirePlane(f);
        requireRadius(r);
        double[] g = f.gradient(w);
        if (g[0] == 0 && g[1] == 0) {
            return Optional.empty();
        }
        double[] epsilon = Sam.perturbation(g, r, 0);
        return Optional.of(new Perturbed(f.value(new double[] {w[0] + epsilon[0], w[1] + epsilon[1]}), epsilon[0],
                epsilon[1]));
    }

    /** max over ‖ε‖ ≤ r of L(w + ε), with a maximizer ε*; see the class comment for the method. */
    public static Perturbed worstCase(Landscape f, double[] w, double r) {
        requirePlane(f);
        requireRadius(r);
        Best best = new Best(f.value(w), 0, 0);
        if (r == 0) {
            return best.result();
        }
        double[] point = new double[2];

        double[] circle = new double[BOUNDARY_ANGLES];
        for (int k = 0; k < BOUNDARY_ANGLES; k++) {
            double angle = 2 * Math.PI * k / BOUNDARY_ANGLES;
            double ex = r * Math.cos(angle);
            double ey = r * Math.sin(angle);
            circle[k] = value(f, w, ex, ey, point);
            best.offer(circle[k], ex, ey);
        }
        List<int[]> boundaryPeaks = new ArrayList<>();
        for (int k = 0; k < BOUNDARY_ANGLES; k++) {
            double here = circle[k];
            if (here >= circle[(k + BOUNDARY_ANGLES - 1) % BOUNDARY_ANGLES]
                    && here >= circle[(k + 1) % BOUNDARY_ANGLES]) {
                boundaryPeaks.add(new int[] {k});
            }
        }
        boundaryPeaks.sort((a, b) -> Double.compare(circle[b[0]], circle[a[0]]));
        BrentOptimizer brent = new BrentOptimizer(1e-14, 1e-15);
        double step = 2 * Math.PI / BOUNDARY_ANGLES;
        for (int i = 0; i < Math.min(REFINED_CANDIDATES, boundaryPeaks.size()); i++) {
            double centre = boundaryPeaks.get(i)[0] * step;
            UnivariatePointValuePair peak = brent.optimize(new MaxEval(500), GoalType.MAXIMIZE,
                    new UnivariateObjectiveFunction(
                            angle -> value(f, w, r * Math.cos(angle), r * Math.sin(angle), new double[2])),
                    new SearchInterval(centre - step, centre + step, centre));
            double angle = peak.getPoint();
            best.offer(peak.getValue(), r * Math.cos(angle), r * Math.sin(angle));
        }

        int n = INTERIOR_GRID;
        double spacing = 2 * r / (n - 1);
        double[][] grid = new double[n][n];
        for (int i = 0; i < n; i++) {
            double ex = -r + i * spacing;
            for (int j = 0; j < n; j++) {
                double ey = -r + j * spacing;
                if (ex * ex + ey * ey < r * r) {
                    grid[i][j] = value(f, w, ex, ey, point);
                    best.offer(grid[i][j], ex, ey);
                } else {
                    grid[i][j] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        List<int[]> interiorPeaks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != Double.NEGATIVE_INFINITY && isGridPeak(grid, i, j)) {
                    interiorPeaks.add(new int[] {i, j});
                }
            }
        }
        interiorPeaks.sort((a, b) -> Double.compare(grid[b[0]][b[1]], grid[a[0]][a[1]]));
        for (int k = 0; k < Math.min(REFINED_CANDIDATES, interiorPeaks.size()); k++) {
            int[] peak = interiorPeaks.get(k);
            newtonToInteriorMaximum(f, w, r, -r + peak[0] * spacing, -r + peak[1] * spacing, best);
        }
        return best.result();
    }

    /** The value of {@code quantity} at radius r (empty only for a first-order value where g = 0). */
    public static OptionalDouble quantity(Landscape f, double[] w, double r, Quantity quantity, Sampling sampling) {
        return switch (quantity) {
            case EXPECTED -> OptionalDouble.of(expectedLoss(f, w, r, sampling).mean());
            case WORST_CASE -> OptionalDouble.of(worstCase(f, w, r).value());
            case FIRST_ORDER -> firstOrder(f, w, r).map(p -> OptionalDouble.of(p.value()))
                    .orElse(OptionalDouble.empty());
        };
    }

    /** See {@link Flip}. {@code sampling} is used only for {@link Quantity#EXPECTED}. */
    public static Flip flipRadius(Landscape f, double[] first, double[] second, Quantity quantity, double maxRadius,
            Sampling sampling) {
        requirePlane(f);
        requireRadius(maxRadius);
        if (quantity == Quantity.FIRST_ORDER && (firstOrder(f, first, 1).isEmpty()
                || firstOrder(f, second, 1).isEmpty())) {
            return new Flip(quantity, OptionalDouble.empty(), false);
        }
        double initial = Math.signum(f.value(first) - f.value(second));
        if (initial == 0) {
            return new Flip(quantity, OptionalDouble.empty(), true);
        }
        double low = 0;
        for (int k = 1; k <= FLIP_SCAN_STEPS; k++) {
            double high = maxRadius * k / FLIP_SCAN_STEPS;
            if (Math.signum(difference(f, first, second, high, quantity, sampling)) != initial) {
                while (high - low > 1e-12) {
                    double middle = 0.5 * (low + high);
                    if (Math.signum(difference(f, first, second, middle, quantity, sampling)) != initial) {
                        high = middle;
                    } else {
                        low = middle;
                    }
                }
                return new Flip(quantity, OptionalDouble.of(0.5 * (low + high)), true);
            }
            low = high;
        }
        return new Flip(quantity, OptionalDouble.empty(), true);
    }

    private static double difference(Landscape f, double[] first, double[] second, double r, Quantity quantity,
            Sampling sampling) {
        return quantity(f, first, r, quantity, sampling).getAsDouble()
                - quantity(f, second, r, quantity, sampling).getAsDouble();
    }

    private static boolean isGridPeak(double[][] grid, int i, int j) {
        double here = grid[i][j];
        for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
                int a = i + di;
                int b = j + dj;
                if ((di != 0 || dj != 0) && a >= 0 && b >= 0 && a < grid.length && b < grid.length
                        && grid[a][b] > here) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Newton on ∇L(w + ε) = 0 from ε₀; offers the end point if it is a local maximum inside the disc. */
    private static void newtonToInteriorMaximum(Landscape f, double[] w, double r, double ex, double ey, Best best) {
        double[] point = {w[0] + ex, w[1] + ey};
        double[] g = new double[2];
        for (int iteration = 0; iteration < 40; iteration++) {
            f.gradient(point, g);
            double[][] h = f.hessian(point);
            double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            if (!(det != 0) || !Double.isFinite(det)) {
                return;
            }
            double dx = (h[1][1] * g[0] - h[0][1] * g[1]) / det;
            double dy = (h[0][0] * g[1] - h[1][0] * g[0]) / det;
            point[0] -= dx;
            point[1] -= dy;
            ex = point[0] - w[0];
            ey = point[1] - w[1];
            if (!(ex * ex + ey * ey <= r * r)) {
                return;
            }
            if (Math.abs(dx) + Math.abs(dy) <= 1e-15 * (1 + Math.abs(point[0]) + Math.abs(point[1]))) {
                break;
            }
        }
        double[][] h = f.hessian(point);
        double trace = h[0][0] + h[1][1];
        double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        if (trace <= 0 && det >= 0) {
            best.offer(f.value(point), ex, ey);
        }
    }

    private static double value(Landscape f, double[] w, double ex, double ey, double[] point) {
        point[0] = w[0] + ex;
        point[1] = w[1] + ey;
        return f.value(point);
    }

    private static void requirePlane(Landscape f) {
        if (f.dimension() != 2) {
            throw new IllegalArgumentException("a radius profile is drawn for 2-D landscapes, got " + f.dimension());
        }
    }

    private static void requireRadius(double r) {
        if (!(r >= 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("need a finite radius r ≥ 0, got " + r);
        }
    }

    /** The running maximum over candidate perturbations. */
    private static final class Best {
        private double value;
        private double ex;
        private double ey;

        Best(double value, double ex, double ey) {
            this.value = value;
            this.ex = ex;
            this.ey = ey;
        }

        void offer(double candidate, double cx, double cy) {
            if (candidate > value) {
                value = candidate;
                ex = cx;
                ey = cy;
            }
        }

        Perturbed result() {
            return new Perturbed(value, ex, ey);
        }
    }
}
