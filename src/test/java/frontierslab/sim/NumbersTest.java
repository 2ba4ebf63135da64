package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void noStyleShowsANonFiniteValueAsANumber() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals("—", Numbers.format(v));
            assertEquals("—", Numbers.withMinus(v));
            assertEquals("—", Numbers.readout(v));
        }
    }

    @Test
    void formatKeepsThreeSignificantDigits() {
        assertEquals("0.0400", Numbers.format(0.04));
        assertEquals("-1.23e+06", Numbers.format(-1_234_567));
        assertEquals("2.00", Numbers.format(2));
    }

    @Test
    void withMinusUsesATrueMinusAndTwoDigitsInScientificNotation() {
        assertEquals("−1.50", Numbers.withMinus(-1.5));
        assertEquals("3.0e−05", Numbers.withMinus(3e-5));
        assertEquals("−1.2e+05", Numbers.withMinus(-123_456));
        assertEquals("0.00", Numbers.withMinus(0));
    }

    @Test
    void readoutSwitchesToScientificNotationForVeryLargeAndSmallValues() {
        assertEquals("1.999", Numbers.readout(1.9994));
        assertEquals("1.23e+05", Numbers.readout(123_456));
        assertEquals("5.00e-04", Numbers.readout(5e-4));
        assertEquals("0.000", Numbers.readout(0));
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
