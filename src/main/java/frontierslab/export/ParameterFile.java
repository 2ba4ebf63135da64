package frontierslab.export;

import com.fasterxml.jackson.databind.JsonNode;
import frontierslab.io.InputException;
import frontierslab.io.Json;
import frontierslab.io.JsonFile;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved set-up: which experiment, with which parameters, as JSON
 * <pre>{"experiment": "eos-mlp", "parameters": {"eta": 0.05, "seed": 1, …}}</pre>
 * A lecturer prepares the demos of a class this way and opens them in front of it. The JSON that {@code Export}
 * writes has the same two keys, so any exported run can be opened again too. Parameters the file leaves out keep their
 * defaults. The file is read by {@link JsonFile} (size, nesting, encoding, strict JSON); each value must have its
 * parameter's type (a number for a real or whole parameter, {@code true}/{@code false} for a flag, a string for a
 * choice: {@code "eta": "0.3"} is refused); an unknown experiment or parameter or a value out of range is refused with
 * a message that names the file and the field, and nothing is applied.
 */
public final class ParameterFile {

    /** What a file holds: the experiment's id and its parameter values, not yet checked against the experiment. */
    public record Contents(String experimentId, Map<String, Object> parameters) {

        /** The parameters as a record of {@code type}, defaults for those left out; checked like typed values. */
        public <P extends Record> P params(ExperimentType<P> type) {
            if (!type.id().equals(experimentId)) {
                throw new IllegalArgumentException("it holds parameters of " + experimentId + ", not of " + type.id());
            }
            parameters.forEach((name, value) -> checkType(type.space().spec(name), value));
            return type.space().withAll(type.space().defaults(), parameters);
        }
    }

    private ParameterFile() {
    }

    /** Reads and checks the file's form; the values are checked by {@link Contents#params}. */
    public static Contents read(Path file) throws ExportException {
        try {
            return contents(file, JsonFile.read(file));
        } catch (InputException e) {
            throw new ExportException(e.getMessage());
        }
    }

    /** Checks the form of a parameter file's JSON that {@code file} (named in a refusal) holds or embeds. */
    public static Contents contents(Path file, JsonNode document) throws InputException {
        if (!document.isObject()) {
            throw JsonFile.refused(file, "expected a JSON object with \"experiment\" and \"parameters\", found "
                    + Json.describe(document));
        }
        JsonNode id = document.get("experiment");
        if (id == null || !id.isTextual()) {
            throw JsonFile.refused(file, "no \"experiment\" (the id of an experiment, as a string)"
                    + (id == null ? "" : ", found " + Json.describe(id)));
        }
        JsonNode values = document.get("parameters");
        if (values != null && !values.isObject()) {
            throw JsonFile.refused(file, "\"parameters\" must be an object of name: value, found " + Json.describe(values));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (values != null) {
            values.properties().forEach(e -> parameters.put(e.getKey(), Json.plain(e.getValue())));
        }
        return new Contents(id.textValue(), parameters);
    }

    /** Refuses a JSON value of the wrong type for its parameter ({@code "eta": "0.3"}), naming it; ranges are not checked. */
    public static void checkType(ParamSpec spec, Object value) {
        boolean ok = switch (spec) {
            case ParamSpec.Real r -> value instanceof Number;
            case ParamSpec.Whole w -> value instanceof Number;
            case ParamSpec.Flag f -> value instanceof Boolean;
            case ParamSpec.Choice<?> c -> value instanceof String;
        };
        if (!ok) {
            String expected = switch (spec) {
                case ParamSpec.Real r -> "a number";
                case ParamSpec.Whole w -> "a whole number";
                case ParamSpec.Flag f -> "true or false";
                case ParamSpec.Choice<?> c -> "one of " + c.allowed() + " as a string";
            };
            throw new IllegalArgumentException("parameters." + spec.name() + ": expected " + expected + ", found "
                    + Json.describe(value));
        }
    }

    /** Writes the experiment's id and every parameter value, through a temporary file. */
    public static <P extends Record> void write(Path file, ExperimentType<P> type, P params) throws ExportException {
        AtomicFiles.write(file, Json.write(document(type, params)));
    }

    /** The file's JSON as a map: {@code experiment} and {@code parameters}. */
    public static <P extends Record> Map<String, Object> document(ExperimentType<P> type, P params) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("experiment", type.id());
        document.put("parameters", type.space().values(params));
        return document;
    }
}
