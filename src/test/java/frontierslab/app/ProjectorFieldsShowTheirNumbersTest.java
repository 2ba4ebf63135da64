package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.plot.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In the projector theme at 1600×1000 (the screenshots' size) every parameter field is wide enough for the number it
 * shows: "5.00×10⁻⁴", not "5.00×10⁻"; "0.001000", not "0.00100".
 */
@Tag("gui")
class ProjectorFieldsShowTheirNumbersTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    /** The fields of one experiment whose text is wider than the room inside the field, as "id: text". */
    private static List<String> cut(String panel, String experiment) {
        Shell shell = FxPlatform.call(() -> {
            Shell s = new Shell(Theme.PROJECTOR, panel);
            Scene scene = new Scene(s, 1600, 1000);
            Shell.applyStyles(scene, Theme.PROJECTOR);
            s.currentSection().load(experiment, null);
            return s;
        });
        try {
            return FxPlatform.call(() -> {
                shell.applyCss();
                shell.layout();
                List<String> cut = new ArrayList<>();
                for (Node n : shell.current().controls().lookupAll(".text-field")) {
                    if (n instanceof TextField field && field.isVisible() && !field.getText().isEmpty()) {
                        Text text = new Text(field.getText());
                        text.setFont(field.getFont());
                        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                        if (text.getLayoutBounds().getWidth() > room + 0.5) {
                            cut.add(field.getId() + ": " + field.getText());
                        }
                    }
                }
                return cut;
            });
        } finally {
            FxPlatform.run(shell::dispose);
        }
    }

    @Test
    void everyFieldOfTheExperimentsWithTheLongestNumbersShowsItsWholeNumber() {
        List<String> cut = new ArrayList<>();
        cut.addAll(cut("intro", "intro-interpolation"));
        cut.addAll(cut("bias", "bias-low-rank"));
        cut.addAll(cut("sam", "sam-two-basin"));
        cut.addAll(cut("generalization", "grok-modadd"));
        assertTrue(cut.isEmpty(), "numbers cut in their fields: " + cut);
    }
}
