package frontierslab.app;

import com.fasterxml.jackson.databind.JsonNode;
import frontierslab.export.ParameterFile;
import frontierslab.io.AppFile;
import frontierslab.io.AppFile.Kind;
import frontierslab.io.InputException;
import frontierslab.io.Json;
import frontierslab.io.JsonFile;
import frontierslab.panels.PanelDefinition;
import frontierslab.plot.Theme;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.ParamSpec;
import frontierslab.ui.ExperimentView;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is on the stage, as the {@link StageSaver} keeps it: the experiment on screen and its parameters (the JSON of a
 * parameter file, {@link ParameterFile}), the theme, presenter mode, and the open scene list with its position.
 * <pre>{"run": {"experiment": "eos-mlp", "parameters": {"eta": 0.05, …}}, "theme": "dark", "presenter": false,
 *  "sceneList": {"file": "/home/me/lecture.json", "index": 3}}</pre>
 * The panel is the experiment's own. {@code sceneList} is absent when no saved scene list is open, and
 * {@code {"builtIn": true, "index": 3}} for the built-in lecture.
 */
public record StageState(String experiment, Map<String, Object> parameters, Theme theme, boolean presenter,
                         SceneList sceneList) {

    /** An open scene list: its file (null: the built-in lecture) and the position in it (0 is the first scene). */
    public record SceneList(Path file, int index) {
        public SceneList {
            if (index < 0) {
                throw new IllegalArgumentException("a scene index is at least 0");
            }
        }
    }

    public StageState {
        Objects.requireNonNull(experiment);
        Objects.requireNonNull(theme);
        parameters = asJson(parameters);
    }

    /** The parameters as their JSON reads back (a choice as its name), so that a state read equals the state written. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asJson(Map<String, Object> parameters) {
        return java.util.Collections.unmodifiableMap((Map<String, Object>) Json.parse(Json.write(parameters)));
    }

    /** The stage of {@code shell} as it is now. */
    public static StageState of(Shell shell) {
        ExperimentView<?> view = shell.current();
        return new StageState(view.type().id(), values(view), shell.theme(), shell.isPresenter(), shell.sceneList());
    }

    private static <P extends Record> Map<String, Object> values(ExperimentView<P> view) {
        return view.type().space().values(view.controls().params());
    }

    /** The panel that shows the experiment. */
    public PanelDefinition panel() {
        return Registry.panelOf(experiment);
    }

    /** The JSON written to the state file. */
    public String json() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("experiment", experiment);
        run.put("parameters", parameters);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("run", run);
        document.put("theme", theme.key());
        document.put("presenter", presenter);
        if (sceneList != null) {
            document.put("sceneList", sceneList.file() == null ? Map.of("builtIn", true, "index", sceneList.index())
                    : Map.of("file", sceneList.file().toString(), "index", sceneList.index()));
        }
        return Json.write(document);
    }

    /** The state in {@code file}, checked as strictly as a parameter file; null with the reason when not usable. */
    static AppFile.Read read(Path file) {
        return AppFile.read(file, "The last session was not restored", document -> check(file, document));
    }

    /** The state of a document {@link #read} accepted. */
    static StageState of(Path file, JsonNode document) {
        try {
            return parse(file, document);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Path file, JsonNode document) throws InputException {
        parse(file, document);
    }

    private static StageState parse(Path file, JsonNode document) throws InputException {
        for (String field : List.of("run", "theme", "presenter")) {
            if (!document.has(field)) {
                throw JsonFile.refused(file, "no \"" + field + "\"");
            }
        }
        AppFile.expect(file, document, "run", Kind.OBJECT);
        AppFile.expect(file, document, "theme", Kind.TEXT);
        AppFile.expect(file, document, "presenter", Kind.FLAG);
        AppFile.expect(file, document, "sceneList", Kind.OBJECT);
        ParameterFile.Contents run = ParameterFile.contents(file, document.get("run"));
        try {
            checkParameters(Registry.experiment(run.experimentId()).type(), run);
        } catch (IllegalArgumentException e) {
            throw JsonFile.refused(file, "run: " + e.getMessage());
        }
        Theme theme;
        try {
            theme = Theme.parse(document.get("theme").textValue());
        } catch (IllegalArgumentException e) {
            throw JsonFile.refused(file, "\"theme\": " + e.getMessage());
        }
        return new StageState(run.experimentId(), run.parameters(), theme, document.get("presenter").booleanValue(),
                sceneList(file, document.get("sceneList")));
    }

    private static <P extends Record> void checkParameters(ExperimentType<P> type, ParameterFile.Contents run) {
        run.params(type);
    }

    private static SceneList sceneList(Path file, JsonNode node) throws InputException {
        if (node == null || node.isNull()) {
            return null;
        }
        AppFile.expect(file, node, "file", Kind.TEXT);
        AppFile.expect(file, node, "index", Kind.WHOLE);
        AppFile.expect(file, node, "builtIn", Kind.FLAG);
        if (node.has("builtIn") && node.get("builtIn").booleanValue() && node.has("index") && !node.has("file")) {
            return new SceneList(null, node.get("index").intValue());
        }
        if (!node.has("file") || !node.has("index")) {
            throw JsonFile.refused(file, "\"sceneList\" needs \"file\" and \"index\"");
        }
        try {
            return new SceneList(Path.of(node.get("file").textValue()), node.get("index").intValue());
        } catch (InvalidPathException e) {
            throw JsonFile.refused(file, "\"sceneList.file\" is not a usable path");
        }
    }

    /** Puts this state on {@code shell}'s stage: the theme, the experiment with its parameters, presenter mode, the scene list. */
    void restoreInto(Shell shell) {
        shell.setTheme(theme);
        shell.showPanel(panel().id());
        shell.currentSection().load(experiment, null);
        ParameterFiles.apply(shell.current(), new ParameterFile.Contents(experiment, parameters));
        shell.setPresenter(presenter);
        if (sceneList != null) {
            shell.setSceneList(sceneList.file(), sceneList.index());
        }
    }

    /** The state in words, for the restore question: the experiment, the parameters that differ from the defaults. */
    String describe() {
        ExperimentType<?> type = Registry.experiment(experiment).type();
        List<String> changed = new ArrayList<>();
        for (ParamSpec spec : type.space().specs()) {
            Object value = parameters.get(spec.name());
            if (value != null && !sameValue(value, asJson(Map.of(spec.name(), spec.byDefault())).get(spec.name()))) {
                changed.add(spec.label() + " = " + shown(value));
            }
        }
        StringBuilder sb = new StringBuilder(type.title() + " (" + panel().section() + " " + panel().title() + ")");
        sb.append(changed.isEmpty() ? ", default parameters" : ", " + String.join(", ", changed));
        sb.append("; ").append(theme.key()).append(" theme");
        if (presenter) {
            sb.append(", presenter mode");
        }
        if (sceneList != null) {
            sb.append("; scene list ").append(sceneList.file() == null ? "the built-in lecture"
                    : sceneList.file().getFileName()).append(" at scene ")
                    .append(sceneList.index() + 1);
        }
        return sb.toString();
    }

    private static boolean sameValue(Object value, Object byDefault) {
        if (value instanceof Number a && byDefault instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return value.equals(byDefault);
    }

    private static String shown(Object value) {
        return value instanceof Double d ? Numbers.format(d) : String.valueOf(value);
    }
}
