package frontierslab.app;

import frontierslab.export.AtomicFiles;
import frontierslab.export.ExportException;
import frontierslab.io.AppFile;
import frontierslab.io.AppFile.Kind;
import frontierslab.io.Json;
import frontierslab.sim.Logs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the app remembers between runs, as one small JSON object in the user's app folder ({@value #FILE_NAME}):
 * <pre>{"theme": "dark", "panel": "eos", "width": 1440, "height": 900,
 *  "export.folder": "~/figs", "export.formats": ["png", "svg"], "export.scale": 2, "export.caption": true}</pre>
 * It is read through {@link AppFile} (strict JSON, each known key of its one type; unknown keys are kept as they are)
 * and written whole through {@link AtomicFiles}, so that two copies of the app saving at once leave the file of one of
 * them, never a mixture. A file that cannot be used is set aside, the defaults apply, and {@link #problem} says so.
 */
public final class PreferencesFile {

    public static final String FILE_NAME = "preferences.json";

    /** The known keys and their kinds. */
    static final Map<String, Kind> KEYS = Map.of("theme", Kind.TEXT, "panel", Kind.TEXT, "width", Kind.NUMBER,
            "height", Kind.NUMBER, "export.folder", Kind.TEXT, "export.formats", Kind.TEXTS, "export.scale", Kind.WHOLE,
            "export.caption", Kind.FLAG);

    private static final System.Logger LOG = Logs.logger(PreferencesFile.class);
    private static PreferencesFile user;

    private final Path file;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final String problem;

    private PreferencesFile(Path file) {
        this.file = file;
        AppFile.Read read = AppFile.read(file, "The preferences were not used", document -> {
            for (Map.Entry<String, Kind> key : KEYS.entrySet()) {
                AppFile.expect(file, document, key.getKey(), key.getValue());
            }
        });
        if (read.document() != null) {
            read.document().properties().forEach(e -> values.put(e.getKey(), Json.plain(e.getValue())));
        }
        problem = read.problem();
    }

    /** The preferences in {@code file}, or the defaults when there is none or it cannot be used. */
    public static PreferencesFile load(Path file) {
        return new PreferencesFile(file);
    }

    /** The user's preferences, in the app folder ({@link Logs#appFolder}), read once per run. */
    public static synchronized PreferencesFile user() {
        if (user == null) {
            user = load(Logs.appFolder().resolve(FILE_NAME));
        }
        return user;
    }

    /** Why the file was not used (it was set aside), or null. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    public synchronized String text(String key, String otherwise) {
        return values.get(key) instanceof String s ? s : otherwise;
    }

    public synchronized double number(String key, double otherwise) {
        return values.get(key) instanceof Number n ? n.doubleValue() : otherwise;
    }

    public synchronized int whole(String key, int otherwise) {
        return values.get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    public synchronized boolean flag(String key, boolean otherwise) {
        return values.get(key) instanceof Boolean b ? b : otherwise;
    }

    public synchronized List<String> texts(String key, List<String> otherwise) {
        return values.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : otherwise;
    }

    /** Sets {@code key} (one of {@link #KEYS}) in memory; {@link #save} writes it. */
    public synchronized void put(String key, Object value) {
        Kind kind = KEYS.get(key);
        if (kind == null) {
            throw new IllegalArgumentException("no preference '" + key + "'");
        }
        boolean ok = switch (kind) {
            case TEXT -> value instanceof String;
            case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue());
            case WHOLE -> value instanceof Integer i && i >= 0;
            case FLAG -> value instanceof Boolean;
            case TEXTS -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case OBJECT -> value instanceof Map<?, ?>;
        };
        if (!ok) {
            throw new IllegalArgumentException(key + ": not " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        values.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
    }

    /**
     * Writes every value, whole: a temporary file forced to disk, then renamed over the old one. A failure is logged
     * and returned as one line (the app goes on with the values in memory); null when written.
     */
    public String save() {
        String json;
        synchronized (this) {
            json = Json.write(values);
        }
        try {
            AtomicFiles.write(file, json);
            return null;
        } catch (ExportException e) {
            LOG.log(System.Logger.Level.WARNING, "preferences not saved: " + e.getMessage());
            return "The preferences were not saved: " + e.getMessage();
        }
    }
}
