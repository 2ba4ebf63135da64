package frontierslab.app;

import frontierslab.scenes.Scene;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The lecturer's notes on the screen the class does not see: a small window on a screen other than the main window's,
 * showing the current scene's title and note and the next scene's title and note. Without a second screen there is no
 * window, and the scene strip carries the note as a tooltip instead.
 */
final class LecturerNotes {

    private Stage stage;
    private final Label current = new Label();
    private final Label currentNote = new Label();
    private final Label next = new Label();
    private final Label nextNote = new Label();

    /** Whether a second screen is there to take the notes. */
    static boolean secondScreen() {
        return Screen.getScreens().size() > 1;
    }

    /** Shows scene {@code index} of {@code scenes} and the one after it, on a screen other than {@code owner}'s. */
    void show(Window owner, List<Scene> scenes, int index) {
        if (!secondScreen() || owner == null || index < 0 || index >= scenes.size()) {
            hide();
            return;
        }
        if (stage == null) {
            stage = build(owner);
        }
        Scene s = scenes.get(index);
        current.setText("Now " + (index + 1) + "/" + scenes.size() + ": " + s.title());
        currentNote.setText(s.note());
        boolean last = index + 1 >= scenes.size();
        next.setText(last ? "Last scene" : "Next: " + scenes.get(index + 1).title());
        nextNote.setText(last ? "" : scenes.get(index + 1).note());
        stage.show();
    }

    void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    private Stage build(Window owner) {
        Stage s = new Stage();
        s.setTitle("Lecturer's notes");
        current.getStyleClass().add("notes-title");
        next.getStyleClass().add("notes-title");
        for (Label l : List.of(current, currentNote, next, nextNote)) {
            l.setWrapText(true);
        }
        VBox box = new VBox(8, current, currentNote, next, nextNote);
        box.setPadding(new Insets(12));
        box.setId("lecturer-notes");
        javafx.scene.Scene scene = new javafx.scene.Scene(box, 560, 360);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        s.setScene(scene);
        Rectangle2D other = Screen.getScreens().stream()
                .filter(sc -> !sc.getVisualBounds().contains(owner.getX() + owner.getWidth() / 2,
                        owner.getY() + owner.getHeight() / 2))
                .findFirst().orElse(Screen.getScreens().getLast()).getVisualBounds();
        s.setX(other.getMinX() + 40);
        s.setY(other.getMinY() + 40);
        return s;
    }
}
