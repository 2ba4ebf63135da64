package frontierslab.panels.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.nn.EosTrainer;
import frontierslab.panels.Card;
import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.ValleyExperiment;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every number and claim of a §2 card's note (and of the §2 docs), recomputed from the run it is about. */
class EosPanelTest {

    private static <P extends Record> Snapshot run(ExperimentType<P> type, String preset) {
        Experiment<P> e = type.create(type.preset(preset).params());
        e.run(Long.MAX_VALUE);
        return e.snapshot();
    }

    private static String note(String titleStart) {
        return EosPanel.definition().cards().stream().filter(c -> c.title().startsWith(titleStart)).findFirst()
                .map(Card::note).orElseThrow();
    }

    private static void says(String text, String format, Object... values) {
        String expected = String.format(Locale.ROOT, format, values);
        assertTrue(text.contains(expected), "should say " + expected + ": " + text);
    }

    private static double number(Snapshot s, String key) {
        return ((Number) s.summary().get(key)).doubleValue();
    }

    @Test
    void theTheoremCardSaysWhenTheSharpnessReachesTheEdgeAndFromWhenThePairMeanStaysInTheBand() {
        String note = note("Theorem 2.1");
        Snapshot s = run(EosMlpExperiment.TYPE, "spiral");
        Trace.View t = s.trace();
        says(note, "starts at %.1f", number(s, "initial_sharpness"));
        int edge = (int) number(s, "first_edge_step");
        says(note, "first reaches 2 at step %d", edge);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int lastOutside = -1;
        int firstInsideAfter = -1;
        for (int r = 0; r < t.rows(); r++) {
            double m = t.get(r, "pair_mean_eta_sharpness");
            if (!Double.isFinite(m)) {
                continue;
            }
            int step = (int) t.get(r, "step");
            if (step >= edge && step <= 1200) {
                low = Math.min(low, m);
                high = Math.max(high, m);
            }
            if (Math.abs(m - 2) > 0.1) {
                lastOutside = step;
                firstInsideAfter = -1;
            } else if (firstInsideAfter < 0) {
                firstInsideAfter = step;
            }
        }
        says(note, "ranges from %.2f to %.2f", low, high);
        assertTrue(lastOutside > edge, "the band does not hold right after the crossing");
        says(note, "From step %d to the end of the run (step %d)", firstInsideAfter, (int) s.step());
        assertTrue(t.get(t.rows() - 1, "loss") < t.get(edge, "loss"), "the loss keeps falling");
    }

    @Test
    void theFeedbackLoopCardStatesTheValleyRuns() {
        String note = note("Heuristic derivation: the feedback loop");
        Snapshot drift = run(ValleyExperiment.TYPE, "log-cosh-drift");
        double tooSharp = number(drift, "start_flow_limit_sharpness") / number(drift, "two_over_eta");
        assertEquals(3.0, tooSharp, 0.05, "three times too sharp");
        assertTrue(note.contains("three times too sharp"), note);
        says(note, "sharpness %.2f × 2/η", number(drift, "final_sharpness_over_two_over_eta"));
        assertTrue(number(drift, "final_sharpness_over_two_over_eta") < 1, "just below the edge");
        assertEquals(Status.State.CONVERGED, drift.status().state());
        Snapshot square = run(ValleyExperiment.TYPE, "square-loss-diverges");
        assertEquals(Status.State.DIVERGED, square.status().state());
        says(note, "diverges within %d steps", (int) number(square, "divergence_step"));
        assertEquals(drift.params().toString().replace("LOG_COSH", "SQUARE").replace("steps=500", ""),
                square.params().toString().replace("steps=500", ""), "the same start and η");
    }

    @Test
    void theExampleOneCardStatesItsRuns() {
        String note = note("Example 1");
        Snapshot flips = run(PowerLawExperiment.TYPE, "example-1-sign-flips");
        Trace.View t = flips.trace();
        says(note, "From ηf'' = %.2f", t.get(0, "eta_lambda_max"));
        int leading = 0;
        while (t.get(leading, "x") * t.get(leading + 1, "x") < 0) {
            assertTrue(Math.abs(t.get(leading + 1, "x")) < Math.abs(t.get(leading, "x")), "yet shrinks");
            leading++;
        }
        says(note, "flips sign on each of its first %d steps", leading);
        assertEquals(Status.State.CONVERGED, flips.status().state());
        says(note, "ηf'' > 2(q − 1) = %.1f", number(flips, "edge_of_stability"));
        Snapshot diverges = run(PowerLawExperiment.TYPE, "example-1-diverges");
        assertEquals(Status.State.DIVERGED, diverges.status().state());
        assertTrue(diverges.trace().get(0, "eta_lambda_max") > number(diverges, "edge_of_stability"));
        Snapshot orbit = run(PowerLawExperiment.TYPE, "period-two-orbit");
        assertEquals("period-two", orbit.summary().get("run_outcome"));
        assertTrue(number(orbit, "edge_of_stability") < 2);
    }

    @Test
    void theDemoOneCardStatesTheRunAndItsLossFallsOnEveryStep() {
        String note = note("Demo 1");
        Snapshot demo = run(PowerLawExperiment.TYPE, "lecture-demo-1");
        Trace.View t = demo.trace();
        says(note, "η·λ_max falls from %.2f to %.3f", number(demo, "start_eta_lambda_max"),
                number(demo, "last_eta_lambda_max"));
        for (int r = 1; r < t.rows(); r++) {
            assertTrue(t.get(r, "loss") < t.get(r - 1, "loss"), "the loss falls strictly at step " + r);
        }
        says(note, "η·λ_max > %.1f", number(demo, "edge_of_stability"));
        assertEquals(Status.State.DIVERGED, run(PowerLawExperiment.TYPE, "demo-1-from-far-out").status().state());
    }

    @Test
    void onAnOrbitOfConstantLossTheStatusSaysTheLossNeverRoseNotThatItFell() {
        Snapshot orbit = run(PowerLawExperiment.TYPE, "period-two-orbit");
        Trace.View t = orbit.trace();
        int last = t.rows() - 1;
        assertEquals(t.get(last, "loss"), t.get(last - 1, "loss"), 1e-15, "constant on the orbit");
        assertTrue(orbit.status().message().contains("the loss never rose"), orbit.status().message());
        assertTrue(!orbit.status().message().contains("fell"), orbit.status().message());
    }

    /** docs/panels/eos.md and EosTrainer's javadoc: what raising η at the edge does, measured on the trainer. */
    @Test
    void theDocsNumbersOfAMidRunChangeOfEtaAreTheTrainers() throws IOException {
        String doc = Files.readString(Path.of("docs/panels/eos.md"));
        EosTrainer atTwoThousand = EosTrainer.spiral(0.04);
        double initialLoss = atTwoThousand.loss();
        for (int i = 0; i < 2000; i++) {
            atTwoThousand.step();
        }
        double pairMean = atTwoThousand.sharpnessOnTwoConsecutiveSteps().orElseThrow().meanLambdaMax();
        says(doc, "pair mean %.1f at step 2000", pairMean);
        atTwoThousand.setLearningRate(0.25);
        int steps = 0;
        while (atTwoThousand.loss() <= 2000 * initialLoss) {
            atTwoThousand.step();
            steps++;
        }
        String javadoc = Files.readString(Path.of("src/main/java/frontierslab/math/nn/EosTrainer.java"));
        assertEquals(10, steps, "η = 0.25 from step 2000");
        assertTrue(javadoc.contains("set at step 2000 passes 2000 times L(θ₀) within\n * ten steps"), javadoc);
    }
}
