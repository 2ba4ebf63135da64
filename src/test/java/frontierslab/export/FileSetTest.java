package frontierslab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import frontierslab.app.CliRunner;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Snapshot;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are all or none: a failure at any file, in writing or in moving, leaves the folder exactly as it was. */
class FileSetTest {

    @TempDir
    Path dir;

    private static final List<Format> ALL = Format.standard();

    @SuppressWarnings("unchecked")
    private static List<Path> export(Path folder, List<Format> formats, FileSet.Storage storage) throws ExportException {
        Palette palette = Palette.of(Theme.LIGHT);
        var e = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        e.run(Long.MAX_VALUE);
        var figure = (ExperimentFigure<Snapshot>) (ExperimentFigure<?>) new QuadraticFigure(palette);
        figure.show(e.snapshot());
        return ExperimentExport.write(QuadraticExperiment.TYPE, e.snapshot(), figure, palette,
                new ExperimentExport.Request(folder, formats, 1, false, null, null), storage);
    }

    /** Every file of the folder, hidden ones included: name → mode and content. */
    static Map<String, String> state(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var l = Files.list(folder)) {
            for (Path p : l.toList()) {
                files.put(p.getFileName().toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
                        + " " + Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private void anEarlierExport() throws IOException {
        for (Format f : Format.standard()) {
            Files.writeString(dir.resolve("eos-quadratic." + f.extension()), "the earlier " + f);
        }
        Files.writeString(dir.resolve("notes.txt"), "the lecturer's own file");
    }

    /** A disk that fills up after {@code capacity} bytes in all. */
    private static FileSet.Storage fillsAfter(long capacity) {
        AtomicLong used = new AtomicLong();
        return temp -> new FilterOutputStream(FileSet.DISK.create(temp)) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long room = capacity - used.get();
                if (len > room) {
                    out.write(b, off, (int) Math.max(0, room));
                    used.set(capacity);
                    throw new IOException("No space left on device");
                }
                out.write(b, off, len);
                used.addAndGet(len);
            }
        };
    }

    @Test
    void aDiskThatFillsHalfwayThroughTheSetLeavesTheFolderExactlyAsItWasAndNamesTheFile(@TempDir Path scratch)
            throws Exception {
        List<Path> full = export(scratch, ALL, FileSet.DISK);
        long beforePdf = Files.size(full.get(0)) + Files.size(full.get(1));
        anEarlierExport();
        Map<String, String> before = state(dir);
        ExportException e = assertThrows(ExportException.class,
                () -> export(dir, ALL, fillsAfter(beforePdf + Files.size(full.get(2)) / 2)));
        assertTrue(e.getMessage().startsWith("cannot write eos-quadratic.pdf in " + dir), e.getMessage());
        assertTrue(e.getMessage().contains("no space left on device")
                && e.getMessage().endsWith("nothing in the folder was changed"), e.getMessage());
        assertFalse(e.isRefusal());
        assertEquals(before, state(dir));
    }

    @Test
    void aFailureWhileMovingIntoPlacePutsBackTheFilesAlreadyReplaced() throws Exception {
        anEarlierExport();
        Map<String, String> before = state(dir);
        // Another program makes a folder named like the fourth file after it was written, so that moving it fails.
        FileSet.Storage racing = temp -> {
            if (temp.getFileName().toString().endsWith("eos-quadratic.json.part")) {
                Files.delete(dir.resolve("eos-quadratic.csv"));
                Files.createDirectories(dir.resolve("eos-quadratic.csv").resolve("in-the-way"));
            }
            return FileSet.DISK.create(temp);
        };
        ExportException e = assertThrows(ExportException.class, () -> export(dir, ALL, racing));
        assertTrue(e.getMessage().startsWith("cannot write eos-quadratic.csv"), e.getMessage());
        Files.delete(dir.resolve("eos-quadratic.csv").resolve("in-the-way"));
        Files.delete(dir.resolve("eos-quadratic.csv"));
        Files.writeString(dir.resolve("eos-quadratic.csv"), "the earlier CSV");
        assertEquals(before, state(dir), "png, svg and pdf, already moved, are the earlier ones again");
    }

    @Test
    void aReadOnlyTargetIsRefusedBeforeAnythingIsWrittenAndKeepsItsModeAndContent() throws Exception {
        anEarlierExport();
        Files.setPosixFilePermissions(dir.resolve("eos-quadratic.csv"), PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = state(dir);
        ExportException e = assertThrows(ExportException.class, () -> export(dir, ALL, FileSet.DISK));
        assertTrue(e.isRefusal());
        assertTrue(e.getMessage().endsWith("eos-quadratic.csv: it is read-only, and was not replaced"), e.getMessage());
        assertEquals(before, state(dir));
    }

    @Test
    void aReplacedFileKeepsItsModeAndTheNewContent() throws Exception {
        anEarlierExport();
        Files.setPosixFilePermissions(dir.resolve("eos-quadratic.csv"), PosixFilePermissions.fromString("rw-------"));
        export(dir, List.of(Format.CSV), FileSet.DISK);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("eos-quadratic.csv"))));
        assertTrue(Files.readString(dir.resolve("eos-quadratic.csv")).startsWith("step,"));
        assertEquals(Files.readString(dir.resolve("eos-quadratic.png")), "the earlier PNG");
    }

    @Test
    void aFolderTheSetCreatedIsRemovedWhenTheSetFails() throws Exception {
        Path nested = dir.resolve("a").resolve("b");
        assertThrows(ExportException.class, () -> export(nested, ALL, fillsAfter(1000)));
        assertEquals(Map.of(), state(dir));
    }

    @Test
    void temporaryFilesOfAProcessThatNoLongerRunsAreRemovedAndThoseOfARunningOneKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = dir.resolve(".fl-" + gone.pid() + "-7-eos-quadratic.png.part");
        Path killedBackup = dir.resolve(".fl-" + gone.pid() + "-8-eos-quadratic.csv.old");
        Path running = dir.resolve(".fl-" + ProcessHandle.current().pid() + "-99999-eos-quadratic.svg.part");
        Path earlierVersionOld = dir.resolve(".eos-quadratic.pdf.1234567.part");
        Path earlierVersionFresh = dir.resolve(".eos-quadratic.json.7654321.part");
        for (Path p : List.of(killed, killedBackup, running, earlierVersionOld, earlierVersionFresh)) {
            Files.writeString(p, "half");
        }
        Files.setLastModifiedTime(earlierVersionOld, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
        export(dir, List.of(Format.CSV), FileSet.DISK);
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedBackup));
        assertFalse(Files.exists(earlierVersionOld));
        assertTrue(Files.exists(running));
        assertTrue(Files.exists(earlierVersionFresh));
    }

    @Test
    void anExistingFolderThatTakesNoNewFileIsNotCalledMissing() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        ExportException e = assertThrows(ExportException.class, () -> FileSet.check(Path.of("/proc/self")));
        assertTrue(e.isRefusal());
        assertFalse(e.getMessage().contains("no such"), e.getMessage());
    }

    /**
     * The real thing: a 256 KB tmpfs (mounted when the tests run as root, as they do in CI) holding an earlier export;
     * {@code run} with every format fills it, fails with status 1 and one line, and the folder is as it was.
     */
    @Test
    void aRealFileSystemThatFillsUpLeavesTheFolderAsItWas() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.toString())
                .inheritIO().start().waitFor() == 0, "mount -t tmpfs");
        try {
            for (Format f : Format.standard()) {
                Files.writeString(mount.resolve("eos-quadratic." + f.extension()), "the earlier " + f);
            }
            Map<String, String> before = state(mount);
            CliRunner.Result r = CliRunner.run("run", "eos-quadratic", "--out", mount.toString());
            assertEquals(1, r.status(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("nothing in the folder was changed"), r.err());
            assertEquals(before, state(mount));
        } finally {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void twoWritersOfTheSameFolderNeverMixAFileAndTheLastCommitWinsWholeFiles() throws Exception {
        byte[] a = "A".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = "B".repeat(50_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (FileSet first = FileSet.in(dir); FileSet second = FileSet.in(dir)) {
            first.add("eos-quadratic.csv", out -> out.write(a));
            second.add("eos-quadratic.csv", out -> out.write(b));
            second.add("eos-quadratic.json", out -> out.write(b));
            second.commit();
            assertTrue(Arrays.equals(b, Files.readAllBytes(dir.resolve("eos-quadratic.csv"))));
            first.add("eos-quadratic.json", out -> out.write(a));
            first.commit();
        }
        assertTrue(Arrays.equals(a, Files.readAllBytes(dir.resolve("eos-quadratic.csv"))));
        assertTrue(Arrays.equals(a, Files.readAllBytes(dir.resolve("eos-quadratic.json"))));
        assertEquals(Map.of("eos-quadratic.csv", "rw-r--r-- " + Arrays.hashCode(a),
                "eos-quadratic.json", "rw-r--r-- " + Arrays.hashCode(a)), state(dir), "no temporary file left");
    }
}
