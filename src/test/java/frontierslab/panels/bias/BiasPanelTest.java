package frontierslab.panels.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.Card;
import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelNotes;
import frontierslab.panels.References;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.SummaryJson;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every number a §3 card's note states, recomputed from the run of the preset it names. */
class BiasPanelTest {

    private static <P extends Record> Map<String, Object> summary(ExperimentType<P> type, String preset) {
        return SummaryJson.of(PanelNotes.finished(type, preset).summary());
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    private static final PanelNotes NOTES = PanelNotes.of(BiasPanel.definition());
    private static final References TEXTS = NOTES.references();

    private static String note(String title) {
        return NOTES.note(title);
    }

    private static void says(String note, String format, Object... values) {
        PanelNotes.says(note, format, values);
    }

    @Test
    void theSparseRegressionNoteStatesItsRuns() {
        String note = note("3. Implicit Bias");
        Map<String, Object> small = summary(SparseBiasExperiment.TYPE, "small-init");
        Map<String, Object> large = summary(SparseBiasExperiment.TYPE, "large-init");
        says(note, "ends %.2f from the minimum-ℓ₁", number(small, "dist_l1"));
        says(note, "and %.2f from the minimum-ℓ₂", number(small, "dist_l2"));
        var sparse = SparseBiasExperiment.TYPE.create(SparseBiasExperiment.TYPE.preset("small-init").params());
        double[] truth = ((SparseBiasExperiment.SparseBiasSnapshot) sparse.snapshot()).truth();
        says(note, "‖w‖₁ = %.2f against %.2f", number(small, "l1_norm"),
                java.util.Arrays.stream(truth).map(Math::abs).sum());
        says(note, "features, a truth with %d nonzero", java.util.Arrays.stream(truth).filter(v -> v != 0).count());
        assertEquals(0, number(small, "min_l1_dist_truth"), 1e-12, "the minimum-ℓ1 interpolator is the truth");
        says(note, "(‖w‖₁ = %.2f)", number(large, "l1_norm"));
        says(note, "dense and %.2f from the truth", number(large, "dist_truth"));
        assertTrue(number(large, "dist_l2") < 0.01, "the large-init run ends at the minimum-ℓ2 interpolator");
        assertTrue(note.contains(String.format(Locale.ROOT, "%,d steps against %,d", (int) number(small, "steps"),
                (int) number(large, "steps"))), note);
    }

    @Test
    void theLowRankNoteStatesItsRuns() {
        String note = note("Theorem 3.2");
        Map<String, Object> small = summary(LowRankBiasExperiment.TYPE, "small-init");
        Map<String, Object> large = summary(LowRankBiasExperiment.TYPE, "large-init");
        says(note, "from %.0f %% of its", 100 * number(small, "observed_entries") / 400);
        says(note, "half of it at step %.0f", number(small, "sigma1_half_step"));
        says(note, "later (step %.0f)", number(small, "sigma2_half_step"));
        assertEquals(2, number(small, "numerical_rank"));
        says(note, "unobserved entries of %.4f ×", number(small, "relative_unobserved_error"));
        says(note, "ends at rank %.0f", number(large, "numerical_rank"));
        says(note, "does %.2f × worse", number(large, "relative_unobserved_error"));
    }

    @Test
    void theScalarCaseNoteStatesItsRuns() {
        String note = note("Proof for the Scalar Case");
        Map<String, Object> small = summary(ScalarBiasExperiment.TYPE, "small-init");
        says(note, "until t = %.2f", number(small, "time_to_half_gd"));
        says(note, "gives %.2f", number(small, "time_to_half_flow"));
        double alpha = 1e-3;
        assertEquals(Math.log(1 / (alpha * alpha) - 1) / 2, number(small, "time_to_half_flow"), 1e-9,
                "the closed form y/(1 + (y/α² − 1)e^{−2yt}) = y/2 at t = ln(y/α² − 1)/(2y)");
        says(note, "no plateau (t = %.3f)", number(summary(ScalarBiasExperiment.TYPE, "large-init"), "time_to_half_gd"));
        Map<String, Object> unbalanced = summary(ScalarBiasExperiment.TYPE, "unbalanced");
        assertEquals(null, unbalanced.get("time_to_half_lecture"), "the lecture's formula never reaches y/2 from β = 0");
        says(note, "reaches \\(y/2\\) at t = %.2f", number(unbalanced, "time_to_half_gd"));
    }

    @Test
    void theExampleThreeNoteStatesItsRuns() {
        String note = note("Example 3");
        Map<String, Object> equal = summary(ScalarBiasExperiment.TYPE, "example-3");
        says(note, "ends at (%.3f, ", number(equal, "final_w1"));
        assertEquals(number(equal, "final_w1"), number(equal, "final_w2"));
        Map<String, Object> unequal = summary(ScalarBiasExperiment.TYPE, "example-3-unequal-start");
        says(note, "w₁ − w₂ = %.1f", number(unequal, "w1_minus_w2_final"));
        assertTrue(note.contains(String.format(Locale.ROOT, "ends at (%.3f, %.3f)", number(unequal, "final_w1"),
                number(unequal, "final_w2"))), note);
    }

    @Test
    void everyNoteAndDescriptionOfThePanelFillsFromItsRuns() {
        for (Card c : BiasPanel.definition().cards()) {
            if (c.hasNote()) {
                assertTrue(!TEXTS.fill(c.note()).contains("{{"));
            }
        }
        CardDeck.of("bias").presetDescriptions().values().forEach(d -> assertTrue(!TEXTS.fill(d).contains("{{")));
    }

    /** The truth of the completion problem, against an SVD of its own: rank 2 with singular values 10 and 4. */
    @Test
    void theLowRankNoteStatesTheTruthsSizeRankAndSingularValues() {
        String note = note("Theorem 3.2");
        var e = LowRankBiasExperiment.TYPE.create(LowRankBiasExperiment.TYPE.preset("small-init").params());
        double[][] truth = ((LowRankBiasExperiment.LowRankBiasSnapshot) e.snapshot()).truth();
        double[] sv = new org.hipparchus.linear.SingularValueDecomposition(
                org.hipparchus.linear.MatrixUtils.createRealMatrix(truth)).getSingularValues();
        says(note, "a %d×%d matrix of rank 2", truth.length, truth.length);
        assertTrue(sv[2] < 1e-9 * sv[0], "rank 2");
        says(note, "(singular values %.0f and %.0f)", sv[0], sv[1]);
    }
}
