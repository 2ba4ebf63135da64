package frontierslab.plot;

import org.jfree.data.Range;

/**
 * A linear axis with round ticks written by {@link Ticks}, whose automatic range stays readable when the data has no
 * spread: one point (step 0, after a reset) or a curve flat to a millionth of its value gets a range of ±5 % around its
 * value (±1 around 0),
 * and a step axis [t, t + 10], instead of JFreeChart's 10⁻⁸-wide range labelled "1.11E1" ten times.
 */
public final class RoundAxis extends org.jfree.chart.axis.NumberAxis {

    private final boolean steps;

    private RoundAxis(String label, boolean steps) {
        super(label);
        this.steps = steps;
        setAutoRangeIncludesZero(false);
        setStandardTickUnits(steps ? Ticks.integerUnits() : Ticks.units());
    }

    /** An axis of values. */
    public static RoundAxis values(String label) {
        return new RoundAxis(label, false);
    }

    /** An axis of steps, counts, indices: whole-number ticks. */
    public static RoundAxis steps(String label) {
        return new RoundAxis(label, true);
    }

    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        if (!isAutoRange()) {
            return;
        }
        Range r = getRange();
        double c = r.getCentralValue();
        double flat = Math.max(1.5 * getAutoRangeMinimumSize(), 1e-6 * Math.abs(c));
        if (r.getLength() > flat && !(steps && r.getLength() < 1)) {
            return;
        }
        Range readable;
        if (steps) {
            double start = Math.floor(c + 1e-9);
            readable = new Range(start, start + 10);
        } else {
            double half = c == 0 ? 1 : 0.05 * Math.abs(c);
            readable = new Range(c - half, c + half);
        }
        setRange(readable, false, false);
    }
}
