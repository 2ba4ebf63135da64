package frontierslab.ui;

import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.demos.model.CodeDemoExperiment;
import frontierslab.panels.demos.model.RealPython;
import frontierslab.panels.demos.model.RealPython.Checked;
import frontierslab.panels.demos.model.RealPython.Comparison;
import frontierslab.panels.demos.view.PythonComparisonCharts;
import frontierslab.plot.Palette;
import frontierslab.sim.Numbers;
import frontierslab.sim.Workers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The "Run the real Python" button of a coding demo. A click runs, on a worker of {@link Workers}, the listing as shown
 * (with the edited literals) in python3 ({@link RealPython#check}), then opens a window with the script's own
 * matplotlib figure beside the app's, the distance between their data point by point, and what explains it. Without a
 * usable python3 the line beside the button says what is missing, and nothing else changes.
 */
public final class RealPythonControl extends VBox {

    private final Button button = new Button("Run the real Python");
    private final Label message = new Label();
    private final Entry<?, ?> entry;
    private final ExperimentView<?> view;
    private final Supplier<List<Path>> candidates;
    private Stage window;

    RealPythonControl(Entry<?, ?> entry, ExperimentView<?> view, Supplier<List<Path>> candidates) {
        super(4);
        this.entry = entry;
        this.view = view;
        this.candidates = candidates;
        setId("real-python");
        setPadding(new Insets(8, 10, 8, 10));
        button.setId("real-python-run");
        message.setId("real-python-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        button.setOnAction(e -> run());
        getChildren().addAll(button, message);
    }

    /** Adds the button under the controls of a coding demo's view; other views are left alone. */
    public static void attachIfScripted(Entry<?, ?> entry, ExperimentView<?> view) {
        if (RealPython.hasScript(entry.type().id())) {
            view.addTool(new RealPythonControl(entry, view, RealPython::candidatesOnPath));
        }
    }

    private record Result(Checked checked, BufferedImage app, BufferedImage differences) {
    }

    void run() {
        button.setDisable(true);
        message.setText("Running the script in python3…");
        Record params = view.controls().params();
        Palette palette = view.palette();
        CompletableFuture.supplyAsync(() -> compute(params, palette), Workers.shared())
                .whenComplete((result, error) -> Platform.runLater(() -> show(result, error)));
    }

    private Result compute(Record params, Palette palette) {
        CodeDemoExperiment<?> fresh = (CodeDemoExperiment<?>) create(entry, params);
        Checked checked = RealPython.check(fresh, candidates.get());
        if (checked.comparison().isEmpty()) {
            return new Result(checked, null, null);
        }
        Comparison c = checked.comparison().get();
        BufferedImage app = PythonComparisonCharts.appFigure(entry.newFigure(palette), c.app(), 640, 520);
        BufferedImage diff = PythonComparisonCharts.differences(palette, c, fresh.plotted())
                .createBufferedImage(1280, 300);
        return new Result(checked, app, diff);
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> frontierslab.sim.Experiment<P> create(Entry<P, ?> entry, Record params) {
        return entry.type().create((P) params);
    }

    private void show(Result result, Throwable error) {
        button.setDisable(false);
        if (error != null) {
            message.setText("Run the real Python failed: " + frontierslab.sim.Logs.failure(RealPythonControl.class,
                    "an internal error", error));
            return;
        }
        if (result.checked().comparison().isEmpty()) {
            message.setText(result.checked().problem());
            return;
        }
        Comparison c = result.checked().comparison().get();
        message.setText("numpy " + c.run().interpreter().numpy() + ": largest difference from the app "
                + Numbers.format(c.largest()));
        openWindow(c, result);
    }

    private void openWindow(Comparison c, Result result) {
        ImageView numpy = new ImageView(new Image(new ByteArrayInputStream(c.run().figurePng())));
        numpy.setPreserveRatio(true);
        numpy.setFitHeight(520);
        ImageView app = new ImageView(SwingFXUtils.toFXImage(result.app(), null));
        HBox figures = new HBox(8, titled("python3: " + c.run().interpreter().describe(), numpy),
                titled("the app", app));
        VBox text = new VBox(4);
        for (String line : c.explanation()) {
            Label l = new Label(line);
            l.setWrapText(true);
            text.getChildren().add(l);
        }
        VBox content = new VBox(8, figures, new ImageView(SwingFXUtils.toFXImage(result.differences(), null)), text);
        content.setPadding(new Insets(8));
        content.setId("real-python-window");
        if (window == null) {
            window = new Stage();
            if (getScene() != null && getScene().getWindow() != null) {
                window.initOwner(getScene().getWindow());
            }
        }
        window.setTitle("The real Python beside the app: " + entry.type().title());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 1320, 980);
        if (getScene() != null) {
            scene.getStylesheets().setAll(getScene().getStylesheets());
        }
        window.setScene(scene);
        window.show();
    }

    private static VBox titled(String title, javafx.scene.Node node) {
        Label label = new Label(title);
        label.setWrapText(true);
        label.setMaxWidth(640);
        return new VBox(4, label, node);
    }

    String messageText() {
        return message.getText();
    }

    Stage window() {
        return window;
    }

    Button button() {
        return button;
    }
}
