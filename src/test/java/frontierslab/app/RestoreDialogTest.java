package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The restore question, built headless: what it says, its two answers with Restore the default, and a picture of it
 * ({@code target/restore-dialog-<theme>.png}) to look at.
 */
@Tag("gui")
class RestoreDialogTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @Test
    void theQuestionSaysWhatWasOnTheStageAndOffersRestoreFirst() throws Exception {
        StageSaver.LastSession last = new StageSaver.LastSession(StageStateTest.sample(), Instant.now(), null);
        for (Theme theme : Theme.values()) {
            String said = FxPlatform.call(() -> {
                Alert alert = RestoreDialog.build(last, theme);
                DialogPane pane = alert.getDialogPane();
                assertEquals("Restore the last session?", pane.getHeaderText());
                assertEquals(java.util.List.of(RestoreDialog.RESTORE, RestoreDialog.AFRESH), pane.getButtonTypes());
                assertTrue(((javafx.scene.control.Button) pane.lookupButton(RestoreDialog.RESTORE)).isDefaultButton());
                pane.applyCss();
                pane.resize(pane.prefWidth(-1), pane.prefHeight(pane.prefWidth(-1)));
                pane.layout();
                WritableImage image = pane.snapshot(null, null);
                try {
                    Path png = Path.of("target", "restore-dialog-" + theme.key() + ".png");
                    Files.createDirectories(png.getParent());
                    javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return ((Label) pane.getContent()).getText();
            });
            assertTrue(said.startsWith("Frontiers Lab did not close normally last time (last saved "), said);
            assertTrue(said.contains(StageStateTest.sample().describe()), said);
        }
    }
}
