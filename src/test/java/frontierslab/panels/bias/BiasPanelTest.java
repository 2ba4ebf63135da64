package frontierslab.panels.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.Card;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every number a §3 card's note states, recomputed from the run of the preset it names. */
class BiasPanelTest {

    private static <P extends Record> Map<String, Object> summary(ExperimentType<P> type, String preset) {
        Experiment<P> e = type.create(type.preset(preset).params());
        e.run(Long.MAX_VALUE);
        return e.snapshot().summary();
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    private static String note(String titleStart) {
        return BiasPanel.definition().cards().stream().filter(c -> c.title().startsWith(titleStart)).findFirst()
                .map(Card::note).orElseThrow();
    }

    private static void says(String note, String format, double value) {
        String text = String.format(Locale.ROOT, format, value);
        assertTrue(note.contains(text), "the note should say " + text + ": " + note);
    }

    @Test
    void theSparseRegressionNoteStatesItsRuns() {
        String note = note("3. Implicit Bias");
        Map<String, Object> small = summary(SparseBiasExperiment.TYPE, "small-init");
        Map<String, Object> large = summary(SparseBiasExperiment.TYPE, "large-init");
        says(note, "ends %.2f from the minimum-ℓ1", number(small, "dist_l1"));
        says(note, "and %.2f from the minimum-ℓ2", number(small, "dist_l2"));
        says(note, "‖w‖₁ = %.2f against 3", number(small, "l1_norm"));
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
        says(note, "reaches y/2 at t = %.2f", number(unbalanced, "time_to_half_gd"));
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
}
