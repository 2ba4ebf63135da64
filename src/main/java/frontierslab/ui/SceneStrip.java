package frontierslab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The titles of a lecture's scenes in one row, numbered from 1, the scene on screen highlighted, in full, and scrolled
 * to the middle (the others are cut at 18 em, styles/base.css); a click opens a scene. The text takes the theme's font size (20 px in the projector theme) and the row one line of
 * it. The lecturer's note can ride on the current item as a tooltip (when there is no second screen for it).
 */
public final class SceneStrip extends ScrollPane {

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
            item.setMinWidth(on ? USE_PREF_SIZE : USE_COMPUTED_SIZE);
            item.setTooltip(on && notesAsTooltip && !notes.get(i).isBlank() ? tooltip(notes.get(i)) : null);
        }
        if (index >= 0 && index < items.size()) {
            applyCss();
            scrollTo(index);
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

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (current >= 0 && current < items.size()) {
            scrollTo(current);
        }
    }

    /** Scrolls so that item {@code index} is in the middle, from the items' own widths (no layout pass needed). */
    private void scrollTo(int index) {
        double gap = row.getSpacing();
        double x = row.getPadding().getLeft();
        double before = 0;
        double total = row.getPadding().getLeft() + row.getPadding().getRight();
        for (int i = 0; i < items.size(); i++) {
            Label item = items.get(i);
            double w = Math.min(item.prefWidth(-1), item.getMaxWidth());
            if (i == index) {
                before = x + w / 2;
            }
            x += w + gap;
            total += w + (i > 0 ? gap : 0);
        }
        double viewport = getViewportBounds().getWidth() > 0 ? getViewportBounds().getWidth() : getWidth();
        if (total <= viewport || viewport <= 0) {
            setHvalue(0);
            return;
        }
        setHvalue(Math.max(0, Math.min(1, (before - viewport / 2) / (total - viewport))));
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
