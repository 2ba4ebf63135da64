package frontierslab.panels.examples.model;

import frontierslab.export.Documents;
import frontierslab.export.Format;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Set;

/**
 * A worked example at one moment: the rows revealed so far ({@code step} of them, "Next line" reveals one more), all of
 * the derivation's rows, and the run the rows are checked against ({@code trace}). It exports as a Markdown handout:
 * every row of the derivation with its formula, value, mark and reason, under the parameters of the run.
 */
public record DerivationSnapshot(Record params, long step, Status status, Trace.View trace, List<DerivationRow> rows,
                                 DerivationExperiment.DerivationSummary<?> summary) implements Snapshot, Documents {

    public DerivationSnapshot {
        rows = List.copyOf(rows);
    }

    /** The rows shown: the first {@code step}. */
    public List<DerivationRow> revealed() {
        return rows.subList(0, (int) Math.min(step, rows.size()));
    }

    @Override
    public Set<Format> documentFormats() {
        return Set.of(Format.MD);
    }

    @Override
    public String document(Format format, Heading heading) {
        if (format != Format.MD) {
            throw new IllegalArgumentException("a worked example is written as md, not " + format.extension());
        }
        return handout(heading);
    }

    /** The handout: a title, the parameters, a table of every row (mark, sentence, formula, value, reason), a tally. */
    public String handout(Heading heading) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(heading.title()).append("\n\n");
        md.append("Parameters: ").append(heading.parameters()).append("\n\n");
        md.append("| | sentence | formula | value | reason |\n|---|---|---|---|---|\n");
        long holds = 0;
        for (DerivationRow r : rows) {
            holds += r.verdict() == Verdict.HOLDS ? 1 : 0;
            md.append("| ").append(r.verdict().mark()).append(' ').append(words(r.verdict()))
                    .append(" | ").append(cell(r.sentence()))
                    .append(" | $").append(cell(r.formula())).append('$')
                    .append(" | ").append(cell(r.value()))
                    .append(" | ").append(cell(r.reason())).append(" |\n");
        }
        md.append('\n').append(holds).append(" of ").append(rows.size()).append(" lines hold for this run.\n");
        return md.toString();
    }

    /** The mark in words, as a handout prints it beside ✓, ✗ or –. */
    public static String words(Verdict v) {
        return switch (v) {
            case HOLDS -> "holds";
            case FAILS -> "does not hold";
            case NOT_TESTED -> "not tested";
        };
    }

    /** A table cell: a pipe would end it, a line break would end the row. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
