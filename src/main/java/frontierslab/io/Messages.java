package frontierslab.io;

/**
 * Text that came from a user or a file, made fit for a one-line message: control characters (NUL, new lines, escape
 * sequences) shown as {@code \u0000}, and long text cut to {@link #ECHO_LIMIT} characters with an ellipsis.
 */
public final class Messages {

    /** The most characters of a user's text echoed back in a message. */
    public static final int ECHO_LIMIT = 80;

    private Messages() {
    }

    /** Text echoed inside a message: cleaned and cut to {@link #ECHO_LIMIT} characters. */
    public static String quote(String text) {
        String cleaned = clean(text);
        return cleaned.length() <= ECHO_LIMIT ? cleaned : cleaned.substring(0, ECHO_LIMIT - 1) + "…";
    }

    /** Every control character written as a visible escape; nothing cut. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /**
     * A whole message made one line: cleaned, every quoted stretch ('…' or "…") longer than {@link #ECHO_LIMIT} cut,
     * and the whole cut at {@code 4 × ECHO_LIMIT} characters past its longest list of allowed values.
     */
    public static String oneLine(String message) {
        String cleaned = clean(message);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < cleaned.length()) {
            char c = cleaned.charAt(i);
            int end = (c == '\'' || c == '"') ? cleaned.indexOf(c, i + 1) : -1;
            if (end > i + ECHO_LIMIT + 1) {
                sb.append(c).append(cleaned, i + 1, i + ECHO_LIMIT).append('…').append(c);
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        int cap = 8 * ECHO_LIMIT;
        return sb.length() <= cap ? sb.toString() : sb.substring(0, cap - 1) + "…";
    }
}
