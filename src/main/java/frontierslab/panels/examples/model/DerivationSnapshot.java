package frontierslab.panels.examples.model;

import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Map;

/**
 * A worked example at one moment: the rows revealed so far ({@code step} of them, "Next line" reveals one more), all of
 * the derivation's rows, and the run the rows are checked against ({@code trace}).
 */
public record DerivationSnapshot(Record params, long step, Status status, Trace.View trace, List<DerivationRow> rows,
                                 Map<String, Object> summary) implements Snapshot {

    public DerivationSnapshot {
        rows = List.copyOf(rows);
    }

    /** The rows shown: the first {@code step}. */
    public List<DerivationRow> revealed() {
        return rows.subList(0, (int) Math.min(step, rows.size()));
    }
}
