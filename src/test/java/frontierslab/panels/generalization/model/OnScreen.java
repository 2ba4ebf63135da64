package frontierslab.panels.generalization.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.sim.Snapshot;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import java.util.function.BiPredicate;

/** What the properties check of every snapshot: no number the app writes or draws is infinite or NaN. */
final class OnScreen {

    private OnScreen() {
    }

    /** Every trace cell finite except those {@code missingAllowed(column, row)} lets be NaN; every summary double finite. */
    static void assertFinite(Snapshot s, BiPredicate<String, Integer> missingAllowed) {
        Trace.View t = s.trace();
        for (String c : t.columns()) {
            for (int r = 0; r < t.rows(); r++) {
                double v = t.get(r, c);
                assertTrue(Double.isFinite(v) || Double.isNaN(v) && missingAllowed.test(c, r),
                        c + " = " + v + " in row " + r);
            }
        }
        for (Object v : SummaryJson.of(s.summary()).values()) {
            if (v instanceof Double x) {
                assertTrue(Double.isFinite(x), s.summary().toString());
            }
        }
    }

    static void assertFinite(Snapshot s) {
        assertFinite(s, (column, row) -> false);
    }
}
