package frontierslab.math.bias;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * Interpolators of an underdetermined system Xw = y (n &lt; d, X of full row rank) that gradient descent on a diagonal
 * network is compared with (Woodworth et al. 2020, arXiv 1906.05827):
 * <ul>
 *   <li>the minimum-ℓ2 one w₂ = Xᵀ(XXᵀ)⁻¹y (the limit for large initialization α, the "kernel regime");</li>
 *   <li>the minimum-ℓ1 one w₁ = argmin ‖w‖₁ s.t. Xw = y (the limit as α → 0, the "rich regime"), by linear
 *       programming: w = p − q, p, q ≥ 0, minimise Σp + Σq s.t. X(p − q) = y (Hipparchus {@link SimplexSolver}),
 *       then refined by solving Xw = y by least squares on the support the simplex found;</li>
 *   <li>the exact gradient-flow limit for each α: the minimiser of the hypentropy potential
 *       Q_α(w) = α² Σ q(w_i/α²), q(z) = 2 − √(4 + z²) + z·arsinh(z/2), s.t. Xw = y. Since q'(z) = arsinh(z/2) the
 *       optimality condition is w = 2α² sinh(Xᵀλ); λ minimises the dual D(λ) = 2α² Σ cosh((Xᵀλ)_i) − λᵀy, found by
 *       Newton's method with backtracking (a step is accepted if it lowers D enough or, where D no longer changes
 *       above its rounding, if it lowers ‖∇D‖ = ‖Xw − y‖ enough).</li>
 * </ul>
 */
public final class MinimumNormInterpolators {

    private MinimumNormInterpolators() {
    }

    /** w₂ = Xᵀ(XXᵀ)⁻¹y. */
    public static double[] minimumL2(SparseRegressionProblem problem) {
        RealMatrix x = new Array2DRowRealMatrix(problem.designView(), false);
        RealMatrix gram = x.multiplyTransposed(x);
        double[] z = new LUDecomposition(gram).getSolver().solve(new ArrayRealVector(problem.targetsView(), false))
                .toArray();
        return x.preMultiply(z);
    }

