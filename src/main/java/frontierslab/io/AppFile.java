package frontierslab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A JSON object the app keeps for itself in the user's app folder (the preferences, the state of the stage), read
 * through {@link JsonFile}. A file that cannot be used is never fatal: it is renamed {@code NAME.corrupt-<time>} beside
 * itself, so that the next write starts afresh and the user can still look at it, and the reader gets one line saying
 * what was wrong and where the file went.
 */
public final class AppFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** What was read: the object, or null (no file, or one set aside); {@code problem} is the one line to show, or null. */
    public record Read(JsonNode document, String problem) {
    }

    /** A check of the document's content that refuses it with a sentence naming the field. */
    @FunctionalInterface
    public interface Check {
        void accept(JsonNode document) throws InputException;
    }

    private AppFile() {
    }

    /**
     * The object in {@code file} if it is one and passes {@code check}; otherwise the file is set aside and the problem
     * begins with {@code what} ("The preferences were not used").
     */
    public static Read read(Path file, String what, Check check) {
        if (!Files.exists(file)) {
            return new Read(null, null);
        }
        try {
            JsonNode document = JsonFile.read(file);
            if (!document.isObject()) {
                throw JsonFile.refused(file, "expected a JSON object, found " + Json.describe(document));
            }
            check.accept(document);
            return new Read(document, null);
        } catch (InputException e) {
            return new Read(null, Messages.oneLine(what + ": " + e.getMessage() + "; " + setAside(file)));
        }
    }

    /** Renames {@code file} to {@code NAME.corrupt-<time>} and says where it went, or that it could not be moved. */
    static String setAside(Path file) {
        String name = file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP);
        Path aside = file.resolveSibling(name);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(name + "-" + n);
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            return "set aside as " + aside.getFileName();
        } catch (IOException e) {
            return "it could not be set aside (" + Messages.quote(String.valueOf(e.getMessage())) + ") and will be replaced";
        }
    }

    /** Refuses the document when {@code field} is present and not of the expected kind. */
    public static void expect(Path file, JsonNode document, String field, Kind kind) throws InputException {
        JsonNode value = document.get(field);
        if (value != null && !value.isNull() && !kind.matches(value)) {
            throw JsonFile.refused(file, "\"" + Messages.quote(field) + "\": expected " + kind.description
                    + ", found " + Json.describe(value));
        }
    }

    /** The JSON kinds a field of an app file may have. */
    public enum Kind {
        TEXT("a string"),
        NUMBER("a number"),
        WHOLE("a whole number of at least 0"),
        FLAG("true or false"),
        TEXTS("a list of strings"),
        OBJECT("an object");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean matches(JsonNode value) {
            return switch (this) {
                case TEXT -> value.isTextual();
                case NUMBER -> value.isNumber() && Double.isFinite(value.doubleValue());
                case WHOLE -> value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0;
                case FLAG -> value.isBoolean();
                case TEXTS -> value.isArray() && value.valueStream().allMatch(JsonNode::isTextual);
                case OBJECT -> value.isObject();
            };
        }
    }
}
