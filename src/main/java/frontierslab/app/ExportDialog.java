package frontierslab.app;

import frontierslab.export.ExperimentExport;
import frontierslab.export.ExportException;
import frontierslab.export.FileSet;
import frontierslab.export.Format;
import frontierslab.io.UserPaths;
import frontierslab.plot.FigureChart;
import frontierslab.ui.ExperimentView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;

/**
 * The export dialog: what (the whole figure or one chart), where, which formats, which scale, a caption or not. The
 * folder means what was typed ({@code ~} is the home folder, a relative path is relative to where the app was started);
 * a choice that cannot be written (no format, an empty or unusable folder) is shown under the form and the dialog stays
 * open. The folder, formats, scale and caption are remembered between exports and runs ({@link PreferencesFile}). A figure export never replaces
 * an earlier one: the new set is numbered ({@code eos-mlp-2.png}).
 */
final class ExportDialog {

    /** The user's choice: a figure export, or the panel as on screen (PNG only). */
    record Choice(ExperimentExport.Request request, boolean panelAsOnScreen) {
    }

    static final String WHOLE_FIGURE = "the whole figure (charts + parameters)";
    static final String PANEL = "the whole panel as on screen (PNG)";

    final ChoiceBox<String> what = new ChoiceBox<>();
    final TextField where = new TextField();
    final Map<Format, CheckBox> formats = new EnumMap<>(Format.class);
    final ChoiceBox<String> scale = new ChoiceBox<>();
    final CheckBox caption = new CheckBox("Stamp the parameters under the figure");
    final Label problem = new Label();
    private final PreferencesFile prefs;
    final GridPane form = new GridPane();

    /** The form, filled with the remembered choices ({@code folder} when none was remembered). */
    ExportDialog(ExperimentView<?> view, String chartId, Path folder, PreferencesFile prefs) {
        this.prefs = prefs;
        what.getItems().addAll(WHOLE_FIGURE, PANEL);
        for (FigureChart c : view.figure().charts()) {
            what.getItems().add(c.id());
        }
        what.setValue(chartId == null ? WHOLE_FIGURE : chartId);
        where.setText(prefs.text("export.folder", folder.toString()));
        where.setPrefColumnCount(30);
        HBox formatBoxes = new HBox(8);
        List<String> remembered = prefs.texts("export.formats", List.of("png", "csv", "json"));
        for (Format f : view.shownSnapshot() == null ? Format.standard()
                : ExperimentExport.formats(view.shownSnapshot())) {
            CheckBox box = new CheckBox(f.extension().toUpperCase(Locale.ROOT));
            box.setSelected(remembered.contains(f.extension()));
            formats.put(f, box);
            formatBoxes.getChildren().add(box);
        }
        scale.getItems().addAll("1×", "2×", "3×");
        scale.setValue(scale.getItems().get(Math.clamp(prefs.whole("export.scale", 2), 1, 3) - 1));
        caption.setSelected(prefs.flag("export.caption", true));
        problem.getStyleClass().add("param-error");
        problem.setId("export-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export folder");
            var chosen = chooser.showDialog(form.getScene() == null ? null : form.getScene().getWindow());
            if (chosen != null) {
                where.setText(chosen.getPath());
            }
        });
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("What"), what);
        form.addRow(1, new Label("Folder"), new HBox(6, where, browse));
        form.addRow(2, new Label("Formats"), formatBoxes);
        form.addRow(3, new Label("PNG scale"), scale);
        form.addRow(4, new Label(""), caption);
        form.addRow(5, new Label(""), problem);
    }

    static Optional<Choice> show(Shell shell, ExperimentView<?> view, String chartId, Path folder) {
        ExportDialog form = new ExportDialog(view, chartId, folder, PreferencesFile.user());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export");
        dialog.setHeaderText("Export " + view.type().title());
        if (shell.getScene() != null) {
            dialog.initOwner(shell.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(shell.getScene().getStylesheets());
        }
        dialog.getDialogPane().setContent(form.form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (form.choice().isEmpty()) {
                e.consume();
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK ? form.choice() : Optional.empty();
    }

    /** The choice in the form, remembered; or empty, with the reason shown under the form. */
    Optional<Choice> choice() {
        List<Format> chosen = new ArrayList<>();
        formats.forEach((f, box) -> {
            if (box.isSelected()) {
                chosen.add(f);
            }
        });
        boolean panel = what.getValue().equals(PANEL);
        try {
            if (chosen.isEmpty() && !panel) {
                throw new IllegalArgumentException("Choose at least one format.");
            }
            Path target = UserPaths.resolve(where.getText().strip(), "The folder");
            FileSet.check(target);
            String chart = what.getValue().equals(WHOLE_FIGURE) || panel ? null : what.getValue();
            int times = scale.getItems().indexOf(scale.getValue()) + 1;
            Choice choice = new Choice(new ExperimentExport.Request(target, panel ? List.of(Format.PNG) : chosen,
                    times, caption.isSelected(), chart, null, true), panel);
            problem.setText("");
            remember(chosen, times);
            return Optional.of(choice);
        } catch (IllegalArgumentException | ExportException e) {
            String why = e.getMessage();
            problem.setText(Character.toUpperCase(why.charAt(0)) + why.substring(1));
            return Optional.empty();
        }
    }

    private void remember(List<Format> chosen, int times) {
        prefs.put("export.folder", where.getText().strip());
        if (!chosen.isEmpty()) {
            prefs.put("export.formats", chosen.stream().map(Format::extension).toList());
        }
        prefs.put("export.scale", times);
        prefs.put("export.caption", caption.isSelected());
        prefs.save();
    }
}
