package frontierslab.ui;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The live numbers of an experiment as TilesFX tiles, large enough for the back row: a gauge for a value with a
 * threshold (η·λ_max against 2), which turns to the alarm colour above it, and large styled numbers for the rest. A
 * value that is not finite reads "—". The row never widens its parent and never wraps: tiles that do not fit are cut
 * off at its right edge (the most important first), so the charts below keep the width of the window and the layout
 * keeps its height from one step to the next.
 */
public final class ReadoutTiles extends HBox {

    /** The most decimals a TilesFX gauge shows. */
    static final int MOST_DECIMALS = 3;

    private final Palette palette;
    private final Map<String, Tile> tiles = new LinkedHashMap<>();
    private final Map<String, Label> numbers = new LinkedHashMap<>();
    private final Map<String, Boolean> alarms = new LinkedHashMap<>();

    public ReadoutTiles(Palette palette, double tileSize) {
        this.palette = palette;
        getStyleClass().add("tile-row");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setMinWidth(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setUserData(tileSize);
    }

    public void show(List<Readout> readouts) {
        double size = (double) getUserData();
        for (Readout r : readouts) {
            if (r.kind() == Readout.Kind.GAUGE) {
                int decimals = decimals(r.hasValue() ? Math.min(r.value(), r.max()) : 0);
                Tile tile = tiles.get(r.id());
                if (tile != null && tile.getDecimals() != decimals) {
                    // TilesFX keeps a gauge's number format from when its skin was made: a new gauge takes the place
                    Tile again = gauge(r, size, decimals);
                    VBox box = (VBox) tile.getParent();
                    box.getChildren().set(box.getChildren().indexOf(tile), again);
                    tiles.put(r.id(), again);
                    tile = again;
                }
                tile = tiles.computeIfAbsent(r.id(), id -> {
                    Tile t = gauge(r, size, decimals);
                    // the title above the gauge, not in it: TilesFX puts a tile's title beside its value, where a long
                    // one runs into the number
                    Label title = new Label(r.label());
                    title.getStyleClass().add("readout-title");
                    VBox box = new VBox(0, title, t);
                    box.getStyleClass().add("gauge-readout");
                    getChildren().add(box);
                    return t;
                });
                update(tile, r);
            } else {
                numbers.computeIfAbsent(r.id(), id -> number(r, size)).setText(r.text());
            }
        }
    }

    private Label number(Readout r, double size) {
        Label title = new Label(r.label());
        title.getStyleClass().add("readout-title");
        Label value = new Label("—");
        value.getStyleClass().add("readout-value");
        value.setId("readout-" + r.id());
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(4, title, value);
        box.getStyleClass().add("readout");
        box.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(box);
        return value;
    }

    private Tile gauge(Readout r, double size, int decimals) {
        Color bg = FxColors.of(palette.color("tile-background"));
        Color fg = FxColors.of(palette.color("tile-foreground"));
        Tile tile = TileBuilder.create().skinType(Tile.SkinType.GAUGE).prefSize(size * 1.35, size)
                    .title("").minValue(0).maxValue(r.max()).threshold(r.threshold())
                    .thresholdVisible(true).decimals(decimals).tickLabelDecimals(0).textSize(Tile.TextSize.BIGGER)
                    .backgroundColor(bg).foregroundBaseColor(fg).titleColor(fg).valueColor(fg)
                    .barColor(FxColors.of(palette.series(0))).thresholdColor(FxColors.of(palette.alarm()))
                    .animated(false).build();
        tile.setId("gauge-" + r.id());
        tile.setMinSize(size * 1.35, size);
        return tile;
    }

    private void update(Tile tile, Readout r) {
        {
            boolean alarm = r.alarm();
            if (tile.getMaxValue() != r.max()) {
                tile.setMaxValue(r.max());
            }
            if (tile.getThreshold() != r.threshold()) {
                tile.setThreshold(r.threshold());
            }
            double shown = r.hasValue() ? Math.min(r.value(), r.max()) : 0;
            tile.setValue(shown);
            tile.setDescription(r.hasValue() && r.value() > r.max() ? r.text() : "");
            Color colour = FxColors.of(alarm ? palette.alarm() : palette.series(0));
            tile.setBarColor(colour);
            tile.setValueColor(alarm ? colour : FxColors.of(palette.color("tile-foreground")));
            tile.setText(r.hasValue() ? "" : "—");
            alarms.put(r.id(), alarm);
        }
    }

    /**
     * The decimals a gauge shows {@code v} with: 2, or for a value below 0.1 enough for two significant digits (0.023,
     * not 0.02), at most {@value #MOST_DECIMALS} (TilesFX's limit), so that an error of 0.00227 reads 0.002, not 0.00.
     */
    static int decimals(double v) {
        if (v == 0 || !Double.isFinite(v) || Math.abs(v) >= 0.1) {
            return 2;
        }
        return Math.min(MOST_DECIMALS, 1 - (int) Math.floor(Math.log10(Math.abs(v))));
    }

    /** Whether the gauge {@code id} is in its alarm state (above its threshold). */
    public boolean isAlarm(String id) {
        return alarms.getOrDefault(id, false);
    }

    public Tile tile(String id) {
        return tiles.get(id);
    }

    /** The text shown for number readout {@code id}. */
    public String numberText(String id) {
        Label l = numbers.get(id);
        return l == null ? null : l.getText();
    }
}
