package frontierslab.panels.generalization.view;

import java.util.Map;

/** Reading a snapshot's summary for the tiles (§5's figures and §1's {@code intro-random-labels}). */
public final class Summaries {

    private Summaries() {
    }

    /** The number under {@code key}, NaN when the run has none (the tile then shows "—"). */
    public static double number(Map<String, Object> summary, String key) {
        Object v = summary.get(key);
        return v instanceof Number x ? x.doubleValue() : Double.NaN;
    }
}
