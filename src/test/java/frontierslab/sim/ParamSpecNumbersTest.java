package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A number typed by a user has one spelling: a decimal with an optional exponent, as in JSON. */
class ParamSpecNumbersTest {

    private static final ParamSpec.Real ETA = new ParamSpec.Real("eta", "η", "step size", 0.001, 3, 0.1, ParamSpec.Scale.LOG);
    private static final ParamSpec.Whole STEPS = new ParamSpec.Whole("steps", "steps", "horizon", 1, 2000, 100);

    @ParameterizedTest
    @CsvSource({"0.3, 0.3", "3e-2, 0.03", "3E-2, 0.03", "1.5e+0, 1.5", "' 0.25 ', 0.25", "2, 2"})
    void aDecimalWithAnOptionalExponentIsANumber(String text, double value) {
        assertEquals(value, (double) ETA.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1p-2", "0.5d", "0.5f", "NaN", "Infinity", "+0.3", ".3", "1.", "01", "1_0", "0,3", "1e",
        "0.3\u0000", "", "e3", "0.3 0.4"})
    void everyOtherSpellingIsRefusedByName(String text) {
        String m = assertThrows(IllegalArgumentException.class, () -> ETA.parse(text)).getMessage();
        assertTrue(m.startsWith("eta = '"), m);
        assertTrue(m.contains("is not a number"), m);
    }

    @ParameterizedTest
    @CsvSource({"100, 100", "1e2, 100", "2000, 2000"})
    void aWholeNumberMayBeWrittenWithAnExponent(String text, int value) {
        assertEquals(value, (int) STEPS.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e10|steps = 10000000000 is out of range: allowed 1 … 2000",
        "100000000000000000000000|steps = 1.0E23 is out of range: allowed 1 … 2000",
        "2.5|steps must be a whole number",
        "0x10|steps = '0x10' is not a whole number"})
    void aWholeNumberOutOfRangeIsReportedAsTyped(String text, String message) {
        String m = assertThrows(IllegalArgumentException.class, () -> STEPS.parse(text)).getMessage();
        assertTrue(m.startsWith(message), m);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e10, 3e9, -3e9})
    void aWholeValueBeyondIntIsNotClampedInTheMessage(double value) {
        String m = assertThrows(IllegalArgumentException.class, () -> STEPS.check((Object) value)).getMessage();
        assertTrue(!m.contains("2147483647") && !m.contains("-2147483648"), m);
    }
}
