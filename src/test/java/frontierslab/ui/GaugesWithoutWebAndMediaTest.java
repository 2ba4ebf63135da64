package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import frontierslab.app.FxPlatform;
import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * TilesFX names WebKit ({@code javafx-web}) and media in its POM and module descriptor; the build leaves both out. Here,
 * in a JVM where neither can be loaded, every gauge that an experiment of the registry shows is built from the
 * experiment's own readouts and drawn: below its threshold the bar has the series colour, above it the alarm colour.
 * (The app's other readouts are plain labels, not TilesFX.)
 */
@Tag("gui")
class GaugesWithoutWebAndMediaTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @Test
    void webKitAndMediaCannotBeLoaded() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javafx.scene.web.WebView"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javafx.scene.media.MediaPlayer"));
        assertTrue(ModuleLayer.boot().findModule("javafx.web").isEmpty());
        assertTrue(ModuleLayer.boot().findModule("javafx.media").isEmpty());
    }

    @Test
    void everyGaugeOfEveryExperimentDrawsItsBarInTheSeriesColourBelowItsThresholdAndInTheAlarmColourAbove() {
        List<String> checked = new ArrayList<>();
        Palette palette = Palette.of(Theme.LIGHT);
        Color series = FxColors.of(palette.series(0));
        Color alarm = FxColors.of(palette.alarm());
        for (Entry<?, ?> entry : Registry.experiments()) {
            for (Readout r : gauges(entry, palette)) {
                String what = entry.type().id() + "/" + r.id();
                assertTrue(Double.isFinite(r.threshold()) && r.threshold() < r.max(), what + ": threshold inside scale");
                double below = r.threshold() / 2;
                double above = (r.threshold() + r.max()) / 2;

                Image calm = draw(palette, Readout.gauge(r.id(), r.label(), below, r.threshold(), r.max()), what, below);
                assertTrue(share(calm, series) > 0.002, what + ": the bar below the threshold is in the series colour");

                Image alarmed = draw(palette, Readout.gauge(r.id(), r.label(), above, r.threshold(), r.max()), what,
                        above);
                assertTrue(share(alarmed, series) < share(calm, series) / 4,
                        what + ": above the threshold the bar leaves the series colour");
                assertTrue(share(alarmed, alarm) > share(calm, alarm), what + ": and takes the alarm colour");
                checked.add(what);
            }
        }
        assertFalse(checked.isEmpty(), "the registry shows gauges");
    }

    /** The gauges among the readouts the experiment's figure shows at its defaults after one step. */
    private static <P extends Record> List<Readout> gauges(Entry<P, ?> entry, Palette palette) {
        Experiment<P> experiment = entry.type().create(entry.type().space().defaults());
        experiment.step();
        Snapshot s = experiment.snapshot();
        var figure = entry.newFigure(palette);
        figure.show(s);
        return figure.readouts(s).stream().filter(r -> r.kind() == Readout.Kind.GAUGE).toList();
    }

    private static Image draw(Palette palette, Readout r, String what, double value) {
        return FxPlatform.call(() -> {
            ReadoutTiles tiles = new ReadoutTiles(palette, 120);
            tiles.show(List.of(r));
            new Scene(tiles, 400, 200);
            tiles.applyCss();
            tiles.layout();
            Tile tile = tiles.tile(r.id());
            assertNotNull(tile, what + ": a TilesFX gauge");
            assertEquals(Tile.SkinType.GAUGE, tile.getSkinType());
            assertEquals(value, tile.getValue(), 1e-12, what);
            assertEquals(r.alarm(), tiles.isAlarm(r.id()), what);
            return tile.snapshot(null, null);
        });
    }

    /** The fraction of the image's pixels within a small distance of {@code colour}. */
    private static double share(Image image, Color colour) {
        PixelReader px = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int near = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color c = px.getColor(x, y);
                double d = Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue());
                if (d < 0.12) {
                    near++;
                }
            }
        }
        return (double) near / (w * h);
    }
}
