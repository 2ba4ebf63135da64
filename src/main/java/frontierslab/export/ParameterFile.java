package frontierslab.export;

import frontierslab.sim.ExperimentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved set-up: which experiment, with which parameters, as JSON
 * <pre>{"experiment": "eos-mlp", "parameters": {"eta": 0.05, "seed": 1, …}}</pre>
 * A lecturer prepares the demos of a class this way and opens them in front of it. The JSON that {@code Export}
 * writes has the same two keys, so any exported run can be opened again too. Parameters the file leaves out keep their
 * defaults; an unknown experiment or parameter, a value of the wrong kind or out of range, or text that is not JSON
 * is refused with a message that names the file and the problem, and nothing is applied.
 */
public final class ParameterFile {

    /** What a file holds: the experiment's id and its parameter values, not yet checked against the experiment. */
    public record Contents(String experimentId, Map<String, Object> parameters) {

        /** The parameters as a record of {@code type}, defaults for those left out; checked like typed values. */
        public <P extends Record> P params(ExperimentType<P> type) {
            if (!type.id().equals(experimentId)) {
                throw new IllegalArgumentException("it holds parameters of " + experimentId + ", not of " + type.id());
            }
            return type.space().withAll(type.space().defaults(), parameters);
        }
    }

    private ParameterFile() {
    }

    /** Reads and checks the file's form; the values are checked by {@link Contents#params}. */
    public static Contents read(Path file) throws ExportException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ExportException("cannot open " + file + ": it is not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new ExportException("cannot open " + file + ": " + reason(e));
        }
        try {
            return contents(Json.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ExportException("cannot open " + file + ": " + e.getMessage());
        }
    }

    private static Contents contents(Object json) {
        if (!(json instanceof Map<?, ?> document)) {
            throw new IllegalArgumentException("expected a JSON object with \"experiment\" and \"parameters\"");
        }
        if (!(document.get("experiment") instanceof String id)) {
            throw new IllegalArgumentException("no \"experiment\" (the id of an experiment, as a string)");
        }
        Object values = document.get("parameters");
        if (values != null && !(values instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("\"parameters\" must be an object of name: value");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (values instanceof Map<?, ?> map) {
            map.forEach((k, v) -> parameters.put(String.valueOf(k), v));
        }
        return new Contents(id, parameters);
    }

    /** Writes the experiment's id and every parameter value, through a temporary file. */
    public static <P extends Record> void write(Path file, ExperimentType<P> type, P params) throws ExportException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("experiment", type.id());
        document.put("parameters", type.space().values(params));
        AtomicFiles.write(file, out -> out.write((Json.write(document) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
