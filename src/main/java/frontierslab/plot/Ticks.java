package frontierslab.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Numbers as a student reads them, on every axis and wherever a figure writes a number: plain decimals from 10⁻³ up
 * to 10⁴ on axes ("0.004", "250", "5000") and to 10⁵ on their own, powers of ten outside ("2×10⁴", "10⁻⁴",
 * "−3.5×10⁻⁶"), never "1E-3"; the decades of a log axis always as powers ("10⁻³", "10⁰", "10²").
 * Tick units are round: 1, 2 or 5 times a power of ten, each with a format that shows exactly as many decimals as
 * its unit needs, so that ticks of 0.2 read 0.2, 0.4, 0.6 and not 0.2000001.
 */
public final class Ticks {

    /** Plain notation for magnitudes in [{@value #PLAIN_LOW}, {@value #PLAIN_HIGH}) on an axis. */
    public static final double PLAIN_LOW = 1e-3;
    public static final double PLAIN_HIGH = 1e4;
    /** On its own (a tile, a label), plain up to this magnitude. */
    public static final double PLAIN_HIGH_ALONE = 1e5;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

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
            return minus(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
        }
        int exponent = (int) Math.floor(Math.log10(a) + 1e-9);
        int digits = Math.max(0, exponent - unitExponent);
        return power(v, exponent, digits);
    }

    /**
     * A number to show on its own (a tile, a label): up to {@code significant} digits, trailing zeros dropped, plain
     * between 10⁻³ and 10⁵, a power of ten outside.
     */
    public static String number(double v, int significant) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new java.math.MathContext(significant, RoundingMode.HALF_EVEN));
        double a = Math.abs(rounded.doubleValue());
        if (a >= PLAIN_LOW && a < PLAIN_HIGH_ALONE) {
            String s = rounded.stripTrailingZeros().toPlainString();
            return minus(s);
        }
        int exponent = (int) Math.floor(Math.log10(a) + 1e-9);
        return power(rounded.doubleValue(), exponent, significant - 1);
    }

    /** v written as m×10^exponent with up to {@code digits} decimals of m (trailing zeros dropped), "10^e" for m = 1. */
    static String power(double v, int exponent, int digits) {
        BigDecimal m = new BigDecimal(v).movePointLeft(exponent).setScale(digits, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        if (m.abs().compareTo(BigDecimal.TEN) >= 0) {
            m = m.movePointLeft(1).stripTrailingZeros();
            exponent++;
        }
        String mantissa = m.toPlainString();
        String p = "10" + superscript(exponent);
        if (mantissa.equals("1")) {
            return p;
        }
        if (mantissa.equals("-1")) {
            return "−" + p;
        }
        return minus(mantissa) + "×" + p;
    }

    /** 10^e as text for a decade of a log axis: "10⁻³", "10⁰", "10⁴". */
    public static String decade(int exponent) {
        return "10" + superscript(exponent);
    }

    static String superscript(int n) {
        StringBuilder b = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String minus(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
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

    /** Any value on its own, four significant digits: for a log axis between decades, or a marker. */
    public static NumberFormat significant(int digits) {
        return new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
                return toAppendTo.append(number(number, digits));
            }

            @Override
            public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
                return format((double) number, toAppendTo, pos);
            }

            @Override
            public Number parse(String source, ParsePosition parsePosition) {
                return null;
            }
        };
    }
}
