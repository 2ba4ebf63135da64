package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in {@code src/test/resources/malformed/}: every parameter file in {@code params/} given to
 * {@code run --params}, and every command line in {@code arguments.txt}. Each is refused with status 2 and one line that
 * names the problem, with no Java text, and the output folder, which holds an earlier export, is left as it was.
 */
class MalformedInputTest {

    @TempDir
    Path out;

    static Path corpus(String name) throws URISyntaxException {
        return Path.of(MalformedInputTest.class.getResource("/malformed/" + name).toURI());
    }

    static Stream<Path> files() throws Exception {
        try (var listing = Files.list(corpus("params"))) {
            return listing.sorted().toList().stream();
        }
    }

    static Stream<String> commandLines() throws Exception {
        return Files.readAllLines(corpus("arguments.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void aMalformedParameterFileIsRefusedWithOneLineAndTheFolderUntouched(Path file) throws Exception {
        String line = refused(List.of("eos-quadratic", "--params", file.toString()));
        assertTrue(line.contains(file.getFileName().toString()), "names the file: " + line);
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aMalformedCommandLineIsRefusedWithOneLineAndTheFolderUntouched(String commandLine) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : commandLine.split("\t", -1)) {
            args.add(unescape(a));
        }
        refused(args);
    }

    /** Runs {@code run --out OUT <args>} over a folder holding an earlier export; returns the one line printed. */
    private String refused(List<String> args) throws IOException {
        Files.writeString(out.resolve("eos-quadratic.csv"), "step,loss\n0,1\n");
        Files.writeString(out.resolve("eos-quadratic.json"), "{}\n");
        Map<String, String> before = listing(out);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<String> command = new ArrayList<>(List.of("run"));
        command.add(args.get(0));
        command.addAll(List.of("--out", out.toString()));
        command.addAll(args.subList(1, args.size()));
        int status = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).execute(command.toArray(String[]::new));
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, errors);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        List<String> lines = errors.lines().toList();
        assertEquals(1, lines.size(), errors);
        String line = lines.get(0);
        assertTrue(line.startsWith("frontiers-lab: "), line);
        assertTrue(line.length() <= "frontiers-lab: ".length() + 8 * frontierslab.io.Messages.ECHO_LIMIT,
                "short: " + line.length());
        assertTrue(line.chars().noneMatch(Character::isISOControl), "no control characters: " + line);
        for (String javaText : new String[] {"Exception", "java.", "For input string", "radix", "(code ", "`"}) {
            assertFalse(line.contains(javaText), "no Java text (" + javaText + "): " + line);
        }
        assertEquals(before, listing(out), "the output folder is as it was");
        return line;
    }

    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var l = Files.list(dir)) {
            for (Path p : l.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static String unescape(String text) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(sb).toString();
    }
}
