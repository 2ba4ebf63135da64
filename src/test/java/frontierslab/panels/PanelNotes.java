package frontierslab.panels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A panel's card notes for its tests: a note with its references filled from the runs they name (or by the test), what
 * a note must say, and a preset's run played to its end, to recompute each number from.
 */
public final class PanelNotes {

    private final PanelDefinition panel;
    private final References references;

    private PanelNotes(PanelDefinition panel) {
        this.panel = panel;
        this.references = References.of(panel);
    }

    public static PanelNotes of(PanelDefinition panel) {
        return new PanelNotes(panel);
    }

    public References references() {
        return references;
    }

    /** The card titled {@code title}, or else the first whose title starts with it. */
    public Card card(String title) {
        return panel.cards().stream().filter(c -> c.title().equals(title)).findFirst()
                .or(() -> panel.cards().stream().filter(c -> c.title().startsWith(title)).findFirst())
                .orElseThrow(() -> new AssertionError("no card " + title + " on " + panel.id()));
    }

    /** The card's note with its references filled from their runs. */
    public String note(String title) {
        return references.fill(card(title).note());
    }

    /** The card's note with each reference filled by {@code value} (null: left as {@value References#PLACEHOLDER}). */
    public String note(String title, Function<References.Reference, String> value) {
        StringBuilder filled = new StringBuilder();
        Matcher m = Pattern.compile("\\{\\{[^{}]*}}").matcher(card(title).note());
        while (m.find()) {
            String v = value.apply(References.parse(m.group()).get(0));
            m.appendReplacement(filled, Matcher.quoteReplacement(v == null ? References.PLACEHOLDER : v));
        }
        return m.appendTail(filled).toString();
    }

    /** Fails unless {@code text} contains {@code format} applied to {@code values} (in {@link Locale#ROOT}). */
    public static void says(String text, String format, Object... values) {
        String expected = String.format(Locale.ROOT, format, values);
        assertTrue(text.contains(expected), "should say " + expected + ": " + text);
    }

    /** The snapshot of the preset's run, played to its end. */
    public static <P extends Record> Snapshot finished(ExperimentType<P> type, String preset) {
        Experiment<P> e = type.create(type.preset(preset).params());
        e.run(Long.MAX_VALUE);
        return e.snapshot();
    }
}
