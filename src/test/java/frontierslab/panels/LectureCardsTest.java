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
    void everyCardButtonLoadsAnExperimentOfItsPanelWithAnExistingPreset() {
        for (PanelDefinition panel : Registry.panels()) {
            for (Card c : panel.cards()) {
                if (!c.hasAction()) {
                    continue;
                }
                Entry<?, ?> entry = panel.experiments().stream().filter(e -> e.type().id().equals(c.experimentId()))
                        .findFirst().orElseThrow(() -> new AssertionError(c.title() + ": no " + c.experimentId()));
                if (c.presetName() != null) {
                    assertEquals(c.presetName(), entry.type().preset(c.presetName()).name());
                }
            }
        }
    }
}
