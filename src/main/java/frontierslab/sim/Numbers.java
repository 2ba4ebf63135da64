package frontierslab.sim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the app shows them to a class, in one style everywhere (status lines, summary sentences, tiles, chart
 * labels): {@code significant} digits, rounded half to even from the double's exact decimal value; plain decimals for
 * magnitudes in [{@value #PLAIN_LOW}, {@value #PLAIN_HIGH}) ("40.00", "0.4912", "12350"), else a power of ten
 * ("1.00×10⁻⁵", "−2.50×10⁶"), never "1E-3"; a true minus sign (−); zero as "0". A value that is not finite is never
 * shown as a number: it reads "—". {@link #exact} is the one other style, for numbers that must read back as the same
 * double (messages naming what the user typed, CSV, JSON). Axis ticks ({@code plot.Ticks}) write their powers of ten
 * with {@link #power}.
 */
public final class Numbers {

    /** Plain notation for magnitudes from here ... */
    public static final double PLAIN_LOW = 1e-3;
    /** ... up to here (excluded). */
    public static final double PLAIN_HIGH = 1e5;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Numbers() {
    }

    /**
     * Exactly {@code significant} digits, so that a number's width does not change from one step to the next: plain
     * between 10⁻³ and 10⁵, else a mantissa with {@code significant} − 2 decimals ("1.00×10⁻⁵" for 4).
     */
    public static String show(double v, int significant) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        double a = Math.abs(rounded.doubleValue());
        int exponent = (int) Math.floor(Math.log10(a) + 1e-9);
        if (a >= PLAIN_LOW && a < PLAIN_HIGH) {
            return minus(rounded.setScale(Math.max(0, significant - 1 - exponent), RoundingMode.HALF_EVEN)
                    .toPlainString());
        }
        return power(v, exponent, Math.max(0, significant - 2), false);
    }

    /**
     * {@link #show}, with the trailing zeros of a plain decimal dropped: for a label or a title, where the width does not
     * matter ("2", "9.1", "0.0177", "6.667").
     */
    public static String compact(double v, int significant) {
        String text = show(v, significant);
        if (text.contains(".") && !text.contains("×")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text;
    }

    /** Three significant digits ({@link #show}): the numbers in a status line or a summary sentence. */
    public static String format(double v) {
        return show(v, 3);
    }

    /** Four significant digits ({@link #show}): a live readout, a tile. */
    public static String readout(double v) {
        return show(v, 4);
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
     * v written as m×10^exponent with {@code digits} decimals of m, trailing zeros dropped when {@code strip}; "10^e"
     * for m = 1 after stripping.
     */
    public static String power(double v, int exponent, int digits, boolean strip) {
        BigDecimal m = new BigDecimal(v).movePointLeft(exponent).setScale(digits, RoundingMode.HALF_EVEN);
        if (m.abs().compareTo(BigDecimal.TEN) >= 0) {
            m = m.movePointLeft(1).setScale(digits, RoundingMode.HALF_EVEN);
            exponent++;
        }
        if (strip) {
            m = m.stripTrailingZeros();
        }
        String mantissa = m.toPlainString();
        String p = decade(exponent);
        if (mantissa.equals("1")) {
            return p;
        }
        if (mantissa.equals("-1")) {
            return "−" + p;
        }
        return minus(mantissa) + "×" + p;
    }

    /** 10^e as text: "10⁻³", "10⁰", "10⁴". */
    public static String decade(int exponent) {
        StringBuilder b = new StringBuilder("10").append(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** A leading hyphen-minus replaced by a true minus sign. */
    public static String minus(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
