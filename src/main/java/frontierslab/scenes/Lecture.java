package frontierslab.scenes;

import frontierslab.app.Registry;
import frontierslab.export.AtomicFiles;
import frontierslab.export.ExportException;
import frontierslab.io.InputException;
import frontierslab.io.Json;
import frontierslab.io.JsonFile;
import frontierslab.io.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of scenes in one JSON file:
 * <pre>{"version": 1, "title": "…", "scenes": [{"title": "…", "note": "…", "experiment": "eos-quadratic",
 *   "preset": "edge", "parameters": {"eta": 0.3}, "steps": 40 | "end", "view": {…}}, …]}</pre>
 * Reading is strict ({@link JsonFile}: size, nesting, encoding, duplicate keys) and checks every scene against the
 * registry; a scene that names an unknown experiment, preset, parameter, chart or value, or has a value of the wrong
 * type, is left out with a problem that names the file, the scene and what is wrong, and the other scenes still load.
 * A file that is not a lecture at all (malformed, truncated, from a newer version) loads nothing. Writing goes through
 * {@link AtomicFiles}, and a lecture read and written again gives the same bytes.
 */
public record Lecture(String title, List<Scene> scenes) {

    /** The version of the file format this app writes and the newest it reads. */
    public static final int VERSION = 1;

    /** The name under which the command line and the GUI offer the built-in lecture. */
    public static final String BUILT_IN = "lecture";

    private static final String BUILT_IN_RESOURCE = "/frontierslab/scenes/lecture.json";

    public Lecture {
        title = title == null ? "" : title;
        scenes = List.copyOf(scenes);
    }

    /** What a file gave: the scenes that are valid, and one line per scene that is not. */
    public record Loaded(Lecture lecture, List<String> problems) {

        public Loaded {
            problems = List.copyOf(problems);
        }

        /** The lecture, or the first problem (and how many more) as an {@link InputException}. */
        public Lecture orRefuse() throws InputException {
            if (problems.isEmpty()) {
                return lecture;
            }
            throw new InputException(problems.getFirst()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
    }

    /** Reads a lecture file; a file that cannot be a lecture is refused whole. */
    public static Loaded read(Path file) throws InputException {
        return SceneCodec.lecture(String.valueOf(file), JsonFile.read(file), Registry.experiments());
    }

    /** The built-in lecture, shipped with the app. */
    public static Lecture builtIn() {
        try (InputStream in = Lecture.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SceneCodec.lecture(BUILT_IN, Json.tree(text), Registry.experiments()).orRefuse();
        } catch (IOException | Json.Malformed | NullPointerException e) {
            throw new IllegalStateException("the built-in lecture is broken: " + e.getMessage(), e);
        }
    }

    /** {@link #BUILT_IN} names the built-in lecture; anything else is a file. */
    public static Loaded open(String nameOrFile, Path file) throws InputException {
        return BUILT_IN.equals(nameOrFile) ? new Loaded(builtIn(), List.of()) : read(file);
    }

    /** The file's text: indented JSON, fields in a fixed order, a newline at the end. */
    public String toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("title", title);
        List<Object> list = new ArrayList<>();
        for (Scene s : scenes) {
            list.add(SceneCodec.document(s));
        }
        doc.put("scenes", list);
        return Json.write(doc);
    }

    /** Writes the lecture whole or not at all. */
    public void write(Path file) throws ExportException {
        AtomicFiles.write(file, toJson());
    }

    /** "scene 3 («title»)" for messages, counting from 1 as the scene strip does. */
    static String name(int index, String title) {
        return "scene " + (index + 1) + (title == null || title.isBlank() ? "" : " (\"" + Messages.quote(title) + "\")");
    }
}
