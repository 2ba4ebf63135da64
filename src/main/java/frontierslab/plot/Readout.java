package frontierslab.plot;

import frontierslab.sim.Numbers;

/**
 * One live number a class must read from the back row (η·λ_max, the step, the loss), shown on a tile in the GUI and
 * stamped under an exported figure. A value that is not finite is shown as "—" with the reason, never as NaN.
 *
 * <p>A stability gauge (η·λ against 2, λ against 2/η) has three zones: calm below threshold·(1 − {@value #EDGE_BAND}),
 * the edge in amber from there on while the run does not diverge (gradient descent at the edge of stability, Cohen et
 * al., ICLR 2021: η·λ_max rises to 2, overshoots and hovers around it while the loss still falls), and the alarm colour
 * only when the run diverges. A plain gauge has no edge: alarm above its threshold.
 *
 * @param threshold for a gauge, the value above which it turns to its alarm colour (NaN for none)
 * @param max       for a gauge, the end of its scale
 * @param band      for a gauge, where its edge starts below the threshold, relative to it (0 for none)
 * @param diverging for a stability gauge, whether the run diverges (the alarm)
 */
public record Readout(String id, String label, double value, String unit, Kind kind, double threshold, double max,
                      double band, boolean diverging) {

    public enum Kind { GAUGE, NUMBER, COUNT }

    /** Where a gauge's value lies: below the edge band, in it, or above it. */
    public enum Zone { CALM, EDGE, ALARM }

    /** Where a stability gauge's edge starts below its threshold, relative to it. */
    public static final double EDGE_BAND = 0.1;

    public static Readout number(String id, String label, double value, String unit) {
        return new Readout(id, label, value, unit, Kind.NUMBER, Double.NaN, Double.NaN, 0, false);
    }

    public static Readout count(String id, String label, long value) {
        return new Readout(id, label, value, "", Kind.COUNT, Double.NaN, Double.NaN, 0, false);
    }

    /** A gauge that turns to its alarm colour above {@code threshold}. */
    public static Readout gauge(String id, String label, double value, double threshold, double max) {
        return new Readout(id, label, value, "", Kind.GAUGE, threshold, max, 0, false);
    }

    /** A stability gauge: amber from threshold·(1 − {@value #EDGE_BAND}) up, the alarm colour when diverging. */
    public static Readout stability(String id, String label, double value, double threshold, double max,
                                    boolean diverging) {
        return new Readout(id, label, value, "", Kind.GAUGE, threshold, max, EDGE_BAND, diverging);
    }

    public boolean hasValue() {
        return Double.isFinite(value);
    }

    /** Where the edge starts (the threshold for a plain gauge): for a TilesFX section from here to the max. */
    public double edgeLow() {
        return threshold * (1 - band);
    }

    /** The gauge's zone; a number, a count or a missing value is calm. */
    public Zone zone() {
        if (kind != Kind.GAUGE || !Double.isFinite(threshold)) {
            return Zone.CALM;
        }
        if (band > 0) {
            return diverging ? Zone.ALARM : hasValue() && value >= edgeLow() ? Zone.EDGE : Zone.CALM;
        }
        return hasValue() && value > threshold ? Zone.ALARM : Zone.CALM;
    }

    /** True when a stability gauge's run diverges, or a plain gauge's value is above its threshold. */
    public boolean alarm() {
        return zone() == Zone.ALARM;
    }

    /** The value as text: {@link #format}, with the unit; a count as a whole number; "—" when not finite. */
    public String text() {
        if (!hasValue()) {
            return "—";
        }
        if (kind == Kind.COUNT) {
            return Long.toString((long) value);
        }
        return format(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A number as a tile shows it: {@link Numbers#readout} (4 significant digits, "1.00×10⁻⁵", "—" when not finite). */
    public static String format(double v) {
        return Numbers.readout(v);
    }
}
