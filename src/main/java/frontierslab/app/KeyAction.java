package frontierslab.app;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.action.Action;

/**
 * One command of the window, declared once: a ControlsFX {@link Action} (name, handler, enabled state, the first key as
 * its accelerator), the menu it appears in (or none), whether the toolbar shows it, and every key that triggers it. The
 * menus, the toolbar, the key handling and Help → Keys are all made from the list of these.
 */
record KeyAction(Action action, String menu, boolean toolbar, List<KeyCombination> keys) {

    KeyAction {
        keys = List.copyOf(keys);
        if (!keys.isEmpty() && isMenuAccelerator(keys.get(0))) {
            action.setAccelerator(keys.get(0));
        }
    }

    boolean matches(KeyEvent e) {
        return keys.stream().anyMatch(k -> k.match(e));
    }

    /**
     * Whether a key may act while a text field is being edited: only function keys and shortcuts that are not a
     * field's own (copy, paste, cut, select all, undo, redo).
     */
    static boolean actsInsideAField(KeyEvent e) {
        if (e.getCode().isFunctionKey()) {
            return true;
        }
        return e.isShortcutDown() && !List.of(KeyCode.C, KeyCode.V, KeyCode.X, KeyCode.A, KeyCode.Z, KeyCode.Y)
                .contains(e.getCode());
    }

    /**
     * A key shown beside a menu item. Plain keys (Space, R, arrows, brackets, Esc) are handled by the window's key
     * filter only, so that they never reach a field being edited through a menu accelerator.
     */
    private static boolean isMenuAccelerator(KeyCombination k) {
        return k.getShortcut() == KeyCombination.ModifierValue.DOWN
                || k.getControl() == KeyCombination.ModifierValue.DOWN
                || (k instanceof javafx.scene.input.KeyCodeCombination c && c.getCode().isFunctionKey());
    }

    /** The keys in words, as Help → Keys shows them. */
    String keyText() {
        return String.join(", ", keys.stream().map(KeyCombination::getDisplayText).toList());
    }

    String name() {
        return action.getText();
    }
}
