package frontierslab.math.eos;

import java.util.function.DoubleUnaryOperator;

/**
 * A root of a function inside a bracket [a, b] where it changes sign, by Newton's method safeguarded with bisection
 * (rtsafe, Press et al., Numerical Recipes, §9.4): a Newton step x ← x − f(x)/f'(x) is taken only when it stays in
 * the current bracket and at least halves the previous step; otherwise the bracket is bisected. It stops when a step
 * falls below 1e-16 relative or no longer changes x.
 */
final class BracketedRoot {

    private static final int ITERATION_LIMIT = 300;

    private BracketedRoot() {
    }

    /** The root in [a, b], or NaN when f(a) and f(b) have the same sign (a private marker, never passed on). */
    static double find(DoubleUnaryOperator f, DoubleUnaryOperator slope, double a, double b) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if ((fa > 0) == (fb > 0)) {
            return Double.NaN;
        }
        double low = fa < 0 ? a : b;
        double high = fa < 0 ? b : a;
        double x = 0.5 * (a + b);
        double step = Math.abs(b - a);
        double previousStep = step;
        double fx = f.applyAsDouble(x);
        double dfx = slope.applyAsDouble(x);
        if (fx == 0) {
            return x;
        }
        if (fx < 0) {
            low = x;
        } else {
            high = x;
        }
        for (int i = 0; i < ITERATION_LIMIT; i++) {
            boolean newtonLeavesBracket = ((x - high) * dfx - fx) * ((x - low) * dfx - fx) > 0;
            boolean newtonTooSlow = Math.abs(2 * fx) > Math.abs(previousStep * dfx);
            if (newtonLeavesBracket || newtonTooSlow || !Double.isFinite(dfx)) {
                previousStep = step;
                step = 0.5 * (high - low);
                double next = low + step;
                if (next == low || next == high) {
                    return next;
                }
                x = next;
            } else {
                previousStep = step;
                step = fx / dfx;
                double next = x - step;
                if (next == x) {
                    return x;
                }
                x = next;
            }
            if (Math.abs(step) <= 1e-16 * Math.max(1.0, Math.abs(x))) {
                return x;
            }
            fx = f.applyAsDouble(x);
            dfx = slope.applyAsDouble(x);
            if (fx == 0) {
                return x;
            }
            if (fx < 0) {
                low = x;
            } else {
                high = x;
            }
        }
        return x;
    }
}
