package frontierslab.math.landscape;

import java.util.OptionalDouble;

/**
 * The one-dimensional power law f(x) = |x|^q, 1.1 ≤ q ≤ 3, of the lecture's Example 1 (there q = 2.1).
 *
 * <p>f'(x) = q·sign(x)·|x|^{q−1} and f''(x) = q(q−1)|x|^{q−2} for x ≠ 0. At x = 0, f'(0) = 0 and f'' is reported
 * as its limit: +∞ for q &lt; 2 (f is not twice differentiable there), 2 for q = 2, and 0 for q &gt; 2.
 *
 * <p>Gradient descent x ← x − ηf'(x) multiplies x by 1 − ηq|x|^{q−2} = 1 − ηf''(x)/(q − 1), so |x| shrinks on a step
 * iff ηf''(x) &lt; 2(q − 1): for this landscape the edge of stability sits at η·f'' = 2(q − 1), not at 2. The map x ↦ −x
 * is a period-2 orbit at |x*| = (2/(ηq))^{1/(q−2)}, where ηf''(x*) = 2(q − 1); the two-step map has derivative
 * (1 − 2(q − 1))² = (3 − 2q)² there, so the orbit is stable iff 1 &lt; q &lt; 2. For q &gt; 2 it separates runs that
 * converge to 0 (|x₀| &lt; |x*|) from runs that diverge (|x₀| &gt; |x*|).
 */
public record PowerLaw1D(double exponent) implements Landscape {

    public static final double MIN_EXPONENT = 1.1;
    public static final double MAX_EXPONENT = 3.0;

    public PowerLaw1D {
        if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
            throw new IllegalArgumentException("exponent q must lie in [1.1, 3], got " + exponent);
        }
    }

    /** The lecture's Example 1, f = |x|^2.1. */
    public static PowerLaw1D lectureExample() {
        return new PowerLaw1D(2.1);
    }

    public double value(double x) {
        return Math.pow(Math.abs(x), exponent);
    }

    public double derivative(double x) {
        if (x == 0) {
            return 0.0;
        }
        return Math.copySign(exponent * Math.pow(Math.abs(x), exponent - 1), x);
    }

    /** f''(x); at x = 0 its limit (+∞ for q &lt; 2, 2 for q = 2, 0 for q &gt; 2), see the class description. */
    public double secondDerivative(double x) {
        if (x == 0) {
            if (exponent < 2) {
                return Double.POSITIVE_INFINITY;
            }
            return exponent == 2 ? 2.0 : 0.0;
        }
        return exponent * (exponent - 1) * Math.pow(Math.abs(x), exponent - 2);
    }

    /** Whether f''(x) is a finite number (false only at x = 0 for q &lt; 2). */
    public boolean hasFiniteSecondDerivative(double x) {
        return x != 0 || exponent >= 2;
    }

    /** 2(q − 1): the value of η·f'' above which one gradient step moves x further from 0. */
    public double edgeOfStability() {
        return 2 * (exponent - 1);
    }

    /** x_{t+1}/x_t = 1 − ηq|x|^{q−2} for one gradient step from x ≠ 0. */
    public double stepMultiplier(double learningRate, double x) {
        return 1 - learningRate * exponent * Math.pow(Math.abs(x), exponent - 2);
    }

    /** |x*| = (2/(ηq))^{1/(q−2)} of the period-2 orbit x* ↦ −x*; empty for q = 2 (then ηλ = 2 makes every x one) and
     * where q is so close to 2 that the orbit lies at 0 or beyond the range of a double. */
    public OptionalDouble periodTwoAmplitude(double learningRate) {
        if (exponent == 2) {
            return OptionalDouble.empty();
        }
        double amplitude = Math.pow(2 / (learningRate * exponent), 1 / (exponent - 2));
        // For q within a hair of 2 the orbit lies at 0 or beyond any double: no orbit to show.
        return Double.isFinite(amplitude) && amplitude > 0 ? OptionalDouble.of(amplitude) : OptionalDouble.empty();
    }

    /** (3 − 2q)², the derivative of the two-step map on the period-2 orbit. */
    public double periodTwoMultiplier() {
        double m = 3 - 2 * exponent;
        return m * m;
    }

    /** Whether the period-2 orbit attracts nearby runs: iff 1 &lt; q &lt; 2. */
    public boolean periodTwoOrbitIsStable() {
        return exponent < 2;
    }

    /**
     * The |x| where η·f''(x) equals {@code target} (&gt; 0): (target/(ηq(q−1)))^{1/(q−2)}; empty for q = 2, where f''
     * is constant. Useful to place a start at a chosen η·f''.
     */
    public OptionalDouble whereEtaCurvatureEquals(double learningRate, double target) {
        if (exponent == 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(target / (learningRate * exponent * (exponent - 1)), 1 / (exponent - 2)));
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double value(double[] w) {
        return value(w[0]);
    }

    @Override
    public double[] gradient(double[] w, double[] out) {
        out[0] = derivative(w[0]);
        return out;
    }

    /** [[f''(x)]], +∞ at x = 0 when q &lt; 2. */
    @Override
    public double[][] hessian(double[] w) {
        return new double[][] {{secondDerivative(w[0])}};
    }
}
