package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.AtomicFiles;
import frontierslab.io.AppFile;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file: a state written is the state read back; one that cannot be used is set aside with one line. */
class StageStateTest {

    @TempDir
    Path dir;

    static StageState sample() {
        Map<String, Object> parameters = new LinkedHashMap<>(QuadraticParams.SPACE.values(
                new QuadraticParams(0.25, 4, 1, 2, 2.5, 300)));
        return new StageState("eos-quadratic", parameters, Theme.DARK, true,
                new StageState.SceneList(Path.of("/lectures/1.5.json"), 3));
    }

    @Test
    void aStateWrittenIsTheStateReadBack() throws Exception {
        StageState state = sample();
        Path file = dir.resolve(StageSaver.FILE_NAME);
        AtomicFiles.write(file, state.json());
        AppFile.Read read = StageState.read(file);
        assertNull(read.problem());
        assertEquals(state, StageState.of(file, read.document()));
        assertEquals("gradient-descent", state.parameters().get("method"), "a choice as the parameter file spells it");
        StageState none = new StageState("sam-valley", Map.of(), Theme.LIGHT, false, null);
        AtomicFiles.write(file, none.json());
        assertNull(StageState.of(file, StageState.read(file).document()).sceneList());
    }

    @Test
    void theQuestionNamesTheExperimentTheChangedParametersTheThemeAndTheSceneList() {
        String said = sample().describe();
        assertTrue(said.startsWith(Registry.experiment("eos-quadratic").type().title() + " ("), said);
        assertTrue(said.contains("η = 0.25"), said);
        assertTrue(said.contains("steps = 300"), said);
        assertFalse(said.contains("λ₁ ="), "a parameter at its default is not listed: " + said);
        assertFalse(said.contains("method ="), "a choice at its default is not listed: " + said);
        assertTrue(said.contains("dark theme, presenter mode; scene list 1.5.json at scene 4"), said);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"run\": {\"experiment\": \"eos-quadratic\"",
        "[1, 2]",
        "{\"theme\": \"dark\", \"presenter\": false}",
        "{\"run\": {\"experiment\": \"no-such\"}, \"theme\": \"dark\", \"presenter\": false}",
        "{\"run\": {\"experiment\": \"eos-quadratic\", \"parameters\": {\"eta\": \"0.3\"}}, \"theme\": \"dark\", \"presenter\": false}",
        "{\"run\": {\"experiment\": \"eos-quadratic\", \"parameters\": {\"eta\": 99}}, \"theme\": \"dark\", \"presenter\": false}",
        "{\"run\": {\"experiment\": \"eos-quadratic\"}, \"theme\": \"neon\", \"presenter\": false}",
        "{\"run\": {\"experiment\": \"eos-quadratic\"}, \"theme\": \"dark\", \"presenter\": \"no\"}",
        "{\"run\": {\"experiment\": \"eos-quadratic\"}, \"theme\": \"dark\", \"presenter\": false, \"sceneList\": {\"file\": \"a.json\", \"index\": -1}}",
        "{\"run\": {\"experiment\": \"eos-quadratic\"}, \"theme\": \"dark\", \"presenter\": false, \"sceneList\": {\"index\": 2}}",
    })
    void aStateFileThatCannotBeUsedIsSetAsideWithOneLine(String content) throws Exception {
        Path file = Files.writeString(dir.resolve(StageSaver.FILE_NAME), content);
        AppFile.Read read = StageState.read(file);
        assertNull(read.document());
        assertTrue(read.problem().startsWith("The last session was not restored: cannot open " + file + ": "), read.problem());
        assertTrue(read.problem().matches(".*set aside as stage\\.json\\.corrupt-\\d{8}-\\d{6}$"), read.problem());
        assertFalse(read.problem().contains("\n"));
        assertFalse(Files.exists(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(content, Files.readString(files.findFirst().orElseThrow()));
        }
    }
}
