package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.io.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app in a child JVM (headless, the test class path) is killed with {@code kill -9} in the middle of a run; the next
 * start offers the stage back and, told yes, shows the same experiment with the same parameters. After that session
 * quits cleanly, the start after it offers nothing.
 */
@Tag("gui")
@Tag("slow")
class CrashRestoreTest {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledSessionIsOfferedBackAndRestoredWithItsExperimentAndParameters() throws Exception {
        Process first = start("play", null);
        String saved = awaitLine(first, "SAVED ");
        assertTrue(saved.startsWith("SAVED playing=true "), "killed in the middle of a run: " + saved);
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(home.resolve(StageSaver.MARKER_PREFIX + first.pid())), "the killed session's marker stays");

        List<String> second = runToEnd(start("report", "yes"));
        Map<?, ?> shown = (Map<?, ?>) Json.parse(line(second, "SHOWN ").substring("SHOWN ".length()));
        Map<?, ?> run = (Map<?, ?>) shown.get("run");
        assertEquals("eos-quadratic", run.get("experiment"));
        Map<?, ?> parameters = (Map<?, ?>) run.get("parameters");
        assertEquals(StageDriver.ETA, parameters.get("eta"));
        assertEquals(StageDriver.LAMBDA1, parameters.get("lambda1"));
        assertEquals(StageDriver.STEPS, parameters.get("steps"));
        assertEquals("MESSAGE Restored the last session: " + Registry.experiment("eos-quadratic").type().title(),
                line(second, "MESSAGE "));
        assertFalse(Files.exists(home.resolve(StageSaver.MARKER_PREFIX + first.pid())), "the crash was dealt with");
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(StageSaver.MARKER_PREFIX)),
                    "a clean exit removes its marker");
        }

        List<String> third = runToEnd(start("report", "yes"));
        assertFalse(line(third, "MESSAGE ").contains("Restored"), "a clean exit is not offered back: " + third);
        Map<?, ?> fresh = (Map<?, ?>) ((Map<?, ?>) Json.parse(line(third, "SHOWN ").substring(6))).get("run");
        assertEquals(0.4, ((Map<?, ?>) fresh.get("parameters")).get("eta"), "the defaults, not the restored run");
    }

    private Process start(String mode, String answer) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dfrontierslab.home=" + home, "-Xss4m"));
        if (answer != null) {
            command.add("-D" + RestoreDialog.ANSWER_PROPERTY + "=" + answer);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StageDriver.class.getName(), mode));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starting with {@code prefix}; the child goes on running. */
    private static String awaitLine(Process p, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String l = out.readLine(); l != null; l = out.readLine()) {
            if (l.startsWith(prefix)) {
                Thread.ofVirtual().start(() -> out.lines().forEach(x -> { }));
                return l;
            }
            seen.append(l).append('\n');
        }
        throw new AssertionError("the child ended without " + prefix + ":\n" + seen);
    }

    private static List<String> runToEnd(Process p) throws Exception {
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        return lines;
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in\n" + String.join("\n", lines)));
    }
}
