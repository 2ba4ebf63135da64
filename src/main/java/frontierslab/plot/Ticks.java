package frontierslab.plot;

import frontierslab.sim.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * The numbers of an axis, in the style of {@link Numbers} (which writes every other number the app shows): plain
 * decimals from 10⁻³ up to 10⁴ ("0.004", "250", "5000"), powers of ten outside ("2×10⁴", "10⁻⁴", "−3.5×10⁻⁶"), never
 * "1E-3"; the decades of a log axis always as powers ("10⁻³", "10⁰", "10²").
 * Tick units are round: 1, 2 or 5 times a power of ten, each with a format that shows exactly as many decimals as
 * its unit needs, so that ticks of 0.2 read 0.2, 0.4, 0.6 and not 0.2000001.
 */
public final class Ticks {

    /** Plain notation for magnitudes in [{@value #PLAIN_LOW}, {@value #PLAIN_HIGH}) on an axis. */
    public static final double PLAIN_LOW = 1e-3;
    public static final double PLAIN_HIGH = 1e4;

    private Ticks() {
    }

    /** Round tick units 1, 2, 5 × 10^k from 10⁻¹⁵ to 5×10¹⁵, each with its own format. */
    public static TickUnitSource units() {
        return units(-15);
    }

    /** The same, from 1 up: for steps, counts and indices. */
    public static TickUnitSource integerUnits() {
        return units(0);
    }

    private static TickUnitSource units(int lowestExponent) {
        TickUnits units = new TickUnits();
        for (int e = lowestExponent; e <= 15; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double size = m * Math.pow(10, e);
                units.add(new NumberTickUnit(size, new UnitFormat(size)));
            }
        }
        return units;
    }

    /** A tick value v on an axis whose ticks are {@code unit} apart. */
    public static String tick(double v, double unit) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (Math.abs(v) < unit * 1e-9) {
            return "0";
        }
        double a = Math.abs(v);
        int unitExponent = (int) Math.floor(Math.log10(unit) + 1e-9);
        if (a >= PLAIN_LOW && a < PLAIN_HIGH) {
            int decimals = Math.max(0, -unitExponent);
            return Numbers.minus(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
        }
        int exponent = (int) Math.floor(Math.log10(a) + 1e-9);
        int digits = Math.max(0, exponent - unitExponent);
        return Numbers.power(v, exponent, digits, true);
    }

    /** The format of one tick unit: {@link #tick(double, double)}. */
    static final class UnitFormat extends NumberFormat {

        private final double unit;

        UnitFormat(double unit) {
            this.unit = unit;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(tick(number, unit));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
