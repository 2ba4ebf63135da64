package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void aValueThatIsNotFiniteIsNeverShownAsANumber() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (int significant = 1; significant <= 6; significant++) {
                assertEquals("—", Numbers.show(v, significant));
                assertEquals("—", Numbers.compact(v, significant));
            }
        }
    }

    @Test
    void showKeepsExactlyTheSignificantDigitsPlainBetweenAThousandthAndAHundredThousand() {
        assertEquals("0.0400", Numbers.format(0.04));
        assertEquals("2.00", Numbers.format(2));
        assertEquals("1230", Numbers.format(1234.5));
        assertEquals("1.999", Numbers.readout(1.9994));
        assertEquals("12350", Numbers.readout(12345.6));
        assertEquals("0", Numbers.readout(0));
    }

    @Test
    void outsideThePlainRangeAPowerOfTenWithATrueMinus() {
        assertEquals("−1.2×10⁶", Numbers.format(-1_234_567));
        assertEquals("3.0×10⁻⁵", Numbers.format(3e-5));
        assertEquals("1.23×10⁵", Numbers.readout(123_456));
        assertEquals("5.00×10⁻⁴", Numbers.readout(5e-4));
        assertEquals("−1.50", Numbers.format(-1.5));
    }

    @Test
    void roundingUpToTheNextDecadeMovesTheExponent() {
        assertEquals("1.00×10⁵", Numbers.readout(99_999.9));
        assertEquals("0.001000", Numbers.readout(0.00099999));
        assertEquals("1.0×10⁻⁴", Numbers.format(0.000099999));
    }

    @Test
    void compactDropsTrailingZerosOfAPlainDecimalOnly() {
        assertEquals("2", Numbers.compact(2.0, 4));
        assertEquals("9.1", Numbers.compact(9.1, 4));
        assertEquals("6.667", Numbers.compact(20.0 / 3, 4));
        assertEquals("0.0177", Numbers.compact(0.01771, 3));
        assertEquals("1.00×10⁻⁵", Numbers.compact(1e-5, 4));
    }

    @Test
    void everyShownValueIsTheDoubleRoundedToItsDigits() {
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 2000; i++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 16 - 8);
            String text = Numbers.readout(v).replace("−", "-");
            int times = text.indexOf("×10");
            double read = times < 0 ? Double.parseDouble(text)
                    : Double.parseDouble(text.substring(0, times)) * Math.pow(10, exponent(text.substring(times + 3)));
            assertEquals(v, read, Math.abs(v) * (times < 0 ? 5e-4 : 5e-3), text);
        }
    }

    private static int exponent(String superscripts) {
        StringBuilder b = new StringBuilder();
        for (char c : superscripts.toCharArray()) {
            b.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return Integer.parseInt(b.toString());
    }

    @Test
    void exactReadsBackAsTheSameDouble() {
        assertEquals("3", Numbers.exact(3.0));
        assertEquals("-0.1", Numbers.exact(-0.1));
        for (double v : new double[] {0.1 + 0.2, 1e-300, 123456.789, 1e15, -2.5e20}) {
            assertEquals(v, Double.parseDouble(Numbers.exact(v)));
        }
    }
}
