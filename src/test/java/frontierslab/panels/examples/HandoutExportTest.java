package frontierslab.panels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.CliRunner;
import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.DerivationSnapshot;
import frontierslab.panels.examples.model.PacBayesExample;
import frontierslab.panels.examples.model.PacBayesExampleParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worked example's Markdown handout, written by {@code run --format md}, holds every row of the run as shown. */
class HandoutExportTest {

    @TempDir
    Path dir;

    /** The cells of a Markdown table row, with escaped pipes restored. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    @Test
    void theHandoutHasEveryRowWithItsMarkFormulaValueAndReasonUnderTheParameters() throws Exception {
        CliRunner.Result r = CliRunner.run("run", "example-2-pac-bayes", "--set", "radius=0.8", "--set",
                "priorScale=2", "--out", dir.toString(), "--format", "md");
        assertEquals(0, r.status(), r.err());
        String md = Files.readString(dir.resolve("example-2-pac-bayes.md"));
        DerivationSnapshot run = new PacBayesExample(new PacBayesExampleParams(0.8, 2.0, 1.0, 2000, 1)).snapshot();
        assertTrue(md.startsWith("# Example 2, line by line\n"), md);
        assertTrue(md.contains("Parameters: r = 0.8000, σ_P = 2.000, R = 1.000, samples = 2000, seed = 1\n"), md);
        List<String> table = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| |")).toList();
        assertEquals(run.rows().size(), table.size());
        for (int i = 0; i < table.size(); i++) {
            DerivationRow row = run.rows().get(i);
            List<String> c = cells(table.get(i));
            assertEquals(row.verdict().mark() + " " + DerivationSnapshot.words(row.verdict()), c.get(0));
            assertEquals(row.sentence(), c.get(1));
            assertEquals("$" + row.formula() + "$", c.get(2));
            assertEquals(row.value(), c.get(3));
            assertEquals(row.reason(), c.get(4));
        }
        long holds = run.rows().stream().filter(x -> x.verdict() == frontierslab.panels.examples.model.Verdict.HOLDS)
                .count();
        assertTrue(md.endsWith(holds + " of " + run.rows().size() + " lines hold for this run.\n"), md);
    }

    @Test
    void anExperimentWithoutAHandoutRefusesMarkdownAndWritesNothing() throws Exception {
        CliRunner.Result r = CliRunner.run("run", "eos-quadratic", "--out", dir.toString(), "--format", "png,md");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("eos-quadratic has no md document: allowed png, svg, pdf, csv, json"), r.err());
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "all or none: the PNG is not left behind");
        }
    }
}
