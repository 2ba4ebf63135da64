package frontierslab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Snapshot;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentExportTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private List<Path> export(double scale, boolean caption, String chart) throws Exception {
        Palette palette = Palette.of(Theme.LIGHT);
        QuadraticExperiment e = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        ExperimentFigure<Snapshot> figure = (ExperimentFigure<Snapshot>) (ExperimentFigure<?>) new QuadraticFigure(palette);
        Snapshot s = e.snapshot();
        figure.show(s);
        return ExperimentExport.write(QuadraticExperiment.TYPE, s, figure, palette,
                new ExperimentExport.Request(dir, Format.standard(), scale, caption, chart, "converging"));
    }

    @Tag("slow")
    @Test
    void writesAPngOfTheRequestedPixelSizeAtEachScale() throws Exception {
        for (int scale = 1; scale <= 3; scale++) {
            export(scale, true, null);
            BufferedImage png = ImageIO.read(dir.resolve("eos-quadratic.png").toFile());
            assertEquals(ExperimentExport.WIDTH * scale, png.getWidth());
            assertEquals(ExperimentExport.HEIGHT * scale, png.getHeight());
        }
    }

    @Tag("slow")
    @Test
    void svgAndPdfAreValidVectorFiles() throws Exception {
        export(1, true, null);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(dir.resolve("eos-quadratic.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        byte[] pdf = Files.readAllBytes(dir.resolve("eos-quadratic.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("%%EOF"));
    }

    @Test
    void csvHasOneHeaderRowAndOneRowPerRecordedStep() throws Exception {
        export(1, false, null);
        List<String> lines = Files.readAllLines(dir.resolve("eos-quadratic.csv"));
        assertEquals("step,x1,x2,loss,eta_lambda_max", lines.get(0));
        QuadraticExperiment e = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        assertEquals(e.snapshot().trace().rows() + 1, lines.size());
        String[] row = lines.get(3).split(",");
        assertEquals(2, Integer.parseInt(row[0]));
        assertEquals(e.snapshot().trace().get(2, "x1"), Double.parseDouble(row[1]));
    }

    @Tag("slow")
    @Test
    @SuppressWarnings("unchecked")
    void jsonHoldsTheParametersAndTheOutcomeAndParsesBack() throws Exception {
        export(1, false, null);
        Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("eos-quadratic.json")));
        assertEquals("eos-quadratic", doc.get("experiment"));
        assertEquals("converging", doc.get("preset"));
        assertEquals(0.4, ((Map<String, Object>) doc.get("parameters")).get("eta"));
        assertEquals("converged", doc.get("status"));
    }

    @Tag("slow")
    @Test
    void oneChartExportsAloneUnderItsOwnName() throws Exception {
        List<Path> files = export(2, false, "loss");
        assertTrue(files.contains(dir.resolve("eos-quadratic-loss.png")));
        BufferedImage png = ImageIO.read(dir.resolve("eos-quadratic-loss.png").toFile());
        assertEquals(1920, png.getWidth());
    }

    @Test
    void anUnwritableFolderGivesAClearMessageAndLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        Palette palette = Palette.of(Theme.LIGHT);
        var e = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        @SuppressWarnings("unchecked")
        ExperimentFigure<Snapshot> figure = (ExperimentFigure<Snapshot>) (ExperimentFigure<?>) new QuadraticFigure(palette);
        var error = assertThrows(ExportException.class, () -> ExperimentExport.write(QuadraticExperiment.TYPE,
                e.snapshot(), figure, palette,
                new ExperimentExport.Request(file.resolve("sub"), List.of(Format.PNG), 1, false, null, null)));
        assertTrue(error.getMessage().startsWith("cannot"), error.getMessage());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    @Test
    void aFailedWriteLeavesNoHalfWrittenFile() {
        Path target = dir.resolve("out.csv");
        assertThrows(ExportException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
        }));
        assertTrue(Files.notExists(target));
        try (var listing = Files.list(dir)) {
            assertEquals(0, listing.count());
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void malformedJsonNamesTheLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\n\"eta\": 0.3,\n\"x\" 1}"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void theSvgHasAViewBoxSoThatSlidesScaleIt() throws Exception {
        export(1, false, null);
        var factory = DocumentBuilderFactory.newInstance();
        var svg = factory.newDocumentBuilder().parse(dir.resolve("eos-quadratic.svg").toFile()).getDocumentElement();
        String[] box = svg.getAttribute("viewBox").trim().split("\\s+");
        assertEquals(4, box.length, svg.getAttribute("viewBox"));
        assertEquals(ExperimentExport.WIDTH, Double.parseDouble(box[2]));
        assertEquals(ExperimentExport.HEIGHT, Double.parseDouble(box[3]));
    }

    @Test
    void aNumberedSetTakesTheFirstNameUnderWhichNoneOfItsFilesExists() throws Exception {
        Files.writeString(dir.resolve("eos-quadratic.csv"), "");
        Files.writeString(dir.resolve("eos-quadratic-2.png"), "");
        assertEquals("eos-quadratic", ExperimentExport.freeName(dir, "eos-quadratic", List.of(Format.PNG)));
        assertEquals("eos-quadratic-3", ExperimentExport.freeName(dir, "eos-quadratic", List.of(Format.PNG, Format.CSV)));
    }

    @Test
    void aRequestKeepsEachFormatOnceAndNeedsOne() throws Exception {
        var r = new ExperimentExport.Request(dir, List.of(Format.CSV, Format.CSV, Format.JSON), 1, false, null, null);
        assertEquals(List.of(Format.CSV, Format.JSON), r.formats());
        assertThrows(IllegalArgumentException.class, () -> new ExperimentExport.Request(dir, List.of(), 1, false, null,
                null));
    }
}
