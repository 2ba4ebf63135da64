package frontierslab.panels.demos.model;

import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.export.Documents;
import frontierslab.export.Format;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A coding demo at one moment: the listing as it runs ({@code code}, with edited literals written in), the line the
 * last step executed ({@code line}, 1-based; 0 before the loop), the watched variables after it, the data recorded so
 * far ({@code trace}, one row per completed iteration, what the demo's figure plots) and the checklist of what the
 * demo's text claims, judged on the whole run. It exports as a Python script: the listing as shown, byte for byte.
 */
public record CodeDemoSnapshot(Record params, long step, Status status, Trace.View trace, List<String> code, int line,
                               Map<String, String> watch, List<DerivationRow> claims,
                               CodeDemoExperiment.CodeDemoSummary<?> summary)
        implements Snapshot, Documents {

    public CodeDemoSnapshot {
        code = List.copyOf(code);
        watch = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(watch));
        claims = List.copyOf(claims);
    }

    @Override
    public Set<Format> documentFormats() {
        return Set.of(Format.PY);
    }

    /** The listing as shown (the lecture's code with the edited literals written in), one line each. */
    @Override
    public String document(Format format, Heading heading) {
        if (format != Format.PY) {
            throw new IllegalArgumentException("a coding demo is written as py, not " + format.extension());
        }
        return String.join("\n", code) + "\n";
    }
}
