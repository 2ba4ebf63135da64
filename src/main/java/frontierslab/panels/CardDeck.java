package frontierslab.panels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * {@code button:} (optional) gives the experiment, the preset (may be empty) and the button's label (empty: "Show
 * it"). Lines of a paragraph are joined with spaces; paragraphs are separated by a line break, except around a
 * displayed formula (a paragraph that starts with {@code \[}), which stands on its own line anyway.
 */
public final class CardDeck {

    private static final String CARD = "# card:";
    private static final String PRESET = "# preset:";
    private static final String BUTTON = "button:";
    private static final String NOTE = "## note";

    private final String panel;
    private final List<Card> cards;
    private final Map<String, String> presets;

    private CardDeck(String panel, List<Card> cards, Map<String, String> presets) {
        this.panel = panel;
        this.cards = List.copyOf(cards);
        this.presets = Map.copyOf(presets);
    }

    /** The resource path of a panel's texts. */
    public static String resource(String panel) {
        return "/frontierslab/cards/" + panel + ".md";
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
            String button = null;
            if (i < lines.length && lines[i].startsWith(BUTTON)) {
                button = lines[i++].substring(BUTTON.length()).trim();
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
                String experiment = null;
                String preset = null;
                String label = null;
                if (button != null) {
                    String[] parts = button.split(",", 3);
                    if (parts.length < 2) {
                        throw new IllegalArgumentException(resource(panel) + ": '" + title
                                + "': button needs 'experiment, preset, label'");
                    }
                    experiment = parts[0].trim();
                    preset = parts[1].trim().isEmpty() ? null : parts[1].trim();
                    label = parts.length < 3 || parts[2].trim().isEmpty() ? null : parts[2].trim();
                }
                cards.add(new Card(title, paragraphs(body), note == null ? null : paragraphs(note), experiment,
                        preset, label));
            } else {
                if (button != null || note != null) {
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
        return new CardDeck(panel, cards, presets);
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
