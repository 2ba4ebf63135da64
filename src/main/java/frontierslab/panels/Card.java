package frontierslab.panels;

/**
 * A card of lecture text beside a panel: a theorem, a derivation, an example. The body is the lecture's own words, with
 * formulas in LaTeX between \( \) (inline) and \[ \] (display). Where the run shows something other than the text says,
 * {@code note} says so next to the lecture's words. The button loads the experiment and preset that show the card.
 */
public record Card(String title, String body, String note, String experimentId, String presetName,
                   String buttonLabel) {

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }

    public boolean hasAction() {
        return experimentId != null;
    }
}
