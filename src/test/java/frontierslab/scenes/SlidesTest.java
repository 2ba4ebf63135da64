package frontierslab.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Cli;
import frontierslab.export.Format;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlidesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    /** Pages of a PDF: the objects of type /Page (JFreePDF writes the page dictionaries uncompressed). */
    private static int pages(Path pdf) throws Exception {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return (int) Pattern.compile("/Type /Page\\b(?!s)").matcher(text).results().count();
    }

    @Test
    void oneFigurePerSceneAndOneDeckPagePerScene() throws Exception {
        Lecture lecture = new Lecture("Three", List.of(
                new Scene("Edge", "", "eos-quadratic", "edge", Map.of(), 20L, null),
                new Scene("Plateau", "", "bias-scalar", "small-init", Map.of(), null, null),
                new Scene("Valley", "", "sam-valley", "rho-zero", Map.of(), 50L,
                        new Scene.View(null, null, null, "projector", null))));
        List<Path> written = Slides.write(lecture,
                new Slides.Request(dir, List.of(Format.PNG, Format.SVG), null, 640, 360, true));
        assertEquals(7, written.size());
        assertEquals(3, pages(dir.resolve(Slides.DECK)));
        BufferedImage first = ImageIO.read(dir.resolve("01-eos-quadratic-edge.png").toFile());
        assertEquals(640, first.getWidth());
        assertEquals(360, first.getHeight());
        assertTrue(Files.readString(dir.resolve("03-sam-valley-rho-zero.svg")).contains("viewBox='0.0 0.0 640.0 360.0'"));
    }

    @Test
    void aBadSceneFileEndsWithOneLineAndWritesNothing() throws Exception {
        for (String name : List.of("malformed.json", "truncated.json", "future-version.json", "wrong-type.json")) {
            err.reset();
            Path out = dir.resolve("out-" + name);
            assertEquals(2, cli("slides", "--scenes", "src/test/resources/malformed/scenes/" + name,
                    "--out", out.toString()), name);
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains(name), message);
            assertFalse(Files.exists(out), name);
        }
    }

    @Test
    void badOptionsEndWithOneLine() {
        for (String[] args : new String[][] {{"--scenes", "lecture", "--out", "x", "--size", "10x10"},
                {"--scenes", "lecture", "--out", "x", "--size", "wide"}, {"--scenes", "lecture", "--out", "x",
                "--format", "csv"}, {"--scenes", "lecture"}, {"--scenes", "lecture", "--out", "x", "--theme", "neon"}}) {
            err.reset();
            String[] all = Stream.concat(Stream.of("slides"), Stream.of(args)).toArray(String[]::new);
            assertEquals(2, cli(all), String.join(" ", args));
            assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        }
    }
}
