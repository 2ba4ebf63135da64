package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.io.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences file: what is saved is read back; a file that cannot be used is set aside and the defaults apply. */
class PreferencesFileTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(PreferencesFile.FILE_NAME);
    }

    @Test
    void whatIsSavedIsReadBackByTheNextRun() {
        PreferencesFile prefs = PreferencesFile.load(file());
        assertNull(prefs.problem());
        prefs.put("theme", "dark");
        prefs.put("width", 1280.5);
        prefs.put("export.formats", List.of("svg", "pdf"));
        prefs.put("export.scale", 3);
        prefs.put("export.caption", false);
        assertNull(prefs.save());
        PreferencesFile next = PreferencesFile.load(file());
        assertNull(next.problem());
        assertEquals("dark", next.text("theme", "light"));
        assertEquals(1280.5, next.number("width", 0));
        assertEquals(List.of("svg", "pdf"), next.texts("export.formats", List.of()));
        assertEquals(3, next.whole("export.scale", 1));
        assertFalse(next.flag("export.caption", true));
        assertEquals("eos", next.text("panel", "eos"), "a key never saved has its default");
    }

    @Test
    void aMalformedFileIsSetAsideWithOneLineAndTheDefaultsApply() throws Exception {
        byte[] broken = "{\"theme\": \"dark\", ".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), broken);
        PreferencesFile prefs = PreferencesFile.load(file());
        String problem = prefs.problem();
        assertTrue(problem.startsWith("The preferences were not used: cannot open " + file() + ": "), problem);
        assertTrue(problem.contains("set aside as preferences.json.corrupt-"), problem);
        assertFalse(problem.contains("\n"));
        assertEquals("light", prefs.text("theme", "light"));
        assertFalse(Files.exists(file()));
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("preferences.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(broken, Files.readAllBytes(aside), "kept as it was, for the user to look at");
        }
        assertNull(prefs.save());
        assertNull(PreferencesFile.load(file()).problem(), "the next save starts a fresh file");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheKey() throws Exception {
        Files.writeString(file(), "{\"theme\": \"dark\", \"export.scale\": \"2\"}");
        PreferencesFile prefs = PreferencesFile.load(file());
        assertTrue(prefs.problem().contains("\"export.scale\": expected a whole number of at least 0, found the string \"2\""),
                prefs.problem());
        assertEquals("light", prefs.text("theme", "light"), "nothing of a refused file is used");
        assertThrows(IllegalArgumentException.class, () -> prefs.put("export.scale", "2"));
        assertThrows(IllegalArgumentException.class, () -> prefs.put("width", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> prefs.put("no-such-key", 1));
    }

    @Test
    void aByteOrderMarkIsAcceptedAndUnknownKeysAreKept() throws Exception {
        Files.writeString(file(), "\uFEFF{\"theme\": \"projector\", \"later.version\": [1, 2]}");
        PreferencesFile prefs = PreferencesFile.load(file());
        assertNull(prefs.problem());
        assertEquals("projector", prefs.text("theme", "light"));
        prefs.put("panel", "sam");
        assertNull(prefs.save());
        Map<?, ?> saved = (Map<?, ?>) Json.parse(Files.readString(file()));
        assertEquals(List.of(1, 2), saved.get("later.version"));
        assertEquals("sam", saved.get("panel"));
    }

    @Test
    void aFailedSaveIsOneLineAndKeepsTheValuesInMemory() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        PreferencesFile prefs = PreferencesFile.load(blocked.resolve(PreferencesFile.FILE_NAME));
        prefs.put("theme", "dark");
        String problem = prefs.save();
        assertTrue(problem.startsWith("The preferences were not saved: "), problem);
        assertTrue(problem.contains("is a file, not a folder"), problem);
        assertEquals("dark", prefs.text("theme", "light"));
    }
}
