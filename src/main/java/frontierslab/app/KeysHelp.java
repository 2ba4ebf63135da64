package frontierslab.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/** Help → Keys: every binding of the window, made from its list of actions, so that the list cannot go stale. */
final class KeysHelp {

    private KeysHelp() {
    }

    /** One line per action that has a key: its keys, then its name. */
    static String text(Shell shell) {
        StringBuilder b = new StringBuilder();
        for (KeyAction a : shell.actions()) {
            if (!a.keys().isEmpty()) {
                b.append(a.keyText()).append("  —  ").append(a.name()).append('\n');
            }
        }
        return b.toString().strip();
    }

    static void show(Shell shell) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("Keys");
        alert.setHeaderText("Keys (a presenter remote's Page Down, Page Up, F5 and Esc included)");
        Label list = new Label(text(shell));
        list.setId("keys-list");
        alert.getDialogPane().setContent(list);
        if (shell.getScene() != null) {
            alert.initOwner(shell.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(shell.getScene().getStylesheets());
        }
        alert.show();
    }
}
