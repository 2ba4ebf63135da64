package frontierslab.scenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import frontierslab.export.ParameterFile;
import frontierslab.io.InputException;
import frontierslab.io.Json;
import frontierslab.io.Messages;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.plot.XYPlot;

/** Scenes to and from JSON trees, each value checked against the experiment it names. */
final class SceneCodec {

    static final long MAX_STEPS = 10_000_000;
    private static final String END = "end";
    private static final Set<String> LECTURE_KEYS = Set.of("version", "title", "scenes");
    private static final Set<String> SCENE_KEYS = Set.of("title", "note", "experiment", "preset", "parameters", "steps",
            "view");
    private static final Set<String> VIEW_KEYS = Set.of("tab", "charts", "presenter", "theme", "zoom");

    private SceneCodec() {
    }

    /** A scene that is not valid: the message says where inside it and what. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static Lecture.Loaded lecture(String source, JsonNode doc, List<Entry<?, ?>> catalog) throws InputException {
        String prefix = "cannot open " + Messages.quote(source) + ": ";
        if (!doc.isObject()) {
            throw new InputException(prefix + "expected a JSON object with \"version\" and \"scenes\", found "
                    + Json.describe(doc));
        }
        for (String key : names(doc)) {
            if (!LECTURE_KEYS.contains(key)) {
                throw new InputException(prefix + "unknown key \"" + Messages.quote(key) + "\": allowed version, title, scenes");
            }
        }
        JsonNode version = doc.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new InputException(prefix + "\"version\" must be a whole number (this app writes " + Lecture.VERSION
                    + ")" + (version == null ? "" : ", found " + Json.describe(version)));
        }
        if (!version.canConvertToInt() || version.intValue() > Lecture.VERSION) {
            throw new InputException(prefix + "it is version " + version.asText() + ", from a newer app: this app reads up to version "
                    + Lecture.VERSION);
        }
        if (version.intValue() < 1) {
            throw new InputException(prefix + "version " + version.intValue() + " does not exist: versions start at 1");
        }
        JsonNode title = doc.get("title");
        if (title != null && !title.isTextual()) {
            throw new InputException(prefix + "\"title\" must be a string, found " + Json.describe(title));
        }
        JsonNode list = doc.get("scenes");
        if (list == null || !list.isArray()) {
            throw new InputException(prefix + "\"scenes\" must be a list of scenes"
                    + (list == null ? "" : ", found " + Json.describe(list)));
        }
        List<Scene> scenes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            JsonNode sceneTitle = node.isObject() ? node.get("title") : null;
            try {
                scenes.add(scene(node, catalog));
            } catch (Invalid | IllegalArgumentException e) {
                problems.add(Messages.oneLine(prefix + Lecture.name(i, sceneTitle != null && sceneTitle.isTextual()
                        ? sceneTitle.textValue() : null) + ": " + e.getMessage()));
            }
        }
        return new Lecture.Loaded(new Lecture(title == null ? "" : title.textValue(), scenes), problems);
    }

    private static Scene scene(JsonNode node, List<Entry<?, ?>> catalog) throws Invalid {
        if (!node.isObject()) {
            throw new Invalid("expected an object, found " + Json.describe(node));
        }
        for (String key : names(node)) {
            if (!SCENE_KEYS.contains(key)) {
                throw new Invalid("unknown key \"" + Messages.quote(key) + "\": allowed " + String.join(", ", ordered(SCENE_KEYS)));
            }
        }
        String title = text(node, "title", true);
        String note = text(node, "note", false);
        String id = text(node, "experiment", true);
        Entry<?, ?> entry = catalog.stream().filter(e -> e.type().id().equals(id)).findFirst()
                .orElseThrow(() -> new Invalid("unknown experiment '" + Messages.quote(id) + "': allowed "
                        + String.join(", ", catalog.stream().map(e -> e.type().id()).toList())));
        String preset = text(node, "preset", false);
        if (preset != null) {
            entry.type().preset(preset);
        }
        Map<String, Object> parameters = parameters(node.get("parameters"), entry.type());
        restorable(entry.type(), preset, parameters);
        Long steps = steps(node.get("steps"));
        Scene.View view = view(node.get("view"), entry);
        return new Scene(title, note, id, preset, parameters, steps, view);
    }

    /** The record the scene's values build (its cross-checks see them together), or the reason it cannot be built. */
    private static <P extends Record> void restorable(ExperimentType<P> type, String preset, Map<String, Object> values) {
        P start = preset == null ? type.space().defaults() : type.preset(preset).params();
        type.space().withAll(start, values);
    }

