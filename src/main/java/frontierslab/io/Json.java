package frontierslab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import frontierslab.sim.ParamSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's one JSON dialect, on Jackson. Reading is strict: standard JSON only (no leading {@code +}, no leading
 * zeros, no NaN literals, no comments), a duplicated key is refused, nesting is limited to {@link #MAX_DEPTH} levels and
 * nothing may follow the value. Writing is indented; an enum is written as its kebab-case key ({@code heavy-ball}); a
 * non-finite number is written as one of the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, never
 * dropped and never as a bare token that other JSON readers refuse.
 */
public final class Json {

    /** The deepest nesting of objects and lists read; deeper input is refused, not recursed into. */
    public static final int MAX_DEPTH = 64;

    private static final JsonMapper MAPPER = mapper();

    /** The mapper of summary records: record components in snake_case ({@code finalLoss} → {@code final_loss}). */
    private static final JsonMapper SUMMARIES = MAPPER.rebuild()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }

    private static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(100)
                        .maxStringLength(1 << 20)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .build();
        SimpleModule enums = new SimpleModule("frontiers-lab-enums");
        enums.addSerializer(Enum.class, new EnumKeySerializer());
        DefaultPrettyPrinter indented = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        return JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(indented)
                .addModule(enums)
                .build();
    }

    @SuppressWarnings("rawtypes")
    private static final class EnumKeySerializer extends StdSerializer<Enum> {
        EnumKeySerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(ParamSpec.Choice.keyOf(value));
        }
    }

    /** Maps, lists, arrays, records, strings, numbers, booleans and null as indented JSON, ending with a newline. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The JSON tree of an experiment's summary record: each component under its name in snake_case (or the name its
     * {@code @JsonProperty} gives), in declaration order; nested records become objects, lists arrays, enums their
     * kebab-case key. Non-finite numbers stay numbers in the tree and are written as {@link #write} says.
     */
    public static JsonNode summary(Record summary) {
        return SUMMARIES.valueToTree(summary);
    }

    /**
     * The summary record of a tree that {@link #summary(Record)} made: the inverse, non-finite numbers included. A
     * generic record ({@code DerivationSummary<F>}) names the classes of its type parameters in {@code parameters}.
     */
    public static <R extends Record> R summary(JsonNode tree, Class<R> type, Class<?>... parameters) {
        try {
            return SUMMARIES.treeToValue(tree, parameters.length == 0 ? SUMMARIES.constructType(type)
                    : SUMMARIES.getTypeFactory().constructParametricType(type, parameters));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A refusal of JSON text: where (line, column, path) and what was expected, in words. */
    public static final class Malformed extends Exception {
        private final int line;

        Malformed(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The line of the problem, from 1. */
        public int line() {
            return line;
        }
    }

    /** The tree of JSON text, or a {@link Malformed} whose message is one sentence about where and what. */
    public static JsonNode tree(String text) throws Malformed {
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw new Malformed("it is empty: expected a JSON object", 1);
                }
                JsonNode node = MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    throw malformed(parser, "expected the end of the file after the JSON value");
                }
                return node;
            } catch (StreamConstraintsException e) {
                String what = e.getOriginalMessage();
                throw malformed(parser, what.contains("depth") ? "nested deeper than " + MAX_DEPTH + " levels"
                        : what.startsWith("Number") ? "a number of more than 100 digits"
                        : "a string longer than 1 MB");
            } catch (JsonProcessingException e) {
                throw malformed(parser, reason(e.getOriginalMessage()));
            }
        } catch (IOException e) {
            throw new Malformed("it cannot be read: " + Messages.clean(e.getMessage()), 1);
        }
    }

    /** {@link #tree} as plain Java: ordered maps, lists, strings, booleans, null and numbers (Integer, Long, Double). */
    public static Object parse(String text) {
        try {
            return plain(tree(text));
        } catch (Malformed e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A tree as plain Java values, as {@link #parse} returns them. */
    public static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(plain(n)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.doubleValue();
        }
        return node.doubleValue();
    }

    /** What a plain value (as {@link #plain} returns) is, in words, for messages: the string "0.3", an object. */
    public static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case JsonNode node -> describe(plain(node));
            case String text -> "the string \"" + Messages.quote(text) + "\"";
            case Number n -> "the number " + n;
            case Boolean b -> b.toString();
            case Map<?, ?> m -> "an object";
            default -> "a list";
        };
    }

    private static Malformed malformed(JsonParser parser, String what) {
        var location = parser.currentLocation();
        int line = Math.max(1, location.getLineNr());
        String path = parser.getParsingContext().pathAsPointer().toString().replace('/', '.');
        if (path.length() > 41) {
            path = ".…" + path.substring(path.length() - 40);
        }
        String where = "line " + line + ", column " + Math.max(1, location.getColumnNr())
                + (path.isEmpty() ? "" : " (at " + path.substring(1) + ")");
        return new Malformed("malformed JSON at " + where + ": " + what, line);
    }

    /** Jackson's reason in the app's words: no character codes, no type names, one line. */
    static String reason(String original) {
        String text = original == null ? "unreadable" : original.lines().findFirst().orElse("unreadable");
        if (text.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete";
        }
        if (text.startsWith("Duplicate field")) {
            return "the key " + text.substring("Duplicate field ".length()).replace('\'', '"')
                    + " appears twice: give each key once";
        }
        if (text.contains("Leading zeroes not allowed")) {
            return "a number may not start with 0 (write 1, not 01)";
        }
        if (text.contains("comment")) {
            return "JSON has no comments: remove them";
        }
        if (text.contains("CTRL-CHAR")) {
            return "a control character inside a string: write it escaped, as \\n or \\u0000";
        }
        if (text.contains("plus sign")) {
            return "a number may not start with + (write 0.3, not +0.3)";
        }
        if (text.contains("Non-standard token") || text.contains("'NaN'") || text.contains("'+INF'")) {
            return "NaN and Infinity are not numbers here: give a finite number";
        }
        text = text.replaceAll(" \\(code \\d+\\)", "").replaceAll(":? *(enable|use) `[^`]*`.*$", "")
                .replace("expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a value (a number, a string, true, false, null, an object or a list)")
                .replace("was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a value (a number, a string, true, false, null, an object or a list)")
                .replace("expected a valid value (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', 'true' or 'false')",
                        "expected a value (a number, a string, true, false, null, an object or a list)");
        return Messages.clean(text);
    }
}
