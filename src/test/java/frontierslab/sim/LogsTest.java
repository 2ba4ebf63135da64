package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToStandardError() {
        Logs.uninstall();
    }

    @Test
    void aFailureLeavesItsStackTraceInTheLogFileAndTheStatusLineNamesTheFile() throws IOException {
        assertTrue(Logs.install(folder));
        String line = Logs.failure(LogsTest.class, "This run could not be drawn", new IllegalStateException("boom"));
        Path log = folder.resolve(Logs.FILE_NAME);
        assertEquals("This run could not be drawn (IllegalStateException: boom); the details are in " + log, line);
        String text = Files.readString(log);
        assertTrue(text.contains("This run could not be drawn"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
        assertTrue(text.contains("at frontierslab.sim.LogsTest.aFailureLeaves"), text);
    }

    @Test
    void aRunnerWhoseExperimentThrowsLogsTheStackTrace() throws Exception {
        assertTrue(Logs.install(folder));
        SimulationRunner<?> runner = new SimulationRunner<>("throws", () -> {
            throw new ArithmeticException("a bug in a constructor");
        });
        // the runner outlives a failure (a Reset builds the experiment anew), so wait for the failure, not the thread
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (runner.failure() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("a bug in a constructor", runner.failure().getMessage());
        assertTrue(runner.thread().isAlive(), "the runner outlives the failure: Reset builds the experiment anew");
        runner.close();
        String text = Files.readString(folder.resolve(Logs.FILE_NAME));
        assertTrue(text.contains("sim-throws failed"), text);
        assertTrue(text.contains("java.lang.ArithmeticException: a bug in a constructor"), text);
    }

    @Test
    void anOversizedLogStartsAfreshAndASmallOneIsAppendedTo() throws IOException {
        Path log = folder.resolve(Logs.FILE_NAME);
        Files.writeString(log, "earlier\n");
        assertTrue(Logs.install(folder));
        Logs.error(LogsTest.class, "second", new RuntimeException());
        assertTrue(Files.readString(log).startsWith("earlier\n"));
        Logs.uninstall();
        Files.write(log, new byte[(int) Logs.LIMIT_BYTES + 1]);
        assertTrue(Logs.install(folder));
        Logs.error(LogsTest.class, "third", new RuntimeException());
        assertTrue(Files.size(log) < 10_000);
    }

    @Test
    void anUnwritableFolderLeavesLoggingOnStandardError() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "");
        assertFalse(Logs.install(notAFolder));
        assertEquals("standard error", Logs.destination());
    }

    @Test
    void theAppFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/home/ada/.local/state/frontiers-lab"), Logs.appFolder("Linux", Map.of(), home));
        assertEquals(Path.of("/xdg/frontiers-lab"), Logs.appFolder("Linux", Map.of("XDG_STATE_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/ada/Library/Application Support/FrontiersLab"),
                Logs.appFolder("Mac OS X", Map.of(), home));
        assertEquals(Path.of("/local/FrontiersLab"),
                Logs.appFolder("Windows 11", Map.of("LOCALAPPDATA", "/local"), home));
    }
}
