package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.io.AppFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes write the same preferences, the same stage state and the same output folder at once (two copies of
 * the app, or the app and a {@code run}): every file read back at any moment is whole and comes from one of the two
 * writers, the last writer wins whole files, and no temporary file is left behind.
 */
@Tag("slow")
class TwoWritersTest {

    private static final int ROUNDS = 25;
    private static final Map<String, Double> ETA = Map.of("a", 0.3, "b", 0.45);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoWritersAtOnceLeaveWholeFilesOfOneOrTheOtherAndNoTemporaryFile() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Map<String, Map<String, byte[]>> expected = Map.of("a", expectedRun("a"), "b", expectedRun("b"));
        List<Process> writers = new ArrayList<>();
        for (String tag : List.of("a", "b")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Dfrontierslab.home=" + dir.resolve("home-" + tag),
                    "-cp", System.getProperty("java.class.path"), TwoWritersChild.class.getName(), tag,
                    shared.toString(), Integer.toString(ROUNDS), ETA.get(tag).toString())
                    .redirectErrorStream(true).start();
            writers.add(p);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("READY", out.readLine());
        }
        Files.writeString(shared.resolve("go"), "");
        int reads = 0;
        while (writers.stream().anyMatch(Process::isAlive)) {
            reads += checkEveryFile(shared, expected);
        }
        for (Process p : writers) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String rest = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), rest);
            assertTrue(rest.contains("DONE " + ROUNDS), rest);
        }
        assertTrue(reads > 20, "the files were read while both wrote: " + reads);
        checkEveryFile(shared, expected);
        PreferencesFile last = PreferencesFile.load(shared.resolve(PreferencesFile.FILE_NAME));
        assertEquals(last.text("theme", "?") + "/" + ROUNDS, last.text("export.folder", "?"),
                "the file of the writer that saved last, from its last round");
        try (Stream<Path> all = Files.walk(shared)) {
            List<String> names = all.filter(p -> !p.equals(shared)).map(p -> shared.relativize(p).toString()).sorted()
                    .toList();
            assertEquals(List.of("go", "out", "out/eos-quadratic.csv", "out/eos-quadratic.json", "preferences.json",
                    "stage.json"), names, "no temporary file, nothing set aside");
        }
    }

    /** What {@code run} writes for writer {@code tag}, run alone. */
    private Map<String, byte[]> expectedRun(String tag) throws Exception {
        Path alone = dir.resolve("alone-" + tag);
        CliRunner.Result r = CliRunner.run("run", "eos-quadratic", "--set", "eta=" + ETA.get(tag), "--out",
                alone.toString(), "--format", "csv,json");
        assertEquals(0, r.status(), r.err());
        return Map.of("eos-quadratic.csv", Files.readAllBytes(alone.resolve("eos-quadratic.csv")),
                "eos-quadratic.json", Files.readAllBytes(alone.resolve("eos-quadratic.json")));
    }

    /** Reads each file once; returns how many files there were. */
    private static int checkEveryFile(Path shared, Map<String, Map<String, byte[]>> expected) throws Exception {
        int read = 0;
        Path prefsFile = shared.resolve(PreferencesFile.FILE_NAME);
        if (Files.exists(prefsFile)) {
            PreferencesFile prefs = PreferencesFile.load(prefsFile);
            assertNull(prefs.problem());
            String tag = prefs.text("theme", "?");
            List<String> formats = prefs.texts("export.formats", List.of());
            assertEquals(tag + "/" + formats.get(1), prefs.text("export.folder", "?"), "one writer's whole file");
            assertEquals(tag, formats.get(0));
            read++;
        }
        Path stageFile = shared.resolve(StageSaver.FILE_NAME);
        if (Files.exists(stageFile)) {
            AppFile.Read stage = StageState.read(stageFile);
            assertNull(stage.problem());
            Object eta = StageState.of(stageFile, stage.document()).parameters().get("eta");
            assertTrue(ETA.containsValue(eta), "eta " + eta);
            read++;
        }
        for (String name : List.of("eos-quadratic.csv", "eos-quadratic.json")) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(shared.resolve("out").resolve(name));
            } catch (NoSuchFileException notYet) {
                continue;
            }
            assertTrue(Arrays.equals(bytes, expected.get("a").get(name)) || Arrays.equals(bytes, expected.get("b").get(name)),
                    name + " is the whole file of one writer");
            read++;
        }
        return read;
    }
}
