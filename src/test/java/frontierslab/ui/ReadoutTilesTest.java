package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.app.FxPlatform;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A gauge never reads 0.00 for a small value that is not zero (bias-low-rank's error of 0.00227 did). */
@Tag("gui")
class ReadoutTilesTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    /** The number the gauge draws after a run's first readout of 1.0 and then {@code value}. */
    private static String drawn(double value) {
        return FxPlatform.call(() -> {
            ReadoutTiles tiles = new ReadoutTiles(Palette.of(Theme.PROJECTOR), 100);
            new Scene(tiles, 400, 200);
            for (double v : new double[] {1.0, value}) {
                tiles.show(List.of(Readout.gauge("error", "test error ÷ zero's", v, 1, 2)));
                tiles.applyCss();
                tiles.layout();
            }
            List<String> shown = tiles.tile("error").lookupAll("Text").stream()
                    .filter(n -> n.isVisible() && ((Text) n).getText().contains("."))
                    .map(n -> ((Text) n).getText()).toList();
            assertEquals(1, shown.size(), "one number on the gauge: " + shown);
            return shown.getFirst();
        });
    }

    @Test
    void aValueBelowATenthIsShownWithTwoSignificantDigitsAndALargerOneWithTwoDecimals() {
        assertEquals("0.021", drawn(0.02136));
        assertEquals("1.95", drawn(1.954));
        assertEquals("0.00", drawn(0));
    }

    /** TilesFX draws at most three decimals: bias-low-rank's error of 0.00227 reads 0.002 (it read 0.00). */
    @Test
    void aSmallErrorDoesNotReadZero() {
        assertEquals("0.002", drawn(0.00227));
    }
}
