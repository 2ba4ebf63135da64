package frontierslab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The titles of a lecture's scenes in one row, numbered from 1, the scene on screen highlighted and scrolled into view;
 * a click opens a scene. The text takes the theme's font size (20 px in the projector theme) and the row one line of
 * it. The lecturer's note can ride on the current item as a tooltip (when there is no second screen for it).
 */
public final class SceneStrip extends ScrollPane {

    /** A title longer than this is cut with an ellipsis, except on the current item. */
    private static final double ITEM_WIDTH = 18;

    private final HBox row = new HBox();
    private final List<Label> items = new ArrayList<>();
    private List<String> notes = List.of();
    private IntConsumer onOpen = i -> { };
    private int current = -1;
    private boolean notesAsTooltip;

    public SceneStrip() {
        setId("scene-strip");
        getStyleClass().add("scene-strip");
        row.getStyleClass().add("scene-row");
        setContent(row);
        setFitToHeight(true);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
    }

    /** The scenes' titles and notes, in lecture order; nothing is highlighted until {@link #select}. */
    public void setScenes(List<String> titles, List<String> notes) {
        this.notes = List.copyOf(notes);
        items.clear();
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            Label item = new Label((i + 1) + "  " + titles.get(i));
            item.setId("scene-item-" + (i + 1));
            item.getStyleClass().add("scene-item");
            item.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    onOpen.accept(index);
                }
            });
            items.add(item);
        }
        row.getChildren().setAll(items);
        current = -1;
        select(-1);
    }

    /** Highlights scene {@code index} (−1: none), gives it its whole title and scrolls it into view. */
    public void select(int index) {
        current = index;
        for (int i = 0; i < items.size(); i++) {
            Label item = items.get(i);
            boolean on = i == index;
            item.getStyleClass().remove("scene-current");
            if (on) {
                item.getStyleClass().add("scene-current");
            }
            item.setMaxWidth(on ? Double.MAX_VALUE : ITEM_WIDTH * item.getFont().getSize());
            item.setMinWidth(on ? USE_PREF_SIZE : USE_COMPUTED_SIZE);
            item.setTooltip(on && notesAsTooltip && !notes.get(i).isBlank() ? tooltip(notes.get(i)) : null);
        }
        if (index >= 0 && index < items.size()) {
            applyCss();
            layout();
            scrollTo(items.get(index));
        }
    }

    private static Tooltip tooltip(String note) {
        Tooltip t = new Tooltip(note);
        t.setWrapText(true);
        t.setMaxWidth(640);
        t.setShowDelay(Duration.millis(200));
        t.setShowDuration(Duration.INDEFINITE);
        return t;
    }

    private void scrollTo(Label item) {
        double content = row.getBoundsInLocal().getWidth();
        double viewport = getViewportBounds().getWidth();
        if (content <= viewport) {
            return;
        }
        Bounds b = item.getBoundsInParent();
        double centre = b.getMinX() + b.getWidth() / 2 - viewport / 2;
        setHvalue(Math.max(0, Math.min(1, centre / (content - viewport))));
    }

    /** Whether the current item carries the note as a tooltip. */
    public void setNotesAsTooltip(boolean on) {
        notesAsTooltip = on;
        select(current);
    }

    public void setOnOpen(IntConsumer handler) {
        onOpen = handler;
    }

    public int selected() {
        return current;
    }

    /** The item of scene {@code index} (tests, the tooltip). */
    public Label item(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }
}
