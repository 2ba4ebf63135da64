package frontierslab.panels.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.nn.EosTrainer;
import frontierslab.panels.Card;
import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelNotes;
import frontierslab.panels.References;
import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.ValleyExperiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every number and claim of a §2 card's note (and of the §2 docs), recomputed from the run it is about. */
class EosPanelTest {

    private static <P extends Record> Snapshot run(ExperimentType<P> type, String preset) {
        return PanelNotes.finished(type, preset);
    }

    private static final PanelNotes NOTES = PanelNotes.of(EosPanel.definition());
    private static final References TEXTS = NOTES.references();

    private static String note(String title) {
        return NOTES.note(title);
    }

    private static String description(String experiment, String preset) {
        return TEXTS.fill(CardDeck.of("eos").presetDescription(experiment, preset));
    }

    private static void says(String text, String format, Object... values) {
        PanelNotes.says(text, format, values);
    }

    /** A value of the run's summary as its JSON names it: the names the cards' references use. */
    private static double number(Snapshot s, String key) {
        return ((Number) SummaryJson.of(s.summary()).get(key)).doubleValue();
    }

    @Tag("slow")
    @Test
    void theTheoremCardSaysWhenTheSharpnessReachesTheEdgeAndFromWhenThePairMeanStaysInTheBand() {
        String note = note("Theorem 2.1");
        Snapshot s = run(EosMlpExperiment.TYPE, "spiral");
        Trace.View t = s.trace();
        says(note, "starts at %.1f", number(s, "initial_sharpness"));
        int edge = (int) number(s, "first_edge_step");
        says(note, "first reaches \\(2\\) at step %d", edge);
        int firstInsideAfter = -1;
        int lastOutside = -1;
        for (int r = 0; r < t.rows(); r++) {
            double m = t.get(r, "pair_mean_eta_sharpness");
            if (!Double.isFinite(m)) {
                continue;
            }
            if (Math.abs(m - 2) > 0.1) {
                lastOutside = (int) t.get(r, "step");
                firstInsideAfter = -1;
            } else if (firstInsideAfter < 0) {
                firstInsideAfter = (int) t.get(r, "step");
            }
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < t.rows(); r++) {
            double m = t.get(r, "pair_mean_eta_sharpness");
            int step = (int) t.get(r, "step");
            if (Double.isFinite(m) && step >= edge && step < firstInsideAfter) {
                low = Math.min(low, m);
                high = Math.max(high, m);
            }
        }
        assertTrue(lastOutside > edge, "the band does not hold right after the crossing");
        assertTrue(low < 1.9 && high > 2.1, "it leaves the band on both sides: " + low + ", " + high);
        says(note, "until step %d η·λ_max averaged over consecutive steps ranges from %.2f to %.2f", firstInsideAfter,
                low, high);
        says(note, "to the end of the run (step %d)", (int) s.step());
        double eta = ((frontierslab.panels.eos.model.EosMlpParams) s.params()).eta();
        says(note, "(η = %.2f, so \\(2/\\eta\\) = %.0f)", eta, 2 / eta);
        assertTrue(t.get(t.rows() - 1, "loss") < t.get(edge, "loss"), "the loss keeps falling");
    }

    @Test
    void theFeedbackLoopCardStatesTheValleyRuns() {
        String note = note("Heuristic derivation: the feedback loop");
        Snapshot drift = run(ValleyExperiment.TYPE, "log-cosh-drift");
        double tooSharp = number(drift, "start_flow_limit_sharpness") / number(drift, "two_over_eta");
        says(note, "minima are %.1f times too sharp", tooSharp);
        says(note, "sharpness %.2f × \\(2/\\eta\\)", number(drift, "final_sharpness_over_two_over_eta"));
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
        double q = ((frontierslab.panels.eos.model.PowerLawParams) flips.params()).q();
        assertEquals(2 * (q - 1), number(flips, "edge_of_stability"), 1e-15);
        says(note, "2(q - 1)\\) = %.1f, not", 2 * (q - 1));
        Snapshot diverges = run(PowerLawExperiment.TYPE, "example-1-diverges");
        assertEquals(Status.State.DIVERGED, diverges.status().state());
        assertTrue(diverges.trace().get(0, "eta_lambda_max") > number(diverges, "edge_of_stability"));
        Snapshot orbit = run(PowerLawExperiment.TYPE, "period-two-orbit");
        assertEquals("period-two", ((PowerLawExperiment.PowerLawSnapshot) orbit).summary().run().runOutcome());
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

    /** Every reference of the panel's notes and descriptions names a run and a quantity that exist. */
    @Tag("slow")
    @Test
    void everyNoteAndDescriptionOfThePanelFillsFromItsRuns() {
        for (Card c : EosPanel.definition().cards()) {
            if (c.hasNote()) {
                String filled = TEXTS.fill(c.note());
                assertTrue(!filled.contains("{{") && !filled.contains(References.PLACEHOLDER), filled);
            }
        }
        CardDeck.of("eos").presetDescriptions().values().forEach(d -> assertTrue(!TEXTS.fill(d).contains("{{")));
    }

    /** The numbers of the preset descriptions against closed forms of their parameters. */
    @Test
    void thePresetDescriptionsNumbersAreTheirClosedForms() {
        for (String preset : new String[] {"converging", "monotone", "edge", "diverging"}) {
            var p = frontierslab.panels.eos.model.QuadraticExperiment.TYPE.preset(preset).params();
            says(description("eos-quadratic", preset), "η·λ₁ = %.1f:", p.eta() * Math.max(p.lambda1(), p.lambda2()));
        }
        var heavy = frontierslab.panels.eos.model.QuadraticExperiment.TYPE.preset("heavy-ball").params();
        says(description("eos-quadratic", "heavy-ball"), "\\(2 + 2\\beta\\) = %.1f", 2 + 2 * heavy.beta());
        var nesterov = frontierslab.panels.eos.model.QuadraticExperiment.TYPE.preset("nesterov").params();
        says(description("eos-quadratic", "nesterov"), "≈ %.2f",
                (2 + 2 * nesterov.beta()) / (1 + 2 * nesterov.beta()));
        var ellipse = ValleyExperiment.TYPE.preset("ellipse-no-stable-minimum").params();
        says(description("eos-valley", "ellipse-no-stable-minimum"), "\\(8a\\) = %.1f and \\(2/\\eta\\) = %.1f",
                8 * ellipse.a(), 2 / ellipse.eta());
        var far = PowerLawExperiment.TYPE.preset("demo-1-from-far-out").params();
        double r = Math.hypot(far.x0(), far.y0());
        double q = far.q();
        says(description("eos-power-law", "demo-1-from-far-out"), "η·λ_max = %.2f > \\(2(q - 1)\\) = %.1f",
                far.eta() * q * (q - 1) * Math.pow(r, q - 2), 2 * (q - 1));
        var repels = PowerLawExperiment.TYPE.preset("cobweb-orbit-repels").params();
        says(description("eos-power-law", "cobweb-orbit-repels"), "two-cycle ±%.3f",
                Math.pow(2 / (repels.eta() * repels.q()), 1 / (repels.q() - 2)));
        var flips = PowerLawExperiment.TYPE.preset("example-1-sign-flips").params();
        says(description("eos-power-law", "example-1-sign-flips"), "\\(\\eta f''\\) = %.2f",
                flips.eta() * flips.q() * (flips.q() - 1) * Math.pow(Math.abs(flips.x0()), flips.q() - 2));
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
