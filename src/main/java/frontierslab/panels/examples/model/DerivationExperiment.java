package frontierslab.panels.examples.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.sim.Numbers;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;

/**
 * A worked example of the lecture checked sentence by sentence against a run. On every parameter change the run is
 * recomputed and every row re-derived from it; a step reveals the next row ("Next line"), Reset hides them all, and a
 * fresh run shows the whole derivation. Subclasses compute the run and its rows ({@link #derive}).
 */
public abstract class DerivationExperiment<P extends Record> extends ReplayedExperiment<P> {

    /**
     * The run behind the rows and the rows checked against it.
     *
     * @param divergence where and why the run left its sane range, or null
     */
    protected record Derivation(Trace trace, List<DerivationRow> rows, Record facts, String divergence) {

        protected Derivation(Trace trace, List<DerivationRow> rows, Record facts) {
            this(trace, rows, facts, null);
        }
    }

    /**
     * The outcome of a worked example: what its run shows (a record of the example's own, written inline) and the
     * verdict of every line.
     */
    public record DerivationSummary<F extends Record>(@JsonUnwrapped F facts, @JsonUnwrapped Verdicts.Lines lines) {
    }

    private Derivation derivation;

    protected DerivationExperiment(P params) {
        super(params);
    }

    /** Runs the example for these parameters and checks every sentence against the run. */
    protected abstract Derivation derive(P params);

    @Override
    protected final int horizon(P params) {
        return derivation(params).rows().size();
    }

    @Override
    protected final Status begin(P params) {
        derivation = derive(params);
        return Status.ready("the derivation, one line at a time: Step shows the next line");
    }

    private Derivation derivation(P params) {
        if (derivation == null) {
            derivation = derive(params);
        }
        return derivation;
    }

    @Override
    protected final Status advance(int stepNumber) {
        return null;
    }

    @Override
    protected final Status statusAfter(int taken, boolean atHorizon) {
        List<DerivationRow> shown = derivation.rows().subList(0, taken);
        long holds = shown.stream().filter(r -> r.verdict() == Verdict.HOLDS).count();
        long fails = shown.stream().filter(r -> r.verdict() == Verdict.FAILS).count();
        String tally = holds + " of " + taken + " lines hold for this run, " + fails + " fail";
        if (derivation.divergence() != null) {
            tally += "; the run diverged: " + derivation.divergence();
        }
        if (atHorizon) {
            return derivation.divergence() != null ? Status.diverged(tally) : Status.finished(tally);
        }
        return Status.running("line " + taken + " of " + derivation.rows().size() + ": " + tally);
    }

    @Override
    public final DerivationSnapshot snapshot() {
        List<DerivationRow> rows = derivation.rows();
        return new DerivationSnapshot(params(), taken(), status(), derivation.trace().view(), rows,
                new DerivationSummary<>(derivation.facts(), Verdicts.Lines.of(rows)));
    }

    /** A number as the rows show it. */
    protected static String fmt(double v) {
        return Numbers.readout(v);
    }
}
