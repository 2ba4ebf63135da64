package frontierslab.app;

import frontierslab.export.ExperimentExport;
import frontierslab.export.ExportException;
import frontierslab.panels.PanelDefinition;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.ui.ExperimentView;
import frontierslab.ui.SectionView;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's content: menus, the toolbar (play/pause, step, reset, speed, export), the navigation between panels in
 * lecture order (a row of buttons, so the panels keep the whole width), the current panel, and a message line for exports and errors. Keyboard: Space play/pause, Right arrow
 * step, R reset, Ctrl+E export, Ctrl+= and Ctrl+− text size.
 */
public final class Shell extends BorderPane {

    /** The speeds offered, in steps per second. */
    static final Map<String, Double> SPEEDS = speeds();

    private final org.controlsfx.control.SegmentedButton navigation = new org.controlsfx.control.SegmentedButton();
    private final Map<String, javafx.scene.control.ToggleButton> panelButtons = new LinkedHashMap<>();
    private final Map<String, SectionView> sections = new LinkedHashMap<>();
    private boolean cardsVisible = true;
    private boolean controlsVisible = true;
    private final Label message = new Label();
    private final HBox messageLine = new HBox(message);
    private final ComboBox<String> speed = new ComboBox<>();
    private final Button playButton = new Button("▶ Play");
    private Theme theme;
    private Palette palette;
    private double fontScale = 1.0;
    private Path exportFolder = Path.of(System.getProperty("user.home"), "frontiers-lab-exports");
    private Consumer<Theme> onThemeChange = t -> { };
    private Consumer<String> onPanelChange = p -> { };

    public Shell(Theme theme, String panelId) {
        this.theme = theme;
        this.palette = Palette.of(theme);
        setId("shell");
        navigation.getStyleClass().add("nav-bar");
        for (PanelDefinition panel : Registry.panels()) {
            javafx.scene.control.ToggleButton button = new javafx.scene.control.ToggleButton(
                    panel.section() + "  " + panel.title());
            button.setId("nav-" + panel.id());
            button.setOnAction(e -> {
                button.setSelected(true);
                showPanel(panel.id());
            });
            panelButtons.put(panel.id(), button);
            navigation.getButtons().add(button);
        }
        HBox navigationBar = new HBox(navigation);
        navigationBar.getStyleClass().add("nav-row");
        setTop(new VBox(menus(), toolbar(), navigationBar));
        messageLine.getStyleClass().add("status-line");
        messageLine.setPadding(new Insets(2, 8, 2, 8));
        message.setId("shell-message");
        setBottom(messageLine);
        PanelDefinition first = Registry.panels().stream().filter(p -> p.id().equals(panelId)).findFirst()
                .orElse(Registry.panels().get(0));
        showPanel(first.id());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private static Map<String, Double> speeds() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("1 step/s", 1.0);
        m.put("5 steps/s", 5.0);
        m.put("30 steps/s", 30.0);
        m.put("120 steps/s", 120.0);
        m.put("as fast as possible", Double.POSITIVE_INFINITY);
        return m;
    }

