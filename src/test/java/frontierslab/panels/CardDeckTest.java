package frontierslab.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.sim.Preset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardDeckTest {

    private static final String FILE = """
            <!-- a comment for the editor; # card: inside it is not a card because it does not start a line -->
            # card: A theorem
            button: eos-quadratic, diverging, Show it: the quadratic

            If \\(\\eta \\lambda < 2\\), then
            \\(x_t \\to 0\\):

            \\[ x_{t+1} = (1 - \\eta \\lambda) x_t \\]

            • a bullet

            ## note

            what the run shows

            # card: No button

            words
            # preset: eos-quadratic, diverging

            a description
            on two lines
            """;

    @Test
    void aCardFileGivesCardsWithTheirButtonsNotesAndPresetDescriptions() {
        CardDeck deck = CardDeck.parse("test", FILE);
        assertEquals(2, deck.cards().size());
        Card first = deck.cards().get(0);
        assertEquals("A theorem", first.title());
        assertTrue(first.body().contains("\\(\\eta"), "LaTeX is read as written, one backslash");
        assertEquals("what the run shows", first.note());
        assertEquals("eos-quadratic", first.experimentId());
        assertEquals("diverging", first.presetName());
        assertEquals("Show it: the quadratic", first.buttonLabel());
        Card second = deck.cards().get(1);
        assertEquals("words", second.body());
        assertNull(second.note());
        assertTrue(!second.hasAction());
        assertEquals("a description on two lines", deck.presetDescription("eos-quadratic", "diverging"));
    }

    @Test
    void paragraphsBreakTheLineExceptAroundADisplayedFormula() {
        Card c = CardDeck.parse("test", FILE).cards().get(0);
        assertEquals("If \\(\\eta \\lambda < 2\\), then \\(x_t \\to 0\\): \\[ x_{t+1} = (1 - \\eta \\lambda) x_t \\] "
                + "• a bullet", c.body());
    }

    @Test
    void aMalformedFileFailsWithTheEntryThatIsWrong() {
        var noPreset = assertThrows(IllegalArgumentException.class,
                () -> CardDeck.parse("test", "# card: T\nbutton: only-one\n\nx\n"));
        assertTrue(noPreset.getMessage().contains("'T'"), noPreset.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CardDeck.parse("test", "# preset: no-comma\n\nx\n"));
        assertThrows(IllegalStateException.class, () -> CardDeck.parse("test", FILE).presetDescription("x", "y"));
    }

    @Test
    void everyPresetOfEveryPanelIsDescribedInItsPanelsFileAndNoDescriptionIsAnOrphan() {
        for (PanelDefinition panel : Registry.panels()) {
            CardDeck deck = CardDeck.of(panel.id());
            Set<String> presets = new HashSet<>();
            for (var entry : panel.experiments()) {
                for (Preset<?> p : entry.type().presets()) {
                    presets.add(entry.type().id() + "/" + p.name());
                    assertEquals(deck.presetDescription(entry.type().id(), p.name()), p.description());
                }
            }
            assertEquals(presets, deck.presetDescriptions().keySet(), panel.id());
            assertEquals(deck.cards(), panel.cards());
        }
    }

    private static final String TWO_BUTTONS = """
            # card: Across panels
            button: eos-quadratic, diverging, Here
            button: sam-valley, , There

            words
            """;

    @Test
    void aCardMayHaveSeveralButtonsEachNamingAnExperimentAndAPresetOrNone() {
        Card c = CardDeck.parse("test", TWO_BUTTONS).cards().get(0);
        assertEquals(java.util.List.of(new Card.Target("eos-quadratic", "diverging", "Here"),
                new Card.Target("sam-valley", null, "There")), c.buttons());
        assertEquals("words", c.body());
        CardDeck.parse("test", TWO_BUTTONS).checkButtons(RegistryTypes::find);
    }

    @Test
    void aButtonNamingAnUnknownExperimentOrPresetIsRefusedWithItsLine() {
        var experiment = assertThrows(IllegalArgumentException.class, () -> CardDeck.parse("test",
                TWO_BUTTONS.replace("sam-valley", "sam-vally")).checkButtons(RegistryTypes::find));
        assertTrue(experiment.getMessage().contains("test.md line 3")
                && experiment.getMessage().contains("no experiment 'sam-vally'"), experiment.getMessage());
        var preset = assertThrows(IllegalArgumentException.class, () -> CardDeck.parse("test",
                TWO_BUTTONS.replace("diverging", "divergent")).checkButtons(RegistryTypes::find));
        assertTrue(preset.getMessage().contains("test.md line 2")
                && preset.getMessage().contains("eos-quadratic has no preset 'divergent'")
                && preset.getMessage().contains("diverging"), preset.getMessage());
    }

    @Test
    void everyButtonOfTheAppsCardFilesNamesAnExperimentAndPresetThatExist() {
        for (PanelDefinition panel : Registry.panels()) {
            CardDeck.of(panel.id()).checkButtons(RegistryTypes::find);
        }
    }

    /** The registry's experiment types by id, null for an unknown id. */
    private static final class RegistryTypes {
        static frontierslab.sim.ExperimentType<?> find(String id) {
            return Registry.experiments().stream().map(e -> (frontierslab.sim.ExperimentType<?>) e.type())
                    .filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }
    }
}
