package frontierslab.panels;

import java.util.List;

/**
 * A card of lecture text beside a panel: a theorem, a derivation, an example. The body is the lecture's own words, with
 * formulas in LaTeX between \( \) (inline) and \[ \] (display). Where the run shows something other than the text says,
 * {@code note} says so next to the lecture's words. Each button opens the experiment and preset that show the card's
 * claim, in whichever panel the experiment lives.
 */
public record Card(String title, String body, String note, List<Target> buttons) {

    /** What a button opens: an experiment (of any panel), a preset of it (null: as it is) and the button's label. */
    public record Target(String experimentId, String presetName, String label) {
    }

    public Card {
        buttons = List.copyOf(buttons);
    }

    /** A card with one button, or none when {@code experimentId} is null. */
    public Card(String title, String body, String note, String experimentId, String presetName, String buttonLabel) {
        this(title, body, note, experimentId == null ? List.of()
                : List.of(new Target(experimentId, presetName, buttonLabel)));
    }

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }

    public boolean hasAction() {
        return !buttons.isEmpty();
    }

    /** The first button's experiment, null without a button. */
    public String experimentId() {
        return buttons.isEmpty() ? null : buttons.getFirst().experimentId();
    }

    /** The first button's preset. */
    public String presetName() {
        return buttons.isEmpty() ? null : buttons.getFirst().presetName();
    }

    /** The first button's label. */
    public String buttonLabel() {
        return buttons.isEmpty() ? null : buttons.getFirst().label();
    }
}
