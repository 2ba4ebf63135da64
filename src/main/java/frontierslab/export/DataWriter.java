package frontierslab.export;

import frontierslab.sim.ParamSpec;
import frontierslab.sim.Trace;

/**
 * The data behind a figure as CSV: one header row of lower-case names, one row per step; a value that is not finite
 * (NaN or infinite: a diverged run) is an empty field.
 */
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
}
