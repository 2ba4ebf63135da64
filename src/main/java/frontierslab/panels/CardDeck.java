package frontierslab.panels;

import frontierslab.sim.ExperimentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A panel's texts, read from the resource {@code /frontierslab/cards/<panel>.md}: its cards of lecture text and the
 * descriptions of its experiments' presets. The file is Markdown with a small header per entry:
 *
 * <pre>
 * # card: Theorem 2.1 (The EoS Condition)
 * button: eos-mlp, spiral, Show it: a network at the edge
 *
 * The lecture's words, LaTeX between \( \) and \[ \] written as in the lecture (no escaping).
 *
 * ## note
 *
 * What the run shows, numbers as references {{experiment:preset:quantity:format}} (see {@link References}).
 *
 * # preset: eos-mlp, spiral
 *
 * The preset's description.
 * </pre>
 *
 * <p>Everything before the first {@code # card:} or {@code # preset:} line is a comment for whoever edits the file.
 * {@code button:} lines (optional, any number) each give an experiment of any panel, a preset of it (may be empty)
 * and the button's label (empty: "Show it"); {@link #checkButtons} refuses one whose experiment or preset does not
 * exist. Lines of a paragraph are joined with spaces; paragraphs are separated by a line break, except around a
 * displayed formula (a paragraph that starts with {@code \[}), which stands on its own line anyway.
 */
public final class CardDeck {

    private static final String CARD = "# card:";
    private static final String PRESET = "# preset:";
    private static final String BUTTON = "button:";
    private static final String NOTE = "## note";

    private final String panel;
    private final List<Card> cards;
    private final List<ButtonLine> buttons;
    private final Map<String, String> presets;

    private CardDeck(String panel, List<Card> cards, List<ButtonLine> buttons, Map<String, String> presets) {
        this.panel = panel;
        this.cards = List.copyOf(cards);
        this.buttons = List.copyOf(buttons);
        this.presets = Map.copyOf(presets);
    }

    /** The resource path of a panel's texts. */
    public static String resource(String panel) {
        return "/frontierslab/cards/" + panel + ".md";
    }

    /** A button and the line of the file it is on (1-based). */
    private record ButtonLine(int line, Card.Target target) {
    }

    private static final Map<String, CardDeck> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The panel's texts, read once. */
    public static CardDeck of(String panel) {
        return LOADED.computeIfAbsent(panel, CardDeck::load);
    }

    /** A preset's description from its panel's file, as written. */
    public static String preset(String panel, String experiment, String preset) {
        return of(panel).presetDescription(experiment, preset);
    }

    /** Reads {@link #resource(String)}; a malformed file fails with the line that is wrong. */
    public static CardDeck load(String panel) {
        try (InputStream in = CardDeck.class.getResourceAsStream(resource(panel))) {
            if (in == null) {
                throw new IllegalStateException("no card file " + resource(panel));
            }
            return parse(panel, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of a card file (see the class comment). */
    public static CardDeck parse(String panel, String text) {
        List<Card> cards = new ArrayList<>();
        List<ButtonLine> buttons = new ArrayList<>();
        Map<String, String> presets = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && !isHeader(lines[i])) {
            i++;
        }
        while (i < lines.length) {
            String header = lines[i++];
            List<String> body = new ArrayList<>();
            List<String> note = null;
            List<Card.Target> targets = new ArrayList<>();
            while (i < lines.length && lines[i].startsWith(BUTTON)) {
                Card.Target target = target(panel, header, lines[i].substring(BUTTON.length()).trim());
                targets.add(target);
                buttons.add(new ButtonLine(i + 1, target));
                i++;
            }
            while (i < lines.length && !isHeader(lines[i])) {
                if (lines[i].trim().equals(NOTE)) {
                    note = new ArrayList<>();
                } else {
                    (note == null ? body : note).add(lines[i]);
                }
                i++;
            }
            if (header.startsWith(CARD)) {
                String title = header.substring(CARD.length()).trim();
                cards.add(new Card(title, paragraphs(body), note == null ? null : paragraphs(note), targets));
            } else {
                if (!targets.isEmpty() || note != null) {
                    throw new IllegalArgumentException(resource(panel) + ": '" + header
                            + "': a preset has a description only");
                }
                String[] key = header.substring(PRESET.length()).split(",");
                if (key.length != 2) {
                    throw new IllegalArgumentException(resource(panel) + ": '" + header
                            + "' should read '# preset: experiment, preset'");
                }
                presets.put(key(key[0].trim(), key[1].trim()), paragraphs(body));
            }
        }
        return new CardDeck(panel, cards, buttons, presets);
    }

    /** A {@code button:} line's "experiment, preset, label" (preset empty: none; label empty: "Show it"). */
    private static Card.Target target(String panel, String header, String button) {
        String[] parts = button.split(",", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException(resource(panel) + ": '" + header.substring(CARD.length()).trim()
                    + "': button needs 'experiment, preset, label'");
        }
        String preset = parts[1].trim().isEmpty() ? null : parts[1].trim();
        String label = parts.length < 3 || parts[2].trim().isEmpty() ? null : parts[2].trim();
        return new Card.Target(parts[0].trim(), preset, label);
    }

    /**
     * Refuses a button that names an experiment {@code experiments} does not know (it returns null for those), or a
     * preset that experiment does not have: the message names the file, the line and what is allowed.
     */
    public void checkButtons(Function<String, ExperimentType<?>> experiments) {
        for (ButtonLine b : buttons) {
            String where = resource(panel) + " line " + b.line() + ": button: ";
            ExperimentType<?> type = experiments.apply(b.target().experimentId());
            if (type == null) {
                throw new IllegalArgumentException(where + "no experiment '" + b.target().experimentId() + "'");
            }
            String preset = b.target().presetName();
            if (preset != null && type.presets().stream().noneMatch(p -> p.name().equals(preset))) {
                throw new IllegalArgumentException(where + type.id() + " has no preset '" + preset + "': allowed "
                        + String.join(", ", type.presets().stream().map(p -> p.name()).toList()));
            }
        }
    }

    private static boolean isHeader(String line) {
        return line.startsWith(CARD) || line.startsWith(PRESET);
    }

    private static String key(String experiment, String preset) {
        return experiment + "/" + preset;
    }

    /** Paragraphs joined by line breaks, their lines by spaces; displayed formulas need no break around them. */
    private static String paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String t = line.trim();
            if (t.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(t);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < paragraphs.size(); k++) {
            String p = paragraphs.get(k);
            if (k > 0) {
                boolean display = p.startsWith("\\[") || paragraphs.get(k - 1).startsWith("\\[");
                text.append(display ? " " : "\n");
            }
            text.append(p);
        }
        return text.toString();
    }

    public String panel() {
        return panel;
    }

    /** The cards in file order. */
    public List<Card> cards() {
        return cards;
    }

    /** The description of a preset, as written (references unfilled); fails when the file has none. */
    public String presetDescription(String experiment, String preset) {
        String d = presets.get(key(experiment, preset));
        if (d == null) {
            throw new IllegalStateException(resource(panel) + " has no '# preset: " + experiment + ", " + preset + "'");
        }
        return d;
    }

    /** Every preset description of the file, keyed "experiment/preset". */
    public Map<String, String> presetDescriptions() {
        return presets;
    }
}
