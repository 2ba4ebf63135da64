package frontierslab.panels.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.Card;
import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.References;
import frontierslab.panels.intro.model.RandomLabelsExperiment;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.SummaryJson;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * §1's texts about {@code intro-random-labels} filled from its runs (one full sweep per preset, hence slow): every
 * reference resolves to a finite number, and the words around the numbers hold for the run they quote.
 */
@Tag("slow")
class IntroPanelTest {

    private static final PanelDefinition PANEL = IntroPanel.definition();
    private static final References TEXTS = References.of(PANEL);

    private static Map<String, Object> summary(String preset) {
        String text = "{{intro-random-labels:" + preset + ":p_compared:%d}}";
        Snapshot s = TEXTS.run(References.parse(text).getFirst());
        return SummaryJson.of(s.summary());
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    @Test
    void everyRandomLabelsTextFillsFromItsRunsAndWhatItSaysOfThemHolds() {
        for (Preset<?> p : RandomLabelsExperiment.TYPE.presets()) {
            String filled = TEXTS.fill(CardDeck.of("intro").presetDescription("intro-random-labels", p.name()));
            assertFalse(filled.contains("{{") || filled.contains(References.PLACEHOLDER), filled);
            Map<String, Object> s = summary(p.name());
            int n = ((frontierslab.panels.intro.model.RandomLabelsParams) p.params()).n();
            assertEquals(n, number(s, "interpolates_true_from_p"), p.name() + ": both fit exactly from p = n on");
            assertEquals(n, number(s, "interpolates_shuffled_from_p"), p.name());
            assertEquals(number(s, "parameters_true"), number(s, "parameters_shuffled"), p.name());
            assertTrue(number(s, "norm_shuffled") > number(s, "norm_true"), p.name() + ": " + s);
            assertTrue(number(s, "test_error_shuffled") > number(s, "test_error_true"), p.name() + ": " + s);
        }
        Map<String, Object> threshold = summary("at-the-threshold");
        assertTrue(number(threshold, "test_error_true") > 1 && number(threshold, "test_error_shuffled") > 1,
                "at p = n neither generalizes: " + threshold);
        Card gap = PANEL.cards().stream().filter(c -> c.title().equals("The Gap Between Theory and Practice"))
                .findFirst().orElseThrow();
        String note = TEXTS.fill(gap.note());
        Map<String, Object> wide = summary("wide-model");
        assertTrue(note.contains(String.format(java.util.Locale.ROOT, "%.2f for the true labels",
                number(wide, "test_error_true"))), note);
        assertTrue(note.contains(String.format(java.util.Locale.ROOT, "%.1f times larger", number(wide, "norm_ratio"))),
                note);
    }
}
