package frontierslab.sim;

import java.util.Locale;

/**
 * Numbers as the app shows them to a class. A value that is not finite is never shown as a number: it reads "—".
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A live readout: 4 significant digits, or scientific notation with 3 when |v| ≥ 10⁵ or 0 &lt; |v| &lt; 10⁻³.
     */
    public static String readout(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
