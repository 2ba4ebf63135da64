package frontierslab.panels.generalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelNotes;
import frontierslab.panels.References;
import frontierslab.panels.generalization.model.EpochwiseExperiment;
import frontierslab.panels.generalization.model.LinearFeaturesExperiment;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.SummaryJson;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every number a §5 card's note states, recomputed from the run of the preset it names. */
class GeneralizationPanelTest {

    /** One sweep for every random-features preset (a preset changes only what is read from it), made on first use. */
    private static RandomFeaturesExperiment randomFeatures;

    private static synchronized Map<String, Object> randomFeatures(String preset) {
        if (randomFeatures == null) {
            randomFeatures = new RandomFeaturesExperiment(RandomFeaturesExperiment.TYPE.preset("noise").params());
            randomFeatures.run(Long.MAX_VALUE);
        }
        randomFeatures.setParams(RandomFeaturesExperiment.TYPE.preset(preset).params());
        return SummaryJson.of(randomFeatures.snapshot().summary());
    }

    private static <P extends Record> Map<String, Object> summary(ExperimentType<P> type, String preset) {
        return SummaryJson.of(PanelNotes.finished(type, preset).summary());
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    static final PanelNotes NOTES = PanelNotes.of(GeneralizationPanel.definition());
    private static final References TEXTS = NOTES.references();

    /**
     * A card's note with its double-descent references filled from their runs; references to the long grokking runs
     * are left as {@value References#PLACEHOLDER} (GrokPresetsTest, tagged slow, fills and checks those).
     */
    private static String note(String title) {
        return NOTES.note(title, r -> r.experiment().startsWith("dd-")
                ? References.format(TEXTS.value(r), r.format()) : null);
    }

    private static void says(String note, String format, double value) {
        PanelNotes.says(note, format, value);
    }

    @Test
    void theSizeNotTimeNoteStatesTheEpochwiseRun() {
        String note = note("5. Grokking and Double Descent");
        Map<String, Object> s = summary(EpochwiseExperiment.TYPE, "two-time-scales");
        assertEquals(true, s.get("falls_rises_falls"));
        says(note, "falls to %.3f", number(s, "first_min"));
        says(note, "(t = %.1f)", number(s, "first_min_t"));
        says(note, "rises to %.2f", number(s, "peak"));
        says(note, "(t = %.0f)", number(s, "peak_t"));
        says(note, "falls to %.3f (t", number(s, "second_min"));
        says(note, "(t = %,.0f)", number(s, "second_min_t"));
    }

    @Tag("slow")
    @Test
    void theDoubleDescentNoteStatesTheRandomFeatureRuns() {
        String note = note("Double Descent");
        Map<String, Object> noise = randomFeatures("noise");
        assertEquals(100, number(noise, "mean_peak_p"));
        says(note, "p = n at %.1f", number(noise, "mean_peak_test_error"));
        says(note, "(median %.1f)", number(noise, "median_peak_test_error"));
        says(note, "features is %.2g", number(noise, "median_condition_ratio_at_n"));
        says(note, "best p < n gives %.3f", number(noise, "mean_classical_min_test_error"));
        says(note, "(p = %.0f)", number(noise, "mean_classical_min_p"));
        says(note, "p = 1000 gives %.3f", number(noise, "mean_test_error_at_largest_p"));
        says(note, "peak is still %.1f", number(randomFeatures("no-noise"), "mean_peak_test_error"));
        says(note, "(%.3f at p = n)", number(randomFeatures("ridge"), "mean_test_error_at_n"));
        says(note, "σ_max (%.3f)", number(randomFeatures("cut-off"), "mean_test_error_at_n"));
        Map<String, Object> shuffled = randomFeatures("shuffled");
        assertTrue(number(shuffled, "mean_train_error_at_largest_p") < 1e-20);
        says(note, "tests at %.2f", number(shuffled, "mean_test_error_at_largest_p"));
    }

    @Tag("slow")
    @Test
    void theLowerMinimumNoteStatesTheClosedForm() {
        String note = note("Double Descent: a lower minimum?");
        Map<String, Object> flat = summary(LinearFeaturesExperiment.TYPE, "flat-signal");
        says(note, "predicting zero (%.2f at", number(flat, "exact_first_min"));
        says(note, "p = %.0f)", number(flat, "exact_first_min_p"));
        says(note, "falls to %.3f at p = D", number(flat, "exact_at_largest_p"));
        assertEquals(true, flat.get("second_descent_lower"));
        Map<String, Object> decaying = summary(LinearFeaturesExperiment.TYPE, "decaying-signal");
        says(note, "first minimum is %.3f", number(decaying, "exact_first_min"));
        says(note, "(p = %.0f)", number(decaying, "exact_first_min_p"));
        says(note, "ends at %.3f, higher", number(decaying, "exact_at_largest_p"));
        assertEquals(false, decaying.get("second_descent_lower"));
    }

    @Tag("slow")
    @Test
    void theStagesNoteStatesTheEpochwiseRuns() {
        String note = note("Optimization in stages");
        Map<String, Object> two = summary(EpochwiseExperiment.TYPE, "two-time-scales");
        Map<String, Object> one = summary(EpochwiseExperiment.TYPE, "one-time-scale");
        says(note, "from %.3f at the peak", number(two, "slow_part_at_peak"));
        says(note, "to %.3f)", number(two, "slow_part_at_second_min"));
        says(note, "fit as with one time scale (%.3f", number(two, "final_test_error"));
        assertEquals(number(two, "final_test_error"), number(one, "final_test_error"), 1e-9,
                "κ changes when the least-squares fit is reached, not which it is");
        assertEquals(false, one.get("falls_rises_falls"));
        says(note, "t = %.0f, gives", number(one, "first_min_t"));
        says(note, "gives %.3f.", number(one, "first_min"));
    }

    @Test
    void thePanelComesAfterSamInLectureOrderAndEveryButtonLoadsAPreset() {
        var ids = Registry.panels().stream().map(PanelDefinition::id).toList();
        assertEquals(ids.indexOf("sam") + 1, ids.indexOf("generalization"), ids.toString());
        for (Card c : GeneralizationPanel.definition().cards()) {
            Registry.experiment(c.experimentId()).type().preset(c.presetName());
        }
    }
}
