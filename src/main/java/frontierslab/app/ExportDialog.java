package frontierslab.app;

import frontierslab.export.ExperimentExport;
import frontierslab.export.Format;
import frontierslab.plot.FigureChart;
import frontierslab.ui.ExperimentView;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The export dialog: what (the whole figure or one chart), where, which formats, which scale, a caption or not. */
final class ExportDialog {

    private ExportDialog() {
    }

    /** The user's choice: a figure export, or the panel as on screen (PNG only). */
    record Choice(ExperimentExport.Request request, boolean panelAsOnScreen) {
    }

    private static final String WHOLE_FIGURE = "the whole figure (charts + parameters)";
    private static final String PANEL = "the whole panel as on screen (PNG)";

    static Optional<Choice> show(Shell shell, ExperimentView<?> view, String chartId, Path folder) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export");
        dialog.setHeaderText("Export " + view.type().title());
        if (shell.getScene() != null) {
            dialog.initOwner(shell.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(shell.getScene().getStylesheets());
        }
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().addAll(WHOLE_FIGURE, PANEL);
        for (FigureChart c : view.figure().charts()) {
            what.getItems().add(c.id());
        }
        what.setValue(chartId == null ? WHOLE_FIGURE : chartId);
        TextField where = new TextField(folder.toString());
        where.setPrefColumnCount(30);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export folder");
            var chosen = chooser.showDialog(dialog.getOwner());
            if (chosen != null) {
                where.setText(chosen.getPath());
            }
        });
        Map<Format, CheckBox> formats = new EnumMap<>(Format.class);
        HBox formatBoxes = new HBox(8);
        for (Format f : Format.values()) {
            CheckBox box = new CheckBox(f.extension().toUpperCase());
            box.setSelected(f == Format.PNG || f == Format.CSV || f == Format.JSON);
            formats.put(f, box);
            formatBoxes.getChildren().add(box);
        }
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll("1×", "2×", "3×");
        scale.setValue("2×");
        CheckBox caption = new CheckBox("Stamp the parameters under the figure");
        caption.setSelected(true);
        Label problem = new Label();
        problem.getStyleClass().add("param-error");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("What"), what);
        grid.addRow(1, new Label("Folder"), new HBox(6, where, browse));
        grid.addRow(2, new Label("Formats"), formatBoxes);
        grid.addRow(3, new Label("PNG scale"), scale);
        grid.addRow(4, new Label(""), caption);
        grid.addRow(5, new Label(""), problem);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        List<Format> chosen = new ArrayList<>();
        formats.forEach((f, box) -> {
            if (box.isSelected()) {
                chosen.add(f);
            }
        });
        if (chosen.isEmpty()) {
            shell.say("Export: choose at least one format", true);
            return Optional.empty();
        }
        Path target;
        try {
            target = Path.of(where.getText().trim());
        } catch (InvalidPathException e) {
            shell.say("Export: '" + where.getText() + "' is not a usable folder", true);
            return Optional.empty();
        }
        boolean panel = what.getValue().equals(PANEL);
        String chart = what.getValue().equals(WHOLE_FIGURE) || panel ? null : what.getValue();
        return Optional.of(new Choice(new ExperimentExport.Request(target, chosen,
                scale.getItems().indexOf(scale.getValue()) + 1, caption.isSelected(), chart, null), panel));
    }
}
