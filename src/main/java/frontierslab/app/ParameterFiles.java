package frontierslab.app;

import frontierslab.export.ExportException;
import frontierslab.export.ParameterFile;
import frontierslab.panels.PanelDefinition;
import frontierslab.ui.ExperimentView;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/**
 * Ctrl+O and Ctrl+S: the parameters of an experiment to and from a JSON file. Opening a file shows the file's own
 * experiment, whichever panel is on screen, with its parameters applied as one change that Undo takes back; a file that
 * cannot be used changes nothing and says why on the message line.
 */
final class ParameterFiles {

    private final Shell shell;

    ParameterFiles(Shell shell) {
        this.shell = shell;
    }

    /** Asks for a file with the platform's chooser, then opens or saves it. */
    void choose(boolean saving) {
        FileChooser chooser = new FileChooser();
        ExperimentView<?> view = shell.current();
        chooser.setTitle(saving ? "Save the parameters of " + view.type().title() : "Open parameters");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parameters (JSON)", "*.json"));
        if (saving) {
            chooser.setInitialFileName(view.type().id() + ".json");
        }
        File file = saving ? chooser.showSaveDialog(shell.getScene().getWindow())
                : chooser.showOpenDialog(shell.getScene().getWindow());
        if (file != null) {
            if (saving) {
                save(file.toPath());
            } else {
                open(file.toPath());
            }
        }
    }

    boolean open(Path file) {
        ParameterFile.Contents contents;
        try {
            contents = ParameterFile.read(file);
        } catch (ExportException e) {
            shell.say(e.getMessage(), true);
            return false;
        }
        String id = contents.experimentId();
        if (Registry.experiments().stream().noneMatch(e -> e.type().id().equals(id))) {
            shell.say("cannot open " + file + ": no experiment '" + id + "'", true);
            return false;
        }
        try {
            check(Registry.experiment(id), contents);
        } catch (IllegalArgumentException e) {
            shell.say("cannot open " + file + ": " + e.getMessage(), true);
            return false;
        }
        shell.showPanel(Registry.panelOf(id).id());
        shell.currentSection().load(id, null);
        ExperimentView<?> target = shell.current();
        apply(target, contents);
        shell.say("Opened " + file.getFileName() + ": " + target.type().title());
        return true;
    }

    boolean save(Path file) {
        ExperimentView<?> view = shell.current();
        try {
            write(view, file);
            shell.say("Saved the parameters of " + view.type().title() + " to " + file);
            return true;
        } catch (ExportException e) {
            shell.say("Save failed: " + e.getMessage(), true);
            return false;
        }
    }

    private static <P extends Record> void check(PanelDefinition.Entry<P, ?> entry, ParameterFile.Contents contents) {
        contents.params(entry.type());
    }

    /** Applies {@code contents} (checked) to {@code view}'s controls as one change that Undo takes back. */
    static <P extends Record> void apply(ExperimentView<P> view, ParameterFile.Contents contents) {
        view.controls().accept(contents.params(view.type()));
    }

    private static <P extends Record> void write(ExperimentView<P> view, Path file) throws ExportException {
        ParameterFile.write(file, view.type(), view.controls().params());
    }
}
