package frontierslab.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.ExportException;
import frontierslab.io.InputException;
import frontierslab.panels.eos.model.QuadraticExperiment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LectureTest {

    private static final Path MALFORMED = Path.of("src/test/resources/malformed/scenes");

    @TempDir
    Path dir;

    static Lecture sample() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("eta", 0.3);
        parameters.put("lambda1", 6);
        Map<String, Scene.Zoom> zoom = new LinkedHashMap<>();
        zoom.put("loss", new Scene.Zoom(0, 40, 1e-6, 10));
        Scene edge = new Scene("The edge", "A note, with “quotes” and η.", "eos-quadratic", "edge", parameters, 40L,
                new Scene.View(QuadraticExperiment.TYPE.title(), List.of("loss", "landscape"), true, "projector", zoom));
        Scene end = new Scene("To the end", "", "bias-scalar", null, Map.of(), null, null);
        return new Lecture("Sample", List.of(edge, end));
    }

    @Test
    void savingWhatWasOpenedGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        sample().write(first);
        Lecture.Loaded loaded = Lecture.read(first);
        assertEquals(List.of(), loaded.problems());
        assertEquals(sample(), loaded.lecture());
        loaded.lecture().write(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void theBuiltInLectureIsStoredAsTheAppWritesIt() throws IOException {
        String stored;
        try (var in = Lecture.class.getResourceAsStream("/frontierslab/scenes/lecture.json")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(stored, Lecture.builtIn().toJson());
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed.json", "truncated.json", "future-version.json", "version-as-text.json"})
    void aFileThatIsNotALectureIsRefusedWithOneLineNamingIt(String name) {
        Path file = MALFORMED.resolve(name);
        InputException e = assertThrows(InputException.class, () -> Lecture.read(file));
        assertTrue(e.getMessage().startsWith("cannot open " + file + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aVersionFromTheFutureSaysSo() {
        InputException e = assertThrows(InputException.class,
                () -> Lecture.read(MALFORMED.resolve("future-version.json")));
        assertTrue(e.getMessage().contains("version 2, from a newer app: this app reads up to version 1"),
                e.getMessage());
    }

    @Test
    void aSceneOfTheWrongTypeIsLeftOutAndTheOthersLoad() throws InputException {
        Lecture.Loaded loaded = Lecture.read(MALFORMED.resolve("wrong-type.json"));
        assertEquals(List.of("Fine"), loaded.lecture().scenes().stream().map(Scene::title).toList());
        assertEquals(1, loaded.problems().size());
        String problem = loaded.problems().getFirst();
        assertTrue(problem.contains("wrong-type.json: scene 2 (\"Steps as text\"): \"steps\" must be a whole number"),
                problem);
        InputException refused = assertThrows(InputException.class, loaded::orRefuse);
        assertEquals(problem, refused.getMessage());
    }

    @Test
    void eachUnknownNameIsAProblemOfItsScene() throws InputException {
        Lecture.Loaded loaded = Lecture.read(MALFORMED.resolve("unknown-names.json"));
        assertEquals(1, loaded.lecture().scenes().size());
        List<String> problems = loaded.problems();
        assertEquals(5, problems.size(), problems.toString());
        String[] expected = {
            "scene 2 (\"No such experiment\"): unknown experiment 'eos-quadratik': allowed intro-interpolation, "
                    + "intro-random-labels, eos-quadratic",
            "scene 3 (\"No such parameter\"): unknown parameter 'etta': allowed",
            "scene 4 (\"Out of range\"): eta = -1 is out of range",
            "scene 5 (\"Eta as text\"): parameters.eta: expected a number, found the string \"0.1\"",
            "scene 6 (\"No such chart\"): \"view.charts\": unknown chart the string \"nope\": allowed landscape, loss"};
        for (int i = 0; i < expected.length; i++) {
            assertTrue(problems.get(i).contains(expected[i]), problems.get(i));
            assertTrue(problems.get(i).startsWith("cannot open " + MALFORMED.resolve("unknown-names.json")),
                    problems.get(i));
        }
    }

    @Test
    void aTabThatIsNotTheExperimentsOwnIsRefusedNamingTheAllowedOne() throws Exception {
        Path file = dir.resolve("tab.json");
        Files.writeString(file, """
                {"version": 1, "scenes": [
                  {"title": "Own tab", "experiment": "eos-quadratic", "view": {"tab": "%s"}},
                  {"title": "Another tab", "experiment": "eos-quadratic", "view": {"tab": "Valley of minima"}}]}
                """.formatted(QuadraticExperiment.TYPE.title()));
        Lecture.Loaded loaded = Lecture.read(file);
        assertEquals(1, loaded.lecture().scenes().size());
        assertEquals(QuadraticExperiment.TYPE.title(), loaded.lecture().scenes().getFirst().view().tab());
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().getFirst().contains("scene 2 (\"Another tab\"): \"view.tab\" the string "
                + "\"Valley of minima\" is not the tab of eos-quadratic: allowed \"" + QuadraticExperiment.TYPE.title()
                + "\""), loaded.problems().getFirst());
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path file = dir.resolve("lecture.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThrows(ExportException.class, () -> sample().write(file));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
