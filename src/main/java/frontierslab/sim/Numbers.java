package frontierslab.sim;

import java.util.Locale;

/**
 * Numbers as the app shows them to a class. A value that is not finite is never shown as a number: it reads "—".
 */
public final class Numbers {

    private Numbers() {
    }

    /** Three significant digits ({@code %.3g}): the numbers in a status line or a summary sentence. */
    public static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "—";
    }

    /**
     * Three significant digits, two in scientific notation (when |v| ≥ 10⁵ or 0 &lt; |v| &lt; 10⁻³), with a true minus
     * sign (−): the coordinates and distances of the SAM panel.
     */
    public static String withMinus(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        String s = a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.2g", v)
                : String.format(Locale.ROOT, "%.3g", v);
        return s.replace("-", "−");
    }

    /**
     * The shortest decimal that reads back as the same double, as shown in messages and written to CSV and JSON: a
     * whole number without a decimal point ("3", not "3.0"), anything else as {@link Double#toString}.
     */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
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
