package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Tag("slow")
    @Test
    void listNamesEveryExperimentWithItsParametersAndPresetsTheRunsNumbersAndTheFormulasAsText() {
        assertEquals(0, run("list"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (var e : Registry.experiments()) {
            assertTrue(text.contains(e.type().id()), e.type().id());
        }
        assertTrue(text.contains("--set eta="));
        assertTrue(text.contains("--preset diverging"));
        for (String line : text.split("\n")) {
            assertFalse(line.contains("{{"), line);
            assertFalse(line.matches(".*\\\\[a-zA-Z()\\[\\]].*"), line);
            if (line.strip().startsWith("--preset")) {
                assertFalse(line.contains(frontierslab.panels.References.PLACEHOLDER), line);
            }
        }
        var heavyBall = (frontierslab.panels.eos.model.QuadraticParams) Registry.experiment("eos-quadratic").type()
                .preset("heavy-ball").params();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "stable below 2 + 2β = %.1f",
                2 + 2 * heavyBall.beta())), text);
    }

    @Tag("slow")
    @Test
    void runWritesEveryFormatAndSaysTheOutcome() throws Exception {
        assertEquals(0, run("run", "eos-quadratic", "--preset", "diverging", "--out", dir.toString()));
        for (String ext : new String[] {"png", "svg", "pdf", "csv", "json"}) {
            assertTrue(Files.size(dir.resolve("eos-quadratic." + ext)) > 0, ext);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("diverged"));
    }

    @Test
    void stepsAndSetChangeTheRun() throws Exception {
        assertEquals(0, run("run", "eos-quadratic", "--set", "eta=0.1", "--steps", "5", "--out", dir.toString(),
                "--format", "csv"));
        assertEquals(7, Files.readAllLines(dir.resolve("eos-quadratic.csv")).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run nope --out OUT|unknown experiment 'nope': allowed intro-interpolation, intro-random-labels, eos-quadratic",
        "run eos-quadratic --set gamma=1 --out OUT|unknown parameter 'gamma': allowed eta, lambda1",
        "run eos-quadratic --preset fastest --out OUT|unknown preset 'fastest' for eos-quadratic: allowed converging",
        "run eos-quadratic --format gif --out OUT|unknown format 'gif': allowed png, svg, pdf, csv, json",
        "run eos-quadratic --set eta=20 --out OUT|eta = 20 is out of range: allowed 0.001 … 3",
        "run eos-quadratic --set eta=abc --out OUT|eta = 'abc' is not a number",
        "run eos-quadratic --steps -3 --out OUT|--steps = -3 is out of range",
        "run eos-quadratic|run needs --out DIR",
        "frobnicate|unknown command 'frobnicate': allowed list, run, screenshots, slides, bench, help",
    })
    void badInputEndsWithAnErrorNamingTheProblemAndTheAllowedValues(String line, String message) {
        String[] args = line.replace("OUT", dir.toString()).split(" ");
        assertEquals(2, run(args));
        assertTrue(errors().contains(message), errors());
        assertEquals(1, errors().strip().lines().count(), "one line");
    }

    @Test
    void anUnusableOutputPathFailsWithOneLine() throws Exception {
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        assertEquals(2, run("run", "eos-quadratic", "--out", file.toString()));
        assertTrue(errors().contains("is a file, not a folder"), errors());
    }

    @Test
    void runOpensAParameterFileAndTheSetOptionsStillApply() throws Exception {
        Path params = dir.resolve("class.json");
        Files.writeString(params, "{\"experiment\": \"eos-power-law\", \"parameters\": {\"q\": 1.7, \"eta\": 1, "
                + "\"x0\": 1, \"view\": \"cobweb\"}}");
        assertEquals(0, run("run", "eos-power-law", "--params", params.toString(), "--set", "steps=50", "--out",
                dir.toString(), "--format", "json"));
        String json = Files.readString(dir.resolve("eos-power-law.json"));
        assertTrue(json.contains("\"q\": 1.7") && json.contains("\"view\": \"cobweb\"") && json.contains("\"steps\": 50"),
                json);
    }

    @Test
    void aParameterFileOfAnotherExperimentOrMalformedFailsWithOneLine() throws Exception {
        Path params = dir.resolve("other.json");
        Files.writeString(params, "{\"experiment\": \"eos-mlp\", \"parameters\": {}}");
        assertEquals(2, run("run", "eos-quadratic", "--params", params.toString(), "--out", dir.toString()));
        assertTrue(errors().contains("it holds parameters of eos-mlp, not of eos-quadratic"), errors());
        Files.writeString(params, "{\"experiment\": ");
        assertEquals(2, run("run", "eos-quadratic", "--params", params.toString(), "--out", dir.toString()));
        assertTrue(errors().contains("malformed JSON"), errors());
        assertEquals(2, run("run", "eos-quadratic", "--params", params.toString(), "--preset", "diverging", "--out",
                dir.toString()));
        assertTrue(errors().contains("give one of them"), errors());
        assertEquals(3, errors().lines().count(), "one line each");
    }

    @Test
    void aFormatNamedTwiceIsWrittenOnceAndAnEmptyListIsRefused() throws Exception {
        assertEquals(0, run("run", "eos-quadratic", "--steps", "3", "--format", "csv,csv, CSV", "--out", dir.toString()));
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("wrote")).count());
        assertEquals(2, run("run", "eos-quadratic", "--format", ",", "--out", dir.resolve("none").toString()));
        assertTrue(errors().contains("--format ',' names an empty format"), errors());
        assertTrue(Files.notExists(dir.resolve("none")));
    }

    @Test
    void userTextIsEchoedWithoutControlCharactersAndCut() {
        assertEquals(2, run("run", "eos-quadratic", "--set", "eta=0.3\u0000\u001b[31m".translateEscapes(),
                "--out", dir.toString()));
        assertTrue(errors().contains("eta = '0.3\\u0000\\u001b[31m' is not a number"), errors());
        assertEquals(2, run("run", "eos-quadratic", "--set", "x".repeat(100_000) + "=1", "--out", dir.toString()));
        assertTrue(errors().length() < 400, "cut: " + errors().length());
        assertTrue(errors().chars().filter(c -> c != '\n').noneMatch(Character::isISOControl));
    }

    @Test
    void aWholeNumberTooLargeIsReportedAsTyped() {
        assertEquals(2, run("run", "sam-two-basin", "--set", "steps=1e10", "--out", dir.toString()));
        assertTrue(errors().contains("steps = 10000000000 is out of range"), errors());
    }

    @Test
    void anExistingFolderThatTakesNoFilesIsRefusedWithWhatIsTrue() {
        assertEquals(2, run("run", "eos-quadratic", "--out", "/proc"));
        assertTrue(errors().startsWith("frontiers-lab: cannot write into /proc: "), errors());
        assertTrue(!errors().contains("no such"), errors());
    }

    @Test
    void anEmptyPathIsRefused() {
        assertEquals(2, run("run", "eos-quadratic", "--out", ""));
        assertTrue(errors().contains("--out is empty: give a path"), errors());
        assertEquals(2, run("run", "eos-quadratic", "--params", " ", "--out", dir.toString()));
        assertTrue(errors().contains("--params is empty: give a path"), errors());
    }

    @Test
    void relativePathsAreRelativeToTheFolderTheCommandWasRunFrom() throws Exception {
        Path lecture = Files.createDirectory(dir.resolve("lecture"));
        Files.writeString(lecture.resolve("my.json"), "{\"experiment\": \"eos-quadratic\", \"parameters\": {\"eta\": 0.3}}");
        String home = System.getProperty("user.dir");
        System.setProperty("user.dir", lecture.toString());
        try {
            assertEquals(0, run("run", "eos-quadratic", "--params", "my.json", "--steps", "2", "--format", "json",
                    "--out", "figs"), errors());
        } finally {
            System.setProperty("user.dir", home);
        }
        assertTrue(Files.readString(lecture.resolve("figs/eos-quadratic.json")).contains("\"eta\": 0.3"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + lecture.resolve("figs/eos-quadratic.json")));
    }
}
