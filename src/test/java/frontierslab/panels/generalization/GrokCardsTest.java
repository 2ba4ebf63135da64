package frontierslab.panels.generalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.Card;
import frontierslab.panels.generalization.model.GrokExperiment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The grokking cards quote the lecture verbatim and their buttons load presets of {@code grok-modadd} that exist. */
class GrokCardsTest {

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    @Test
    void theCardsQuoteTheLectureAndLoadExistingPresets() throws IOException {
        String lecture;
        try (InputStream in = getClass().getResourceAsStream("/reference/lecture-1.5-modern-frontiers.txt")) {
            lecture = normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(2, GrokCards.cards().size());
        for (Card c : GrokCards.cards()) {
            assertTrue(lecture.contains(normalised(c.body())), c.title());
            assertEquals(GrokExperiment.TYPE.id(), c.experimentId());
            assertEquals(c.presetName(), GrokExperiment.TYPE.preset(c.presetName()).name());
            assertTrue(c.hasNote());
        }
    }
}
