package frontierslab.app;

import frontierslab.plot.Theme;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * The question asked at start when the last session did not end cleanly: what it had on the stage (the experiment, the
 * parameters that differ from the defaults, the theme, presenter mode, the scene list) and when it was saved, with
 * Restore (the default) and Start afresh. The system property {@value #ANSWER_PROPERTY} ({@code yes} or {@code no})
 * answers it without a window, for scripts and tests.
 */
final class RestoreDialog {

    static final String ANSWER_PROPERTY = "frontierslab.restore";
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType AFRESH = new ButtonType("Start afresh", ButtonBar.ButtonData.CANCEL_CLOSE);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    private RestoreDialog() {
    }

    /** The question as the app asks it: the property's answer if set, else the dialog. */
    static Predicate<StageSaver.LastSession> question() {
        String answer = System.getProperty(ANSWER_PROPERTY);
        if (answer != null) {
            return last -> answer.strip().equalsIgnoreCase("yes");
        }
        return last -> build(last, last.state().theme()).showAndWait().orElse(AFRESH) == RESTORE;
    }

    /** The dialog, styled in {@code theme}. */
    static Alert build(StageSaver.LastSession last, Theme theme) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, AFRESH);
        alert.setTitle("Frontiers Lab");
        alert.setHeaderText("Restore the last session?");
        Label text = new Label(text(last));
        text.setWrapText(true);
        text.setPrefWidth(520);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setId("restore-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().setAll(
                RestoreDialog.class.getResource("/styles/base.css").toExternalForm(),
                RestoreDialog.class.getResource(theme.stylesheet()).toExternalForm());
        return alert;
    }

    /** What the dialog says. */
    static String text(StageSaver.LastSession last) {
        String when = last.savedAt() == null ? ""
                : " (last saved " + WHEN.format(last.savedAt().atZone(ZoneId.systemDefault())) + ")";
        return "Frontiers Lab did not close normally last time" + when + ". It was showing:\n\n"
                + last.state().describe() + ".\n\nRestore it, or start afresh?";
    }
}