    /** w₁ = argmin ‖w‖₁ s.t. Xw = y, by the simplex method (see the class comment). */
    public static double[] minimumL1(SparseRegressionProblem problem) {
        int n = problem.samples();
        int d = problem.features();
        double[][] x = problem.designView();
        double[] y = problem.targetsView();
        double[] ones = new double[2 * d];
        java.util.Arrays.fill(ones, 1.0);
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            double[] row = new double[2 * d];
            for (int j = 0; j < d; j++) {
                row[j] = x[r][j];
                row[d + j] = -x[r][j];
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, y[r]));
        }
        // Bland's rule: the LP is highly degenerate when the truth is very sparse and n is large (a 1-sparse truth
        // from 51 samples made Dantzig's rule cycle past 100,000 pivots); Bland's never cycles
        PointValuePair solution = new SimplexSolver().optimize(new MaxIter(100_000),
                new LinearObjectiveFunction(ones, 0), new LinearConstraintSet(constraints), GoalType.MINIMIZE,
                new NonNegativeConstraint(true), org.hipparchus.optim.linear.PivotSelectionRule.BLAND);
        double[] pq = solution.getPoint();
        double[] w = new double[d];
        double scale = 0;
        for (int j = 0; j < d; j++) {
            w[j] = pq[j] - pq[d + j];
            scale = Math.max(scale, Math.abs(w[j]));
        }
        return refineOnSupport(problem, w, 1e-7 * Math.max(scale, 1e-300));
    }

    /** Solves Xw = y on the columns where |w_j| &gt; tolerance (a vertex of the LP has at most n of them). */
    private static double[] refineOnSupport(SparseRegressionProblem problem, double[] w, double tolerance) {
        int[] support = java.util.stream.IntStream.range(0, w.length).filter(j -> Math.abs(w[j]) > tolerance).toArray();
        int n = problem.samples();
        if (support.length == 0 || support.length > n) {
            return w;
        }
        double[][] x = problem.designView();
        double[][] columns = new double[n][support.length];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < support.length; c++) {
                columns[r][c] = x[r][support[c]];
            }
        }
        DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(columns, false)).getSolver();
        double[] coefficients;
        try {
            coefficients = solver.solve(new ArrayRealVector(problem.targetsView(), false)).toArray();
        } catch (org.hipparchus.exception.MathIllegalArgumentException singular) {
            return w;
        }
        double[] refined = new double[w.length];
        for (int c = 0; c < support.length; c++) {
            refined[support[c]] = coefficients[c];
        }
        return residualNorm(problem, refined) <= residualNorm(problem, w) ? refined : w;
    }

    static double residualNorm(SparseRegressionProblem problem, double[] w) {
        double[] r = new double[problem.samples()];
        problem.residual(w, r);
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** q(z) = 2 − √(4 + z²) + z·arsinh(z/2). */
    public static double q(double z) {
        return 2 - Math.sqrt(4 + z * z) + z * asinh(z / 2);
    }

    /** Q_α(w) = α² Σ q(w_i/α²). */
    public static double hypentropy(double[] w, double alpha) {
        double a2 = alpha * alpha;
        double s = 0;
        for (double wi : w) {
            s += q(wi / a2);
        }
        return a2 * s;
    }

    static double asinh(double z) {
        double a = Math.abs(z);
        double r = a > 1e8 ? Math.log(2 * a) : Math.log(a + Math.sqrt(a * a + 1));
        return Math.copySign(r, z);
    }

    /**
     * The minimiser of Q_α on {Xw = y}, with the Newton iterations it took and its final residual ‖Xw − y‖;
     * {@code converged} is false if the residual did not fall below 10⁻¹⁰·(1 + ‖y‖) (then w is the best iterate).
     */
    public record HypentropyLimit(double[] weights, int iterations, double residual, boolean converged) {
    }

    /** The gradient-flow limit of the diagonal network started at u = v = α (see the class comment). */
    public static HypentropyLimit hypentropyLimit(SparseRegressionProblem problem, double alpha) {
        int n = problem.samples();
        int d = problem.features();
        double[][] x = problem.designView();
        double[] y = problem.targetsView();
        double twoA2 = 2 * alpha * alpha;
        double yNorm = 0;
        for (double v : y) {
            yNorm += v * v;
        }
        double tolerance = 1e-10 * (1 + Math.sqrt(yNorm));
        double[] lambda = new double[n];
        double[] w = new double[d];
        double best = Double.POSITIVE_INFINITY;
        double[] bestW = new double[d];
        int iteration = 0;
        for (; iteration < 500; iteration++) {
            double[] s = transposeTimes(x, lambda);
            double[] cosh = new double[d];
            for (int j = 0; j < d; j++) {
                w[j] = twoA2 * Math.sinh(s[j]);
                cosh[j] = twoA2 * Math.cosh(s[j]);
            }
            double[] gradient = new double[n];
            problem.residual(w, gradient);
            double norm = 0;
            for (double v : gradient) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm < best) {
                best = norm;
                bestW = w.clone();
            }
            if (norm <= tolerance) {
                return new HypentropyLimit(w.clone(), iteration, norm, true);
            }
            double[][] hessian = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = a; b < n; b++) {
                    double h = 0;
                    for (int j = 0; j < d; j++) {
                        h += x[a][j] * cosh[j] * x[b][j];
                    }
                    hessian[a][b] = h;
                    hessian[b][a] = h;
                }
            }
            double[] direction;
            try {
                direction = new LUDecomposition(new Array2DRowRealMatrix(hessian, false)).getSolver()
                        .solve(new ArrayRealVector(gradient, false)).toArray();
            } catch (org.hipparchus.exception.MathIllegalArgumentException singular) {
                break;
            }
            double slope = 0;
            for (int a = 0; a < n; a++) {
                slope += gradient[a] * direction[a];
            }
            double value = dual(x, y, lambda, twoA2);
            double t = 1;
            double[] trial = new double[n];
            while (t > 1e-14) {
                for (int a = 0; a < n; a++) {
                    trial[a] = lambda[a] - t * direction[a];
                }
                double next = dual(x, y, trial, twoA2);
                if (Double.isFinite(next) && (next <= value - 0.25 * t * slope
                        || dualGradientNorm(problem, trial, twoA2) <= (1 - 0.25 * t) * norm)) {
                    break;
                }
                t *= 0.5;
            }
            if (t <= 1e-14) {
                break;
            }
            System.arraycopy(trial, 0, lambda, 0, n);
        }
        return new HypentropyLimit(bestW, iteration, best, false);
    }

    /** ‖X·2α² sinh(Xᵀλ) − y‖: near the optimum D(λ) changes by less than its rounding, this still decreases. */
    private static double dualGradientNorm(SparseRegressionProblem problem, double[] lambda, double twoA2) {
        double[] s = transposeTimes(problem.designView(), lambda);
        for (int j = 0; j < s.length; j++) {
            s[j] = twoA2 * Math.sinh(s[j]);
        }
        return residualNorm(problem, s);
    }

    private static double dual(double[][] x, double[] y, double[] lambda, double twoA2) {
        double[] s = transposeTimes(x, lambda);
        double v = 0;
        for (double sj : s) {
            v += twoA2 * Math.cosh(sj);
        }
        for (int a = 0; a < y.length; a++) {
            v -= lambda[a] * y[a];
        }
        return v;
    }

    private static double[] transposeTimes(double[][] x, double[] lambda) {
        double[] s = new double[x[0].length];
        for (int a = 0; a < x.length; a++) {
            double c = lambda[a];
            for (int j = 0; j < s.length; j++) {
                s[j] += x[a][j] * c;
            }
        }
        return s;
    }
}
