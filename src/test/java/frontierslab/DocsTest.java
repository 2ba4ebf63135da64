package frontierslab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs stand on their own and cannot go stale: the README's table of experiments is the registry's, and no file
 * of the repository's sources or docs points to a file outside the repository.
 */
class DocsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** A row of the README's main table: panel | lecture | `experiment-id` | what it shows. */
    private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|([^|]*)\\| `([a-z0-9-]+)` \\|[^|]+\\|$");

    /** Names of files outside the repository (spelled in pieces, so that this file does not contain them). */
    private static final List<String> BANNED = List.of("FACTS" + ".md", "/" + "work/", "shared" + "/design",
            "shared" + "/science", "shared" + "/lecture");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    @Test
    void theReadmesTableListsEveryRegisteredExperimentUnderItsPanelAndNothingElse() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        String panel = "";
        String section = "";
        for (String line : readme().split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                if (!m.group(1).isBlank()) {
                    panel = m.group(1).strip();
                    section = m.group(2).strip();
                }
                table.put(m.group(3), panel + " " + section);
            }
        }
        Map<String, String> registry = new LinkedHashMap<>();
        for (PanelDefinition p : Registry.panels()) {
            p.experiments().forEach(e -> registry.put(e.type().id(), p.title() + " " + p.section()));
        }
        assertEquals(registry, table);
        assertEquals(List.copyOf(registry.keySet()), List.copyOf(table.keySet()), "the table in the registry's order");
    }

    @Test
    void everyScreenshotTheReadmeShowsIsOfARegisteredExperimentAndExists() throws IOException {
        Matcher m = Pattern.compile("\\]\\((screenshots/([a-z0-9-]+?)-(light|projector|dark)\\.png)\\)")
                .matcher(readme());
        List<String> ids = Registry.experiments().stream().map(e -> e.type().id()).toList();
        int shown = 0;
        while (m.find()) {
            String name = m.group(2);
            assertTrue(name.matches("scene-[0-9]{2}-presenter")
                    || ids.stream().anyMatch(id -> name.equals(id) || name.startsWith(id + "-")), name);
            assertTrue(Files.isRegularFile(ROOT.resolve(m.group(1))), m.group(1));
            shown++;
        }
        assertTrue(shown >= ids.size(), "at least one screenshot per experiment");
    }

    @Test
    void noSourceOrDocReferToAFileOutsideTheRepository() throws IOException {
        List<String> offenders = new ArrayList<>();
        Pattern upward = Pattern.compile("(?:\\.\\./)+[\\w.-]+");
        Pattern markdownLink = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");
        for (Path f : textFiles()) {
            String text = Files.readString(f);
            String rel = ROOT.relativize(f).toString();
            for (String banned : BANNED) {
                if (text.contains(banned)) {
                    offenders.add(rel + " mentions " + banned);
                }
            }
            Matcher up = upward.matcher(text);
            while (up.find()) {
                if (!f.getParent().resolve(up.group()).normalize().startsWith(ROOT)) {
                    offenders.add(rel + " points outside the repository: " + up.group());
                }
            }
            if (rel.endsWith(".md")) {
                Matcher link = markdownLink.matcher(text);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.contains("://") || target.startsWith("mailto:")) {
                        continue;
                    }
                    Path resolved = f.getParent().resolve(target).normalize();
                    if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                        offenders.add(rel + " links to a missing or outside file: " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** README.md, pom.xml and every text file under src/ and docs/. */
    private static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("pom.xml")));
        for (String dir : List.of("src", "docs")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.startsWith(ROOT.resolve("src/test/resources/malformed")))
                        .filter(p -> p.toString().matches(".*\\.(java|md|css|txt|json|csv|properties|py|tex)$"))
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertTrue(files.size() > 100, "found the sources");
        return files;
    }
}
