package frontierslab.panels.bias.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.FigureWriter;
import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment.SparseBiasSnapshot;
import frontierslab.panels.bias.model.SparseBiasParams;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

public class SparseBiasFigureTest {

    /** Shows the snapshot in a new figure and draws it at 1280×800; with -DsparseBias.png=DIR also writes a PNG. */
    public static BufferedImage draw(SparseBiasSnapshot s, Theme theme) {
        SparseBiasFigure figure = new SparseBiasFigure(Palette.of(theme));
        figure.show(s);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new FigureWriter(Palette.of(theme), null, figure.charts().stream().map(FigureChart::chart).toList(),
                figure.columns(), null).draw(g, 1280, 800);
        g.dispose();
        for (Readout r : figure.readouts(s)) {
            assertTrue(r.hasValue(), r.id());
        }
        return image;
    }

    public static BufferedImage draw(SparseBiasSnapshot s) {
        return draw(s, Theme.LIGHT);
    }

    private static SparseBiasSnapshot finished(SparseBiasParams p) {
        SparseBiasExperiment e = new SparseBiasExperiment(p);
        e.run(Long.MAX_VALUE);
        return (SparseBiasSnapshot) e.snapshot();
    }

    @Tag("slow")
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPresetDrawsInEveryTheme(Theme theme) throws java.io.IOException {
        String dir = System.getProperty("sparseBias.png");
        for (Preset<SparseBiasParams> preset : SparseBiasExperiment.TYPE.presets()) {
            BufferedImage image = draw(finished(preset.params()), theme);
            if (dir != null) {
                javax.imageio.ImageIO.write(image, "png", new java.io.File(dir,
                        "bias-sparse-" + preset.name() + "-" + theme.name().toLowerCase() + ".png"));
            }
        }
    }

    @Test
    void theCoordinateChartShowsWAndMarksTheSupportOfTheTruthAndOfW1() {
        SparseBiasSnapshot s = finished(SparseBiasExperiment.TYPE.preset("small-init").params());
        SparseBiasFigure figure = new SparseBiasFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        var plot = figure.charts().get(0).chart().getXYPlot();
        var bars = (XYSeriesCollection) plot.getDataset(0);
        var marks = (XYSeriesCollection) plot.getDataset(1);
        assertEquals(100, bars.getSeries(0).getItemCount());
        assertEquals(s.weights()[64], bars.getSeries(0).getY(64).doubleValue(), 0);
        assertEquals(3, marks.getSeries(0).getItemCount(), "the truth's three nonzeros");
        assertEquals(3, marks.getSeries(1).getItemCount(), "w₁'s three nonzeros");
        assertEquals(100, marks.getSeries(2).getItemCount(), "w₂ is dense");
    }

    @Test
    void theCoordinateChartIsTitledWithTheStepAndAlpha() {
        SparseBiasSnapshot s = finished(SparseBiasExperiment.TYPE.preset("small-init").params());
        SparseBiasFigure figure = new SparseBiasFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        assertEquals("w at step 30,000 (α = 0.01)", figure.charts().get(0).chart().getTitle().getText());
        assertEquals("0.125", SparseBiasFigure.compact(0.125));
        assertEquals("1", SparseBiasFigure.compact(1.0));
    }

    @Test
    void readoutsAreTheSnapshotsNumbers() {
        SparseBiasSnapshot s = finished(SparseBiasExperiment.TYPE.preset("transition").params());
        List<Readout> tiles = new SparseBiasFigure(Palette.of(Theme.LIGHT)).readouts(s);
        double l1 = 0;
        for (double v : s.weights()) {
            l1 += Math.abs(v);
        }
        assertEquals(s.step(), tiles.get(0).value());
        assertEquals(l1, tiles.get(2).value(), 1e-12);
        assertEquals(s.summary().distL1(), tiles.get(3).value());
        assertEquals(s.summary().distL2(), tiles.get(4).value());
    }

    /** A snapshot at step 0 (only the start row, which a log axis of steps cannot show) draws without trouble. */
    @Test
    void theStartDrawsBeforeAnyStep() {
        SparseBiasSnapshot s = (SparseBiasSnapshot) new SparseBiasExperiment(SparseBiasParams.of(0.01, 0.02, 1000))
                .snapshot();
        assertEquals(0, s.step());
        SparseBiasFigure figure = new SparseBiasFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        var coordinates = figure.charts().get(0).chart();
        assertEquals("w at step 0 (α = 0.01)", coordinates.getTitle().getText());
        var bars = (XYSeriesCollection) coordinates.getXYPlot().getDataset(0);
        assertEquals(100, bars.getSeries(0).getItemCount());
        for (int i = 0; i < 100; i++) {
            assertEquals(0.0, bars.getSeries(0).getY(i).doubleValue(), 0.0, "w = u⊙u − v⊙v = 0 from u = v = α");
        }
        var marks = (XYSeriesCollection) coordinates.getXYPlot().getDataset(1);
        assertEquals(3, marks.getSeries(0).getItemCount(), "the truth is marked before any step");
        var loss = (XYSeriesCollection) figure.charts().get(1).chart().getXYPlot().getDataset();
        assertEquals(0, loss.getSeries(0).getItemCount(), "a log axis of steps cannot show step 0");
        BufferedImage image = draw(s);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "the figure is drawn, not blank: " + colours.size() + " colours");
    }
}
