package frontierslab.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every card quotes the lecture verbatim (its text, its LaTeX), piece by piece, and every card's button loads an
 * experiment of its own panel with a preset that exists.
 */
class LectureCardsTest {

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    @Test
    void cardsQuoteTheLectureVerbatim() throws IOException {
        String lecture;
        try (InputStream in = getClass().getResourceAsStream("/reference/lecture-1.5-modern-frontiers.txt")) {
            lecture = normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        for (PanelDefinition panel : Registry.panels()) {
            for (Card c : panel.cards()) {
                for (String piece : c.body().split("\\\\\\[|\\\\\\]|\n")) {
                    String p = normalised(piece);
                    if (!p.isEmpty()) {
                        assertTrue(lecture.contains(p), c.title() + ": not in the lecture: " + p);
                    }
                }
            }
        }
    }

    @Test
    void everyCardButtonOpensAnExperimentOfSomePanelWithAnExistingPreset() {
        for (PanelDefinition panel : Registry.panels()) {
            for (Card c : panel.cards()) {
                for (Card.Target t : c.buttons()) {
                    Entry<?, ?> entry = Registry.experiment(t.experimentId());
                    if (t.presetName() != null) {
                        assertEquals(t.presetName(), entry.type().preset(t.presetName()).name(), c.title());
                    }
                }
            }
        }
    }

    /** A note that sends the reader to "preset x" names a preset that exists in its panel. */
    @Test
    void everyPresetANoteNamesExists() {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("presets? ([a-z0-9]+(?:-[a-z0-9]+)+)");
        int checked = 0;
        for (PanelDefinition panel : Registry.panels()) {
            java.util.Set<String> presets = new java.util.HashSet<>();
            panel.experiments().forEach(e -> e.type().presets().forEach(p -> presets.add(p.name())));
            for (Card c : panel.cards()) {
                if (!c.hasNote()) {
                    continue;
                }
                var m = named.matcher(c.note());
                while (m.find()) {
                    assertTrue(presets.contains(m.group(1)), c.title() + " names a preset '" + m.group(1)
                            + "' that " + panel.id() + " does not have");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4, "the notes name presets: " + checked);
    }
}
