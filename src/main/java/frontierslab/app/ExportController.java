package frontierslab.app;

import frontierslab.export.AtomicFiles;
import frontierslab.export.Format;
import frontierslab.export.ExperimentExport;
import frontierslab.export.ExportException;
import frontierslab.ui.ExperimentView;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Exports from the window: the dialog (Ctrl+E), a figure with its data, the panel as on screen, and the view on screen
 * copied to the clipboard as a PNG at twice its size on screen (Ctrl+C), ready to paste into slides. Each outcome is
 * said on the message line.
 */
final class ExportController {

    /** The clipboard copy is drawn at this multiple of its size on screen, sharp on a slide. */
    static final double CLIPBOARD_SCALE = 2;

    private final Shell shell;
    private Path folder = Path.of(System.getProperty("user.home"), "frontiers-lab-exports");

    ExportController(Shell shell) {
        this.shell = shell;
    }

    void openDialog(String chartId) {
        ExportDialog.show(shell, shell.current(), chartId, folder).ifPresent(choice -> {
            if (choice.panelAsOnScreen()) {
                exportPanelPng(choice.request().folder(), choice.request().scale());
            } else {
                export(choice.request());
            }
        });
    }

    boolean export(ExperimentExport.Request request) {
        ExperimentView<?> view = shell.current();
        try {
            folder = request.folder();
            List<Path> files = write(view, request);
            shell.say("Exported " + files.size() + " file(s) to " + request.folder().toAbsolutePath());
            return true;
        } catch (ExportException | IllegalArgumentException e) {
            shell.say("Export failed: " + e.getMessage(), true);
            return false;
        }
    }

    boolean exportPanelPng(Path target, double scale) {
        try {
            var image = SwingFXUtils.fromFXImage(snapshot(shell.currentSection(), scale), null);
            Path file = target.resolve(ExperimentExport.freeName(target, shell.current().type().id() + "-panel",
                    List.of(Format.PNG)) + ".png");
            AtomicFiles.ensureDirectory(target.toAbsolutePath());
            AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
            folder = target;
            shell.say("Exported " + file.toAbsolutePath());
            return true;
        } catch (ExportException e) {
            shell.say("Export failed: " + e.getMessage(), true);
            return false;
        }
    }

    /** Puts the experiment on screen on the clipboard as an image at {@link #CLIPBOARD_SCALE}×; returns the image. */
    WritableImage copyView() {
        ExperimentView<?> view = shell.current();
        WritableImage image = snapshot(view, CLIPBOARD_SCALE);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        shell.say("Copied " + view.type().title() + " to the clipboard (" + (int) image.getWidth() + "×"
                + (int) image.getHeight() + " px)");
        return image;
    }

    private static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    private static <P extends Record> List<Path> write(ExperimentView<P> view, ExperimentExport.Request request)
            throws ExportException {
        if (view.shownSnapshot() == null) {
            throw new ExportException("nothing to export yet: the run has not drawn its first frame");
        }
        return ExperimentExport.write(view.type(), view.shownSnapshot(), view.figure(), view.palette(), request);
    }
}
