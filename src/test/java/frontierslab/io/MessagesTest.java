package frontierslab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aLongQuotedEchoIsCutAndTheRestOfTheMessageKept() {
        String m = Messages.oneLine("unknown parameter '" + "x".repeat(100_000) + "': allowed eta, rho");
        assertTrue(m.startsWith("unknown parameter '" + "x".repeat(Messages.ECHO_LIMIT - 1) + "…'"), m);
        assertTrue(m.endsWith("': allowed eta, rho"), m);
    }

    @Test
    void anApostropheInsideAWordIsNotAQuote() {
        String text = "the lecturer's folder " + "y".repeat(200) + " isn't writable";
        assertEquals(text, Messages.oneLine(text));
    }

    @Test
    void controlCharactersAreShownAsEscapes() {
        assertEquals("a\\u0000b\\u000ac\\u001b[1m", Messages.oneLine("a\u0000b\nc\u001b[1m"));
    }
}
