package frontierslab.panels.generalization.view;

import java.util.Map;

/** Reading a snapshot's summary for the tiles. */
final class Summaries {

    private Summaries() {
    }

    /** The number under {@code key}, NaN when the run has none (the tile then shows "—"). */
    static double number(Map<String, Object> summary, String key) {
        Object v = summary.get(key);
        return v instanceof Number x ? x.doubleValue() : Double.NaN;
    }
}