    private MenuBar menus() {
        MenuItem export = new MenuItem("Export…");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> openExportDialog(null));
        MenuItem undoItem = new MenuItem("Undo parameter change");
        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> undo());
        MenuItem open = new MenuItem("Open parameters…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseParameterFile(false));
        MenuItem save = new MenuItem("Save parameters…");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> chooseParameterFile(true));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, save, new javafx.scene.control.SeparatorMenuItem(), export,
                new javafx.scene.control.SeparatorMenuItem(), quit);
        Menu edit = new Menu("Edit", null, undoItem);

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu("View");
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.key().substring(0, 1).toUpperCase() + t.key().substring(1) + " theme");
            item.setToggleGroup(themes);
            item.setSelected(t == theme);
            item.setOnAction(e -> setTheme(t));
            view.getItems().add(item);
        }
        MenuItem bigger = new MenuItem("Larger text");
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        bigger.setOnAction(e -> scaleFont(1.15));
        MenuItem smaller = new MenuItem("Smaller text");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> scaleFont(1 / 1.15));
        javafx.scene.control.CheckMenuItem cards = new javafx.scene.control.CheckMenuItem("Lecture cards");
        cards.setId("menu-cards");
        cards.setSelected(cardsVisible);
        cards.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        cards.setOnAction(e -> setCardsVisible(cards.isSelected()));
        javafx.scene.control.CheckMenuItem controlsItem = new javafx.scene.control.CheckMenuItem("Parameter controls");
        controlsItem.setSelected(controlsVisible);
        controlsItem.setAccelerator(new KeyCodeCombination(KeyCode.F8));
        controlsItem.setOnAction(e -> setControlsVisible(controlsItem.isSelected()));
        MenuItem fullScreen = new MenuItem("Full screen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> {
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), bigger, smaller,
                new javafx.scene.control.SeparatorMenuItem(), cards, controlsItem, fullScreen);

        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> say("Space play/pause · → step · R reset · Ctrl+Z undo · Ctrl+E export · Ctrl+O / Ctrl+S "
                + "open / save parameters · Ctrl+= / Ctrl+− text size · F8 controls · F9 cards · F11 full screen"));
        Menu help = new Menu("Help", null, keys);
        return new MenuBar(file, edit, view, help);
    }

    private ToolBar toolbar() {
        playButton.setId("play");
        playButton.setTooltip(new Tooltip("Play or pause (Space)"));
        playButton.setOnAction(e -> togglePlay());
        Button step = new Button("Step →");
        step.setId("step");
        step.setTooltip(new Tooltip("One step (→)"));
        step.setOnAction(e -> current().runner().stepOnce());
        Button reset = new Button("Reset ⟲");
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Back to step 0 (R)"));
        reset.setOnAction(e -> current().runner().reset());
        speed.getItems().setAll(SPEEDS.keySet());
        speed.setValue("30 steps/s");
        speed.setId("speed");
        speed.setTooltip(new Tooltip("Steps per second while playing"));
        speed.setOnAction(e -> applySpeed());
        Button undo = new Button("Undo ↶");
        undo.setId("undo");
        undo.setTooltip(new Tooltip("Back to the parameters before the last change (Ctrl+Z)"));
        undo.setOnAction(e -> undo());
        Button export = new Button("⤓ Export");
        export.setId("export");
        export.setTooltip(new Tooltip("Export the figure and its data (Ctrl+E)"));
        export.setOnAction(e -> openExportDialog(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(playButton, step, reset, undo, new Label("Speed"), speed, spacer, export);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            togglePlay();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT) {
            current().runner().stepOnce();
            e.consume();
        } else if (e.getCode() == KeyCode.R) {
            current().runner().reset();
            e.consume();
        }
    }

    private void undo() {
        if (!current().controls().undo()) {
            say("Nothing to undo");
        }
    }

    private void togglePlay() {
        applySpeed();
        current().togglePlay();
        playButton.setText(current().runner().isPlaying() ? "⏸ Pause" : "▶ Play");
    }

    private void applySpeed() {
        current().runner().setStepsPerSecond(SPEEDS.getOrDefault(speed.getValue(), 30.0));
    }

    /** Shows panel {@code id}, building it the first time; the others' threads park. */
    public void showPanel(String id) {
        SectionView section = sections.computeIfAbsent(id, k ->
                new SectionView(Registry.panel(k), palette, palette.number("font-size") * fontScale, this::openExportDialog));
        sections.values().forEach(s -> s.setActive(s == section));
        section.setCardsVisible(cardsVisible);
        section.setControlsVisible(controlsVisible);
        setCenter(section);
        panelButtons.get(id).setSelected(true);
        onPanelChange.accept(id);
    }

    /** Shows or hides the lecture cards on every panel (F9): at the projector the charts then get the width. */
    public void setCardsVisible(boolean visible) {
        cardsVisible = visible;
        sections.values().forEach(s -> s.setCardsVisible(visible));
    }

    /** Shows or hides the parameter column on every panel (F8); the keys still drive the run. */
    public void setControlsVisible(boolean visible) {
        controlsVisible = visible;
        sections.values().forEach(s -> s.setControlsVisible(visible));
    }

    public SectionView currentSection() {
        return (SectionView) getCenter();
    }

    public ExperimentView<?> current() {
        return currentSection().current();
    }

    public Theme theme() {
        return theme;
    }

    /** Changes the theme: the stylesheets of the scene and the charts' palette (the panels are rebuilt). */
    public void setTheme(Theme newTheme) {
        if (newTheme == theme) {
            return;
        }
        String panel = currentSection().definition().id();
        theme = newTheme;
        palette = Palette.of(newTheme);
        sections.values().forEach(SectionView::dispose);
        sections.clear();
        if (getScene() != null) {
            applyStyles(getScene(), newTheme);
        }
        showPanel(panel);
        onThemeChange.accept(newTheme);
    }

    /** The stylesheets of a theme on a scene. */
    public static void applyStyles(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                Shell.class.getResource("/styles/base.css").toExternalForm(),
                Shell.class.getResource(theme.stylesheet()).toExternalForm());
    }

    private void scaleFont(double factor) {
        fontScale = Math.max(0.6, Math.min(3.0, fontScale * factor));
        setStyle("-fx-font-size: " + Math.round(palette.number("font-size") * fontScale) + "px;");
    }

    public void setOnThemeChange(Consumer<Theme> listener) {
        onThemeChange = listener;
    }

    public void setOnPanelChange(Consumer<String> listener) {
        onPanelChange = listener;
    }

    private void chooseParameterFile(boolean saving) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(saving ? "Save the parameters of " + current().type().title() : "Open parameters");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Parameters (JSON)", "*.json"));
        if (saving) {
            chooser.setInitialFileName(current().type().id() + ".json");
        }
        java.io.File file = saving ? chooser.showSaveDialog(getScene().getWindow())
                : chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            if (saving) {
                saveParameters(file.toPath());
            } else {
                openParameters(file.toPath());
            }
        }
    }

    /**
     * Opens a parameter file (or an exported JSON): shows its experiment with its parameters, as one change that Undo
     * takes back. A file that cannot be used changes nothing and says why on the message line.
     */
    public boolean openParameters(java.nio.file.Path file) {
        frontierslab.export.ParameterFile.Contents contents;
        try {
            contents = frontierslab.export.ParameterFile.read(file);
        } catch (frontierslab.export.ExportException e) {
            say(e.getMessage(), true);
            return false;
        }
        String id = contents.experimentId();
        if (Registry.experiments().stream().noneMatch(e -> e.type().id().equals(id))) {
            say("cannot open " + file + ": no experiment '" + id + "'", true);
            return false;
        }
        try {
            checkParameters(Registry.experiment(id), contents);
        } catch (IllegalArgumentException e) {
            say("cannot open " + file + ": " + e.getMessage(), true);
            return false;
        }
        showPanel(Registry.panelOf(id).id());
        currentSection().load(id, null);
        ExperimentView<?> target = current();
        applyOpened(target, contents);
        say("Opened " + file.getFileName() + ": " + target.type().title());
        return true;
    }

    private static <P extends Record> void checkParameters(frontierslab.panels.PanelDefinition.Entry<P, ?> entry,
                                                           frontierslab.export.ParameterFile.Contents contents) {
        contents.params(entry.type());
    }

    private static <P extends Record> void applyOpened(ExperimentView<P> view,
                                                       frontierslab.export.ParameterFile.Contents contents) {
        view.controls().accept(contents.params(view.type()));
    }

    /** Writes the parameters of the experiment on screen; an unwritable place says why and leaves nothing behind. */
    public boolean saveParameters(java.nio.file.Path file) {
        try {
            save(current(), file);
            say("Saved the parameters of " + current().type().title() + " to " + file);
            return true;
        } catch (frontierslab.export.ExportException e) {
            say("Save failed: " + e.getMessage(), true);
            return false;
        }
    }

    private static <P extends Record> void save(ExperimentView<P> view, java.nio.file.Path file)
            throws frontierslab.export.ExportException {
        frontierslab.export.ParameterFile.write(file, view.type(), view.controls().params());
    }

    /** Shows a one-line message; {@code error} paints it in the alarm style. */
    public void say(String text, boolean error) {
        message.setText(text);
        messageLine.getStyleClass().remove("diverged");
        if (error) {
            messageLine.getStyleClass().add("diverged");
        }
    }

    public void say(String text) {
        say(text, false);
    }

    public String messageText() {
        return message.getText();
    }

    private void openExportDialog(ExperimentView<?> view, String chartId) {
        openExportDialog(chartId);
    }

    private void openExportDialog(String chartId) {
        ExportDialog.show(this, current(), chartId, exportFolder).ifPresent(choice -> {
            if (choice.panelAsOnScreen()) {
                exportPanelPng(choice.request().folder(), choice.request().scale());
            } else {
                export(choice.request());
            }
        });
    }

    /** Writes an export of the current experiment and reports the outcome on the message line. */
    public boolean export(ExperimentExport.Request request) {
        ExperimentView<?> view = current();
        try {
            exportFolder = request.folder();
            List<Path> files = exportView(view, request);
            say("Exported " + files.size() + " file(s) to " + request.folder().toAbsolutePath());
            return true;
        } catch (ExportException | IllegalArgumentException e) {
            say("Export failed: " + e.getMessage(), true);
            return false;
        }
    }

    /** The panel exactly as on screen, as a PNG drawn at {@code scale}× its size on screen. */
    public boolean exportPanelPng(Path folder, double scale) {
        try {
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            var image = javafx.embed.swing.SwingFXUtils.fromFXImage(currentSection().snapshot(parameters, null), null);
            Path target = folder.resolve(ExperimentExport.freeName(folder, current().type().id() + "-panel", List.of(frontierslab.export.Format.PNG)) + ".png");
            frontierslab.export.AtomicFiles.ensureDirectory(folder.toAbsolutePath());
            frontierslab.export.AtomicFiles.write(target, out -> javax.imageio.ImageIO.write(image, "png", out));
            exportFolder = folder;
            say("Exported " + target.toAbsolutePath());
            return true;
        } catch (ExportException e) {
            say("Export failed: " + e.getMessage(), true);
            return false;
        }
    }

    private static <P extends Record> List<Path> exportView(ExperimentView<P> view, ExperimentExport.Request request)
            throws ExportException {
        if (view.shownSnapshot() == null) {
            throw new ExportException("nothing to export yet: the run has not drawn its first frame");
        }
        return ExperimentExport.write(view.type(), view.shownSnapshot(), view.figure(), view.palette(), request);
    }

    public void dispose() {
        sections.values().forEach(SectionView::dispose);
    }
}
