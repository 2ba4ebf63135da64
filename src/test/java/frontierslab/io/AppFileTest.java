package frontierslab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An app file that cannot be used is set aside under a name of its own, never over an earlier one. */
class AppFileTest {

    @TempDir
    Path dir;

    @Test
    void twoBadFilesInTheSameSecondAreBothKept() throws Exception {
        Path file = dir.resolve("stage.json");
        for (String bad : List.of("{", "[]", "{\"a\": 1, \"a\": 2}")) {
            Files.writeString(file, bad);
            AppFile.Read read = AppFile.read(file, "Not used", doc -> { });
            assertNull(read.document());
            assertTrue(read.problem().startsWith("Not used: cannot open " + file + ": "), read.problem());
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> kept = files.map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
            assertEquals(List.of("[]", "{", "{\"a\": 1, \"a\": 2}"), kept);
        }
    }

    @Test
    void aFieldOfTheWrongKindIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"scale\": 2.5, \"list\": [\"a\", 1]}");
        AppFile.Read read = AppFile.read(file, "Not used", doc -> AppFile.expect(file, doc, "scale", AppFile.Kind.WHOLE));
        assertTrue(read.problem().contains("\"scale\": expected a whole number of at least 0, found the number 2.5"),
                read.problem());
        Files.writeString(file, "{\"list\": [\"a\", 1]}");
        read = AppFile.read(file, "Not used", doc -> AppFile.expect(file, doc, "list", AppFile.Kind.TEXTS));
        assertTrue(read.problem().contains("\"list\": expected a list of strings, found a list"), read.problem());
        assertNull(AppFile.read(dir.resolve("none.json"), "Not used", doc -> { }).problem(), "no file is no problem");
    }
}