    private static Map<String, Object> parameters(JsonNode node, ExperimentType<?> type) throws Invalid {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null) {
            return values;
        }
        if (!node.isObject()) {
            throw new Invalid("\"parameters\" must be an object of name: value, found " + Json.describe(node));
        }
        for (var e : node.properties()) {
            ParamSpec spec = type.space().spec(e.getKey());
            Object value = Json.plain(e.getValue());
            ParameterFile.checkType(spec, value);
            spec.check(value);
            values.put(e.getKey(), value);
        }
        return values;
    }

    private static Long steps(JsonNode node) throws Invalid {
        if (node == null || node.isTextual() && END.equals(node.textValue())) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0
                || node.longValue() > MAX_STEPS) {
            throw new Invalid("\"steps\" must be a whole number 0 … " + MAX_STEPS + " or \"end\", found "
                    + Json.describe(node));
        }
        return node.longValue();
    }

    private static Scene.View view(JsonNode node, Entry<?, ?> entry) throws Invalid {
        if (node == null) {
            return Scene.View.AS_IS;
        }
        if (!node.isObject()) {
            throw new Invalid("\"view\" must be an object, found " + Json.describe(node));
        }
        for (String key : names(node)) {
            if (!VIEW_KEYS.contains(key)) {
                throw new Invalid("unknown key \"view." + Messages.quote(key) + "\": allowed "
                        + String.join(", ", ordered(VIEW_KEYS)));
            }
        }
        String tab = text(node, "tab", false);
        if (tab != null && !tab.equals(entry.type().title())) {
            throw new Invalid("\"view.tab\" " + Json.describe(tab) + " is not the tab of " + entry.type().id()
                    + ": allowed \"" + entry.type().title() + "\"");
        }
        JsonNode presenterNode = node.get("presenter");
        if (presenterNode != null && !presenterNode.isBoolean()) {
            throw new Invalid("\"view.presenter\" must be true or false, found " + Json.describe(presenterNode));
        }
        String theme = text(node, "theme", false);
        if (theme != null && !theme.equals(theme.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new Invalid("\"view.theme\" must be light, dark or projector, found " + Json.describe(theme));
        }
        if (theme != null) {
            Theme.parse(theme);
        }
        Map<String, FigureChart> charts = new LinkedHashMap<>();
        JsonNode chartsNode = node.get("charts");
        JsonNode zoomNode = node.get("zoom");
        if (chartsNode != null || zoomNode != null) {
            for (FigureChart c : entry.newFigure(Palette.of(Theme.LIGHT)).charts()) {
                charts.put(c.id(), c);
            }
        }
        List<String> shown = null;
        if (chartsNode != null) {
            if (!chartsNode.isArray() || chartsNode.isEmpty()) {
                throw new Invalid("\"view.charts\" must be a list of chart ids, at least one, found "
                        + Json.describe(chartsNode));
            }
            shown = new ArrayList<>();
            for (JsonNode c : chartsNode) {
                shown.add(chart(c, charts, "view.charts").id());
            }
        }
        Map<String, Scene.Zoom> zoom = null;
        if (zoomNode != null) {
            if (!zoomNode.isObject()) {
                throw new Invalid("\"view.zoom\" must be an object of chart id: {\"x\": [low, high], \"y\": [low, high]}, "
                        + "found " + Json.describe(zoomNode));
            }
            zoom = new LinkedHashMap<>();
            for (var e : zoomNode.properties()) {
                FigureChart chart = chart(TextNode.valueOf(e.getKey()), charts, "view.zoom");
                if (!(chart.chart().getPlot() instanceof XYPlot)) {
                    throw new Invalid("\"view.zoom\": chart '" + chart.id() + "' has no x and y axes to zoom");
                }
                double[] x = range(e.getValue().get("x"), "view.zoom." + chart.id() + ".x");
                double[] y = range(e.getValue().get("y"), "view.zoom." + chart.id() + ".y");
                zoom.put(chart.id(), new Scene.Zoom(x[0], x[1], y[0], y[1]));
            }
        }
        return new Scene.View(tab, shown, presenterNode == null ? null : presenterNode.booleanValue(), theme, zoom);
    }

    private static FigureChart chart(JsonNode id, Map<String, FigureChart> charts, String where) throws Invalid {
        FigureChart chart = id.isTextual() ? charts.get(id.textValue()) : null;
        if (chart == null) {
            throw new Invalid("\"" + where + "\": unknown chart " + Json.describe(id) + ": allowed "
                    + String.join(", ", charts.keySet()));
        }
        return chart;
    }

    private static double[] range(JsonNode node, String where) throws Invalid {
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()
                || !(node.get(0).doubleValue() < node.get(1).doubleValue())) {
            throw new Invalid("\"" + where + "\" must be [low, high], two numbers with low < high, found "
                    + (node == null ? "nothing" : Json.describe(node)));
        }
        return new double[] {node.get(0).doubleValue(), node.get(1).doubleValue()};
    }

    private static String text(JsonNode node, String key, boolean required) throws Invalid {
        JsonNode v = node.get(key);
        if (v == null && !required) {
            return null;
        }
        if (v == null || !v.isTextual()) {
            throw new Invalid("\"" + key + "\" must be a string" + (v == null ? " and is missing" : ", found "
                    + Json.describe(v)));
        }
        return v.textValue();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ordered(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    /** The JSON object of a scene, keys in a fixed order, optional ones left out when empty. */
    static Map<String, Object> document(Scene s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", s.title());
        if (!s.note().isEmpty()) {
            doc.put("note", s.note());
        }
        doc.put("experiment", s.experiment());
        if (s.preset() != null) {
            doc.put("preset", s.preset());
        }
        if (!s.parameters().isEmpty()) {
            doc.put("parameters", s.parameters());
        }
        doc.put("steps", s.playsToTheEnd() ? END : s.steps());
        Map<String, Object> view = new LinkedHashMap<>();
        Scene.View v = s.view();
        putIfSet(view, "tab", v.tab());
        putIfSet(view, "charts", v.charts());
        putIfSet(view, "presenter", v.presenter());
        putIfSet(view, "theme", v.theme());
        if (v.zoom() != null) {
            Map<String, Object> zoom = new LinkedHashMap<>();
            v.zoom().forEach((id, z) -> {
                Map<String, Object> ranges = new LinkedHashMap<>();
                ranges.put("x", List.of(z.xLow(), z.xHigh()));
                ranges.put("y", List.of(z.yLow(), z.yHigh()));
                zoom.put(id, ranges);
            });
            view.put("zoom", zoom);
        }
        if (!view.isEmpty()) {
            doc.put("view", view);
        }
        return doc;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
