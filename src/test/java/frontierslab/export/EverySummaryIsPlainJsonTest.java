package frontierslab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.RegistryAccess;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of every experiment's export holds only JSON's own values: the summary map that each experiment fills
 * (numbers, strings, arrays, nested maps and records) is written by Jackson without a Java object turning into an
 * Optional's bean ({"present": true, …}) or a class name, and reads back with the same keys.
 */
class EverySummaryIsPlainJsonTest {

    static Stream<ExperimentType<?>> types() {
        return RegistryAccess.types().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSummaryIsWrittenAsPlainValues(ExperimentType<?> type) {
        Snapshot s = snapshot(type);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(Json.write(ExperimentExport.document(type, s, null)));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
        assertEquals(s.summary().keySet(), summary.keySet());
        summary.forEach((k, v) -> assertPlain(type.id() + "." + k, v));
    }

    private static <P extends Record> Snapshot snapshot(ExperimentType<P> type) {
        Experiment<P> e = type.create(type.space().defaults());
        for (int i = 0; i < 5 && e.canStep(); i++) {
            e.step();
        }
        return e.snapshot();
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
