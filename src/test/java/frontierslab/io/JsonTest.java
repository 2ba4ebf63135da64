package frontierslab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

    @TempDir
    Path dir;

    enum Method { HEAVY_BALL }

    private String refusal(String text) {
        return assertThrows(Json.Malformed.class, () -> Json.tree(text)).getMessage();
    }

    @Test
    void aNonFiniteNumberIsWrittenAsADocumentedStringNeverDropped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nan", Double.NaN);
        m.put("up", Double.POSITIVE_INFINITY);
        m.put("down", Double.NEGATIVE_INFINITY);
        m.put("trace", new double[] {1.5, Double.NaN});
        Object back = Json.parse(Json.write(m));
        assertEquals(Map.of("nan", "NaN", "up", "Infinity", "down", "-Infinity", "trace", List.of(1.5, "NaN")), back);
    }

    @Test
    void enumsAreWrittenAsTheKeysTypedOnTheCommandLine() {
        assertEquals("\"heavy-ball\"\n", Json.write(Method.HEAVY_BALL));
    }

    @Test
    void writtenValuesReadBackAsTheSameValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eta", 0.07658546012345678);
        m.put("steps", 100);
        m.put("big", 10_000_000_000L);
        m.put("flag", true);
        m.put("name", "η \"quoted\" \n line");
        m.put("none", null);
        m.put("grid", new double[][] {{1, 2}, {3, 4}});
        Object back = Json.parse(Json.write(m));
        Map<String, Object> expected = new LinkedHashMap<>(m);
        expected.put("grid", List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)));
        assertEquals(expected, back);
    }

    @Test
    void strictJsonOnly() {
        assertTrue(refusal("{\"eta\": +1}").contains("may not start with +"));
        assertTrue(refusal("{\"eta\": 01}").contains("may not start with 0"));
        assertTrue(refusal("{\"eta\": NaN}").contains("NaN and Infinity are not numbers here"));
        assertTrue(refusal("{\"eta\": 1, \"eta\": 2}").contains("the key \"eta\" appears twice"));
        assertTrue(refusal("{\"a\": 1} {\"b\": 2}").contains("expected the end of the file"));
        assertTrue(refusal("{\"a\": \"\\uZZZZ\"}").contains("hex-digit"));
    }

    @Test
    void aRefusalNamesTheLineTheColumnAndThePath() {
        String m = refusal("{\n \"parameters\": {\n  \"eta\": 0.3,\n  \"eta\": 0.4}}");
        assertTrue(m.startsWith("malformed JSON at line 4, column "), m);
        assertTrue(m.contains("(at parameters.eta)"), m);
    }

    @Test
    void deepNestingIsRefusedWithoutRecursingIntoIt() {
        assertTrue(refusal("[".repeat(200_000)).contains("nested deeper than 64 levels"));
        assertTrue(refusal("{\"a\":".repeat(100_000)).contains("nested deeper than 64 levels"));
        assertEquals(List.of(List.of()), Json.parse("[[]]"));
    }

    @Test
    void aFileWithAByteOrderMarkIsRead() throws Exception {
        Path f = dir.resolve("notepad.json");
        byte[] body = "{\"experiment\": \"eos-quadratic\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        assertEquals("eos-quadratic", JsonFile.read(f).get("experiment").textValue());
    }

    @Test
    void devicesPipesFoldersAndHugeFilesAreRefusedWithoutHanging() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertTrue(refusedFile(Path.of("/dev/zero")).endsWith("/dev/zero: it is not a regular file (a device or a pipe): give a JSON file"));
            assertTrue(refusedFile(Path.of("/dev/urandom")).contains("not a regular file"));
            assertTrue(refusedFile(dir).endsWith(": it is a folder, not a file"));
            Path fifo = dir.resolve("fifo.json");
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                assertTrue(refusedFile(fifo).contains("not a regular file"));
            }
            Path huge = dir.resolve("huge.json");
            Files.write(huge, new byte[JsonFile.MAX_BYTES + 1]);
            assertTrue(refusedFile(huge).endsWith("it is larger than 1024 KB: not a file of this app"));
        });
    }

    @Test
    void controlCharactersInAFileNameOrValueAreShownAsEscapesAndLongTextIsCut() throws Exception {
        String m = refusedFile(dir.resolve("a\u001bb\nc.json"));
        assertTrue(m.contains("a\\u001bb\\u000ac.json"), m);
        assertEquals("eta = '0.3\\u0000'", Messages.oneLine("eta = '0.3\u0000'"));
        assertTrue(m.chars().noneMatch(Character::isISOControl));
        assertEquals(Messages.ECHO_LIMIT, Messages.quote("x".repeat(100_000)).length());
    }

    private static String refusedFile(Path file) {
        return assertThrows(InputException.class, () -> JsonFile.read(file)).getMessage();
    }


    @Test
    void aLongPathIsNamedWhole() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a-folder-with-a-long-name/".repeat(6)));
        Path file = Files.writeString(deep.resolve("my-class.json"), "[]");
        String m = assertThrows(InputException.class, () -> JsonFile.text(file, 1)).getMessage();
        assertTrue(m.startsWith("cannot open " + file + ": "), m);
    }
}
