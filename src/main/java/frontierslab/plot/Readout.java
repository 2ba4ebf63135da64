package frontierslab.plot;

import frontierslab.sim.Numbers;

/**
 * One live number a class must read from the back row (η·λ_max, the step, the loss), shown on a tile in the GUI and
 * stamped under an exported figure. A value that is not finite is shown as "—" with the reason, never as NaN.
 *
 * @param threshold for a gauge, the value above which it turns to its alarm colour (NaN for none)
 * @param max       for a gauge, the end of its scale
 */
public record Readout(String id, String label, double value, String unit, Kind kind, double threshold, double max) {

    public enum Kind { GAUGE, NUMBER, COUNT }

    public static Readout number(String id, String label, double value, String unit) {
        return new Readout(id, label, value, unit, Kind.NUMBER, Double.NaN, Double.NaN);
    }

    public static Readout count(String id, String label, long value) {
        return new Readout(id, label, value, "", Kind.COUNT, Double.NaN, Double.NaN);
    }

    public static Readout gauge(String id, String label, double value, double threshold, double max) {
        return new Readout(id, label, value, "", Kind.GAUGE, threshold, max);
    }

    public boolean hasValue() {
        return Double.isFinite(value);
    }

    /** True when a gauge's value is above its threshold. */
    public boolean alarm() {
        return kind == Kind.GAUGE && hasValue() && Double.isFinite(threshold) && value > threshold;
    }

    /** The value as text: 4 significant digits, scientific when very large or small, "—" when not finite. */
    public String text() {
        if (!hasValue()) {
            return "—";
        }
        if (kind == Kind.COUNT) {
            return Long.toString((long) value);
        }
        return format(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** {@link Numbers#readout}. */
    public static String format(double v) {
        return Numbers.readout(v);
    }
}
