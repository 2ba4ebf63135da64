package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screenshots} writes its pictures all or none, and its {@code --out} means the folder the user typed. */
class ScreenshotsTest {

    @TempDir
    Path dir;

    @Tag("gui")
    @Test
    void aPictureThatCannotBeReplacedLeavesEveryOtherPictureAsItWas() throws Exception {
        Path light = Files.writeString(dir.resolve("eos-quadratic-light.png"), "the earlier light picture");
        Path projector = Files.writeString(dir.resolve("eos-quadratic-projector.png"), "the earlier projector picture");
        Files.setPosixFilePermissions(projector, PosixFilePermissions.fromString("r--r--r--"));
        CliRunner.Result r = CliRunner.run("screenshots", "--out", dir.toString(), "--experiment", "eos-quadratic",
                "--theme", "light,projector");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("eos-quadratic-projector.png: it is read-only, and was not replaced"), r.err());
        assertEquals("the earlier light picture", Files.readString(light));
        assertEquals("the earlier projector picture", Files.readString(projector));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(light, projector), listing.sorted().toList());
        }
    }

    @Test
    void fromNeedsAnExperimentAndOneOfItsPresets() {
        CliRunner.Result alone = CliRunner.run("screenshots", "--out", dir.toString(), "--from", "converging");
        assertEquals(2, alone.status());
        assertEquals("frontiers-lab: --from needs --experiment", alone.err().strip());
        CliRunner.Result unknown = CliRunner.run("screenshots", "--out", dir.toString(), "--experiment",
                "eos-quadratic", "--from", "nowhere");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown preset 'nowhere' for eos-quadratic"), unknown.err());
    }

    @Test
    void anEmptyOutputFolderIsRefused() {
        CliRunner.Result r = CliRunner.run("screenshots", "--out", "");
        assertEquals(2, r.status());
        assertEquals("frontiers-lab: --out is empty: give a path", r.err().strip());
    }
}
