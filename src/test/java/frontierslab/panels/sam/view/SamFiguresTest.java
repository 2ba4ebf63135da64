package frontierslab.panels.sam.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.ExperimentExport;
import frontierslab.export.Format;
import frontierslab.export.Json;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.panels.sam.model.PacBayesExperiment.PacBayesSnapshot;
import frontierslab.panels.sam.model.PacBayesParams;
import frontierslab.panels.sam.model.SamValleyExperiment;
import frontierslab.panels.sam.model.SamValleyExperiment.SamValleySnapshot;
import frontierslab.panels.sam.model.SamValleyParams;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamFiguresTest {

    @TempDir
    Path dir;

    private final Palette palette = Palette.of(Theme.PROJECTOR);

    @SuppressWarnings("unchecked")
    private static ExperimentFigure<Snapshot> any(ExperimentFigure<?> figure) {
        return (ExperimentFigure<Snapshot>) figure;
    }

    @Test
    void everySamValleyPresetIsDrawnWithFiniteReadouts() {
        for (Preset<SamValleyParams> preset : SamValleyExperiment.TYPE.presets()) {
            SamValleySnapshot s = (SamValleySnapshot) new SamValleyExperiment(preset.params()).snapshot();
            SamValleyFigure figure = new SamValleyFigure(palette);
            figure.show(s);
            for (Readout r : figure.readouts(s)) {
                assertTrue(r.hasValue(), preset.name() + ": " + r.label());
            }
            XYPlot landscape = figure.charts().get(0).chart().getXYPlot();
            XYSeriesCollection paths = (XYSeriesCollection) landscape.getDataset();
            assertEquals(s.trace().rows(), paths.getSeries(0).getItemCount());
            assertEquals(s.trace().rows(), paths.getSeries(1).getItemCount());
            double[] box = SamValleyFigure.box(s.params());
            assertEquals(box[0], landscape.getDomainAxis().getLowerBound());
            assertEquals(box[3], landscape.getRangeAxis().getUpperBound());
        }
    }

    private static SamValleySnapshot valley(SamValleyParams p) {
        return (SamValleySnapshot) new SamValleyExperiment(p).snapshot();
    }

    private static double[] frame(SamValleyFigure figure) {
        XYPlot plot = figure.charts().get(0).chart().getXYPlot();
        return new double[] {plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound(),
                plot.getRangeAxis().getLowerBound(), plot.getRangeAxis().getUpperBound()};
    }

    @Test
    void whileTheStartIsDraggedTheFrameHoldsStillAndItIsRefittedOnRelease() {
        SamValleyParams start = new SamValleyParams(SamValleyParams.Model.PRODUCT, 0.1, 0.1, 3.0, 0.35, 50);
        SamValleyParams nearEdge = new SamValleyParams(SamValleyParams.Model.PRODUCT, 0.1, 0.1, 3.4, 0.35, 50);
        SamValleyFigure figure = new SamValleyFigure(palette);
        figure.show(valley(start));
        double[] before = frame(figure);
        figure.dragging(true);
        SamValleySnapshot moved = valley(nearEdge);
        figure.show(moved);
        assertArrayEquals(before, frame(figure), "the frame under the pointer does not move during the drag");
        assertFalse(java.util.Arrays.equals(before, SamValleyFigure.box(nearEdge)), "a refit would move it");
        figure.dragging(false);
        figure.show(moved);
        assertArrayEquals(SamValleyFigure.box(nearEdge), frame(figure), "refitted when the drag ends");
    }

    @Test
    void aDraggedStartOutsideTheHeldFrameRefitsIt() {
        SamValleyFigure figure = new SamValleyFigure(palette);
        figure.show(valley(new SamValleyParams(SamValleyParams.Model.PRODUCT, 0.1, 0.1, 1, 1, 20)));
        figure.dragging(true);
        SamValleyParams outside = new SamValleyParams(SamValleyParams.Model.PRODUCT, 0.1, 0.1, -2, 1, 20);
        figure.show(valley(outside));
        assertArrayEquals(SamValleyFigure.box(outside), frame(figure));
    }

    @Test
    void theLandscapeWidensToHoldAStartOutsideTheModelsOwnBox() {
        SamValleyParams p = new SamValleyParams(SamValleyParams.Model.ELLIPSE, 0.1, 0.1, 3.2, -2.9, 10);
        double[] box = SamValleyFigure.box(p);
        assertTrue(box[1] >= 3.2 && box[2] <= -2.9);
        assertEquals(-2.5, box[0]);
    }

    @Tag("slow")
    @Test
    void thePacBayesProfileGrowsStepByStepAndEndsWithTheFlipLines() {
        PacBayesExperiment e = new PacBayesExperiment(PacBayesExperiment.TYPE.preset("sharp-ball").params());
        PacBayesFigure figure = new PacBayesFigure(palette);
        e.reset();
        XYPlot profile = figure.charts().get(0).chart().getXYPlot();
        for (int k = 0; k < PacBayesExperiment.RADII + 2; k++) {
            PacBayesSnapshot s = (PacBayesSnapshot) e.snapshot();
            figure.show(s);
            int rows = s.trace().rows();
            assertEquals(rows, ((XYSeriesCollection) profile.getDataset(0)).getSeries(0).getItemCount());
            assertEquals(rows, ((YIntervalSeriesCollection) profile.getDataset(1)).getSeries(1).getItemCount());
            e.step();
        }
        figure.show((PacBayesSnapshot) e.snapshot());
        // the ball's radius, the SAM objective's flip (shared with first order, 3·10⁻⁷ away), the expected loss's flip
        assertEquals(3, profile.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Tag("slow")
    /** The radius runs from 0 to 1: its ticks are tenths or fifths, not 0 and 1 alone (a step axis's whole numbers). */
    @Test
    void thePacBayesRadiusAxisHasTicksBetweenZeroAndOne() {
        PacBayesExperiment e = new PacBayesExperiment(PacBayesParams.SPACE.defaults());
        e.run(Long.MAX_VALUE);
        PacBayesFigure figure = new PacBayesFigure(palette);
        figure.show((PacBayesSnapshot) e.snapshot());
        org.jfree.chart.JFreeChart chart = figure.charts().get(0).chart();
        chart.draw(new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_ARGB)
                .createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400));
        org.jfree.chart.axis.NumberAxis radius = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis();
        assertEquals(1.0, radius.getUpperBound(), 1e-12);
        assertTrue(radius.getTickUnit().getSize() <= 0.25, "tick unit " + radius.getTickUnit().getSize());
    }

    @Test
    void bothExperimentsExportTheirCsvAndJsonWithoutANonFiniteNumber() throws Exception {
        var valley = new SamValleyExperiment(SamValleyParams.SPACE.defaults());
        SamValleyFigure valleyFigure = new SamValleyFigure(palette);
        Snapshot vs = valley.snapshot();
        valleyFigure.show((SamValleySnapshot) vs);
        ExperimentExport.write(SamValleyExperiment.TYPE, vs, any(valleyFigure), palette,
                new ExperimentExport.Request(dir, List.of(Format.PNG, Format.CSV, Format.JSON), 1, true, null,
                        "sam-drifts"));
        List<String> csv = Files.readAllLines(dir.resolve("sam-valley.csv"));
        assertEquals("step,gd_w1,gd_w2,gd_loss,gd_sharpness,gd_distance,sam_w1,sam_w2,sam_loss,sam_sharpness,"
                + "sam_distance", csv.get(0));
        assertEquals(3002, csv.size());
        assertTrue(Files.size(dir.resolve("sam-valley.png")) > 0);

        var pac = new PacBayesExperiment(PacBayesParams.SPACE.defaults());
        PacBayesFigure pacFigure = new PacBayesFigure(palette);
        Snapshot ps = pac.snapshot();
        pacFigure.show((PacBayesSnapshot) ps);
        ExperimentExport.write(PacBayesExperiment.TYPE, ps, any(pacFigure), palette,
                new ExperimentExport.Request(dir, List.of(Format.PNG, Format.CSV, Format.JSON), 1, true, null,
                        "sharp-ball"));
        List<String> rows = Files.readAllLines(dir.resolve("sam-pac-bayes.csv"));
        assertEquals("step,radius,sharp_loss,sharp_expected,sharp_expected_se,sharp_worst,sharp_first_order,"
                + "flat_loss,flat_expected,flat_expected_se,flat_worst,flat_first_order", rows.get(0));
        assertEquals(PacBayesExperiment.RADII + 1, rows.size());
        for (String name : new String[] {"sam-valley", "sam-pac-bayes"}) {
            String text = Files.readString(dir.resolve(name + ".csv")) + Files.readString(dir.resolve(name + ".json"));
            assertFalse(text.contains("NaN") || text.contains("Infinity"), name);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("sam-pac-bayes.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) json.get("summary");
        assertEquals(((PacBayesSnapshot) ps).flips().get(0).radius().getAsDouble(),
                ((Number) summary.get("flip_worst_case")).doubleValue());
    }

    @Test
    void chartsHaveTheirExportIds() {
        assertEquals(List.of("landscape", "sharpness", "distance"),
                new SamValleyFigure(palette).charts().stream().map(FigureChart::id).toList());
        assertEquals(List.of("profile", "ball"),
                new PacBayesFigure(palette).charts().stream().map(FigureChart::id).toList());
    }

    @Test
    void shortFormatDropsTrailingZeros() {
        assertEquals("2", SamValleyFigure.shortFormat(2.0));
        assertEquals("9.1", SamValleyFigure.shortFormat(9.1));
        assertEquals("0.451", SamValleyFigure.shortFormat(0.451));
        assertEquals("1.00×10⁻⁵", SamValleyFigure.shortFormat(1e-5));
    }
}
