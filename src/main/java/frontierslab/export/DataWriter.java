package frontierslab.export;

import frontierslab.sim.ParamSpec;
import frontierslab.sim.Trace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The data behind a figure: the trace as CSV (one header row of lower-case names, one row per step) and JSON. */
public final class DataWriter {

    private DataWriter() {
    }

    public static String csv(Trace.View trace) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", trace.columns())).append('\n');
        int columns = trace.columns().size();
        for (int r = 0; r < trace.rows(); r++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                double v = trace.get(r, c);
                if (Double.isFinite(v)) {
                    sb.append(ParamSpec.format(v));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void writeCsv(Path target, Trace.View trace) throws ExportException {
        String text = csv(trace);
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void writeJson(Path target, Map<String, Object> document) throws ExportException {
        String text = Json.write(document);
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
