package frontierslab.export;

/**
 * The JSON of exports, kept under its old name for the callers that read exported files back: the work is done by
 * {@link frontierslab.io.Json} (Jackson, strict reading, non-finite numbers written as {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}).
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        return frontierslab.io.Json.write(value);
    }

    public static Object parse(String text) {
        return frontierslab.io.Json.parse(text);
    }
}
