package frontierslab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import frontierslab.app.RegistryAccess;
import frontierslab.io.Json;
import frontierslab.panels.eos.model.QuadraticExperiment.QuadraticSummary;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every experiment's summary is a record that Jackson writes and reads back unchanged: record → JSON → record gives
 * the same record (NaN included), and the JSON has exactly the keys that the export had when summaries were maps
 * ({@code export/summary-keys.json}, written by the map-based code before the change), so exported files and the
 * cards' references keep their names. The JSON holds only JSON's own values.
 */
class EverySummaryRoundTripsTest {

    static Stream<ExperimentType<?>> types() {
        return RegistryAccess.types().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSummaryRoundTripsThroughItsJson(ExperimentType<?> type) {
        Record summary = snapshot(type).summary();
        JsonNode tree = Json.summary(summary);
        Record back = readBack(tree, summary);
        assertEquals(summary, back, type.id());
        assertEquals(tree, Json.summary(back), type.id());
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExportedSummaryHasTheKeysOfTheMapsItReplaced(ExperimentType<?> type) throws IOException {
        Snapshot s = snapshot(type);
        Map<?, ?> doc = (Map<?, ?>) Json.parse(Json.write(ExperimentExport.document(type, s, null)));
        Set<String> keys = new TreeSet<>();
        walk("", doc.get("summary"), keys);
        assertEquals(expectedKeys(type.id()), keys, type.id());
        ((Map<?, ?>) doc.get("summary")).forEach((k, v) -> assertPlain(type.id() + "." + k, v));
    }

    @Test
    void nonFiniteNumbersAreWrittenAsTheirNamesAndReadBack() {
        QuadraticSummary summary = new QuadraticSummary("diverged", 3, Double.POSITIVE_INFINITY, 2, Double.NaN,
                Double.NEGATIVE_INFINITY, 1, 2, Double.NaN, null);
        String text = Json.write(Json.summary(summary));
        assertTrue(text.contains("\"eta_lambda_max\": \"Infinity\"") && text.contains("\"factor_1\": \"NaN\"")
                && text.contains("\"factor_2\": \"-Infinity\"") && text.contains("\"left_plot_at_step\": null"), text);
        Object parsed = Json.parse(text);
        assertEquals(summary, Json.summary(Json.summary(summary), QuadraticSummary.class));
        assertEquals("NaN", ((Map<?, ?>) parsed).get("final_loss"));
    }

    /** The record of the tree, of the summary's class; a generic one's parameters are its components' classes. */
    static Record readBack(JsonNode tree, Record like) {
        Class<? extends Record> type = like.getClass();
        List<Class<?>> parameters = new ArrayList<>();
        for (TypeVariable<?> v : type.getTypeParameters()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getGenericType().equals(v)) {
                    try {
                        parameters.add(c.getAccessor().invoke(like).getClass());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Json.summary(tree, type, parameters.toArray(Class<?>[]::new));
    }

    private static <P extends Record> Snapshot snapshot(ExperimentType<P> type) {
        Experiment<P> e = type.create(type.space().defaults());
        for (int i = 0; i < 5 && e.canStep(); i++) {
            e.step();
        }
        return e.snapshot();
    }

    private static Set<String> expectedKeys(String id) throws IOException {
        try (InputStream in = EverySummaryRoundTripsTest.class.getResourceAsStream("/export/summary-keys.json")) {
            Map<?, ?> all = (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> keys = new TreeSet<>();
            ((List<?>) all.get(id)).forEach(k -> keys.add((String) k));
            return keys;
        }
    }

    private static void walk(String path, Object v, Set<String> keys) {
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                String p = path.isEmpty() ? (String) k : path + "." + k;
                keys.add(p);
                walk(p, x, keys);
            });
        } else if (v instanceof List<?> l) {
            l.forEach(x -> walk(path + "[]", x, keys));
        }
    }

    private static void assertPlain(String where, Object v) {
        if (v instanceof List<?> list) {
            list.forEach(x -> assertPlain(where, x));
        } else if (v instanceof Map<?, ?> map) {
            assertTrue(!map.containsKey("present") && !map.containsKey("empty"), where + " is an Optional's bean: " + v);
            map.forEach((k, x) -> assertPlain(where + "." + k, x));
        } else {
            assertTrue(v == null || v instanceof Number || v instanceof String || v instanceof Boolean,
                    where + " = " + v);
            assertTrue(!(v instanceof String text) || !text.matches(".*(\\[[DIJ]@|\\$|Optional).*"), where + " = " + v);
        }
    }
}
