package frontierslab.panels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No number is typed by hand into a note, a button's label or a preset description: every digit left is a reference to
 * a run, inside a formula \( \) or \[ \], inside quoted lecture text, or part of a name (a preset's name, "Demo 2",
 * "Theorem 4.1").
 */
class NoTypedNumbersTest {

    private static final Pattern FORMULA = Pattern.compile("\\\\\\(.*?\\\\\\)|\\\\\\[.*?\\\\]", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern LECTURE_NAME = Pattern.compile("\\b(Demo|Example|Theorem|Step) \\d+(\\.\\d+)?\\b");

    private static String lecture() throws IOException {
        try (InputStream in = NoTypedNumbersTest.class.getResourceAsStream(
                "/reference/lecture-1.5-modern-frontiers.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
    }

    /** What is left of a text once references, formulas, lecture quotes and names are taken out. */
    static String typed(String text, List<String> names, String lecture) {
        String t = References.withoutReferences(text);
        t = FORMULA.matcher(t).replaceAll(" ");
        Matcher q = QUOTED.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (q.find()) {
            q.appendReplacement(sb, lecture.contains(q.group(1)) ? " " : Matcher.quoteReplacement(q.group()));
        }
        q.appendTail(sb);
        t = sb.toString();
        for (String name : names) {
            t = t.replace(name, " ");
        }
        return LECTURE_NAME.matcher(t).replaceAll(" ");
    }

    @Test
    void everyNumberInANoteOrAPresetDescriptionIsAReferenceAFormulaOrTheLecturesOwn() throws IOException {
        String lecture = lecture();
        List<String> offences = new ArrayList<>();
        for (PanelDefinition panel : Registry.panels()) {
            List<String> names = new ArrayList<>();
            panel.experiments().forEach(e -> {
                names.add(e.type().id());
                e.type().presets().forEach(p -> names.add(p.name()));
            });
            names.sort((a, b) -> b.length() - a.length());
            List<String[]> texts = new ArrayList<>();
            panel.cards().stream().filter(Card::hasNote).forEach(c -> texts.add(new String[] {c.title(), c.note()}));
            panel.cards().forEach(c -> c.buttons().stream().filter(b -> b.label() != null)
                    .forEach(b -> texts.add(new String[] {c.title() + " (button)", b.label()})));
            CardDeck.of(panel.id()).presetDescriptions().forEach((k, v) -> texts.add(new String[] {k, v}));
            for (String[] t : texts) {
                String left = typed(t[1], names, lecture);
                Matcher digit = Pattern.compile("[^\\s]*\\d[^\\s]*").matcher(left);
                while (digit.find()) {
                    offences.add(panel.id() + " / " + t[0] + ": '" + digit.group() + "'");
                }
            }
        }
        assertTrue(offences.isEmpty(), offences.size() + " typed numbers:\n" + String.join("\n", offences));
    }

    @Test
    void theCheckFindsATypedNumberButNotAReferenceAFormulaOrAQuote() throws IOException {
        String lecture = lecture();
        List<String> names = List.of("example-1-diverges");
        assertTrue(typed("it ends at 0.97 × 2/η", names, lecture).matches(".*\\d.*"));
        String allowed = "it ends at {{eos-valley:log-cosh-drift:final_sharpness:%.2f}}, \\(2/\\eta\\), "
                + "\"jump out\", preset example-1-diverges, Demo 2, Theorem 4.1";
        assertTrue(!typed(allowed, names, lecture).matches("(?s).*\\d.*"), typed(allowed, names, lecture));
        assertTrue(typed("\"quoted 42 not in the lecture\"", names, lecture).matches(".*\\d.*"));
    }
}
