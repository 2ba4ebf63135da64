package frontierslab.panels.demos.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.panels.examples.model.Verdicts;
import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.sim.Numbers;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.Map;

/**
 * A coding demo of the lecture executed one source line at a time. On every parameter change the whole program is run
 * again ({@link #execute}); a step executes the next line of its main loop, so the highlighted line and the watched
 * variables follow the run, and the figure's data grow one iteration per pass through the loop. A fresh run shows the
 * program run to its end.
 */
public abstract class CodeDemoExperiment<P extends Record> extends ReplayedExperiment<P> {

    /**
     * The whole run: its per-iteration data, the claims judged on it, and facts for the summary.
     *
     * @param divergence where and why the run left its sane range, or null
     */
    protected record Execution(Trace trace, List<DerivationRow> claims, Record facts, int iterations,
                               String divergence) {
    }

    private Execution execution;

    protected CodeDemoExperiment(P params) {
        super(params);
    }

    protected abstract DemoCode code();

    /** Runs the program for these parameters. */
    protected abstract Execution execute(P params);

    /** The literal texts for these parameters (parameter name → text in the source). */
    protected abstract Map<String, String> literals(P params);

    /** The watched variables after the line of step {@code step} of iteration {@code iteration} ran. */
    protected abstract Map<String, String> watch(int iteration, int line);

    /** Rows of the trace plotted after {@code completed} iterations (one per iteration; a path adds its start). */
    protected int rowsShown(int completed) {
        return completed;
    }

    /** The lines the script's figure plots, with the trace columns of the same data. */
    public final List<RealPython.Plotted> plotted() {
        return code().plotted();
    }

    protected final Execution execution() {
        return execution;
    }

    @Override
    protected final int horizon(P params) {
        return execution.iterations() * code().loopLines().size();
    }

    @Override
    protected final Status begin(P params) {
        execution = execute(params);
        return Status.ready("the program before its loop: Step runs the next line");
    }

    @Override
    protected final Status advance(int stepNumber) {
        return null;
    }

    @Override
    protected final Status statusAfter(int taken, boolean atHorizon) {
        if (atHorizon) {
            String end = "the program ran to its end: " + execution.iterations() + " iterations";
            return execution.divergence() == null ? Status.finished(end)
                    : Status.diverged(end + "; the run diverged: " + execution.divergence());
        }
        return Status.running("iteration " + code().iterationOfStep(taken) + ", line " + code().lineOfStep(taken));
    }

    @Override
    public final CodeDemoSnapshot snapshot() {
        int taken = taken();
        DemoCode code = code();
        int line = code.lineOfStep(taken);
        int iteration = code.iterationOfStep(taken);
        int loopSize = code.loopLines().size();
        int completed = taken / loopSize;
        Trace.View all = execution.trace().view();
        CodeDemoSummary<?> summary = new CodeDemoSummary<>(execution.facts(), line, iteration,
                Verdicts.Claims.of(execution.claims()));
        Map<String, String> watch = taken == 0 ? Map.of() : watch(iteration, line);
        return new CodeDemoSnapshot(params(), taken, status(), all.head(Math.min(all.rows(), rowsShown(completed))),
                code.shown(literals(params())), line, watch, execution.claims(), summary);
    }

    /**
     * The outcome of a coding demo: what its run shows (a record of the demo's own, written inline), where the listing
     * is, and the verdict of every claim.
     *
     * @param line      the line the last step executed, from 1; 0 before the loop
     * @param iteration the loop's iteration of that step
     */
    public record CodeDemoSummary<F extends Record>(@JsonUnwrapped F facts, int line, int iteration,
                                                    @JsonUnwrapped Verdicts.Claims claims) {
    }

    protected static String fmt(double v) {
        return Numbers.readout(v);
    }

    /** A float as Python's repr writes it in a source literal ("0.5", "2.0"). */
    protected static String literal(double v) {
        return Double.toString(v).replace("E", "e");
    }
}
