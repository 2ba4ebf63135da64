package frontierslab.app;

import frontierslab.export.ExperimentExport;
import frontierslab.panels.PanelDefinition;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.ui.ExperimentView;
import frontierslab.ui.SectionView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * The window's content: menus, the toolbar, the navigation between panels in lecture order (a row of buttons, so the
 * panels keep the whole width), the current panel, and a message line. Every command is one {@link KeyAction} of
 * {@link #actions()}; the menus, the toolbar, the keys and Help → Keys are made from that list.
 *
 * <p>Keys are safe for a presenter remote: Page Down and Page Up load the next and previous preset (or, once set with
 * {@link #setPager}, whatever takes them over), Up and Down never switch the experiment, a field takes Space, R and
 * the arrows only while it is being edited. Ctrl+= and Ctrl+− scale the whole stage, charts included. A theme change
 * keeps every run, its parameters and its history.
 */
public final class Shell extends Region {

    /** The speeds offered, in steps per second. */
    static final Map<String, Double> SPEEDS = speeds();

    /** A change of the main parameter by [ or ] (2 %), and with Shift (0.2 %). */
    static final double NUDGE = 0.02;
    static final double FINE_NUDGE = 0.002;
    /** One press of Ctrl+= scales the stage by this factor. */
    static final double ZOOM_STEP = 1.15;

    /** What Page Down and Page Up move through: the presets of the experiment on screen, or a list of scenes. */
    public interface Pager {
        /** Moves {@code delta} (±1) places and returns what is shown now, in words, or null at an end. */
        String move(int delta);
    }

    private final BorderPane frame = new BorderPane();
    private final Scale zoomTransform = new Scale(1, 1, 0, 0);
    private final SegmentedButton navigation = new SegmentedButton();
    private final Map<String, ToggleButton> panelButtons = new LinkedHashMap<>();
    private final Map<String, SectionView> sections = new LinkedHashMap<>();
    private final Label message = new Label();
    private final HBox messageLine = new HBox(message);
    private final ComboBox<String> speed = new ComboBox<>();
    private final List<KeyAction> actions = new ArrayList<>();
    private final ParameterFiles parameterFiles = new ParameterFiles(this);
    private final ExportController exports = new ExportController(this);
    private final ScenesController scenes = new ScenesController(this);
    private final AnimationTimer playSync;
    private final Node top;
    private Button playButton;
    private Action playAction;
    private boolean cardsVisible = true;
    private boolean controlsVisible = true;
    private boolean presenter;
    private Theme themeBeforePresenter;
    private Theme theme;
    private Palette palette;
    private double zoom = 1;
    private Pager pager = this::nextPreset;
    private Consumer<Theme> onThemeChange = t -> { };
    private Consumer<String> onPanelChange = p -> { };
    private Consumer<String> rehearsal;

    public Shell(Theme theme, String panelId) {
        this.theme = theme;
        this.palette = Palette.of(theme);
        setId("shell");
        getChildren().add(frame);
        frame.getTransforms().add(zoomTransform);
        navigation.getStyleClass().add("nav-bar");
        for (PanelDefinition panel : Registry.panels()) {
            ToggleButton button = new ToggleButton(panel.section() + "  " + panel.title());
            button.setId("nav-" + panel.id());
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                button.setSelected(true);
                showPanel(panel.id());
            });
            panelButtons.put(panel.id(), button);
            navigation.getButtons().add(button);
        }
        declareActions();
        HBox navigationBar = new HBox(navigation);
        navigationBar.getStyleClass().add("nav-row");
        top = new VBox(menus(), toolbar(), navigationBar);
        frame.setTop(top);
        messageLine.getStyleClass().add("status-line");
        messageLine.setPadding(new Insets(2, 8, 2, 8));
        message.setId("shell-message");
        frame.setBottom(new VBox(scenes.strip(), messageLine));
        PanelDefinition first = Registry.panels().stream().filter(p -> p.id().equals(panelId)).findFirst()
                .orElse(Registry.panels().get(0));
        showPanel(first.id());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scenes.install();
        playSync = new AnimationTimer() {
            @Override
            public void handle(long now) {
                syncPlayButton();
            }
        };
        playSync.start();
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

    // ---- the one list of commands ----

    private void declareActions() {
        add("File", false, "Open parameters…", () -> parameterFiles.choose(false), shortcut(KeyCode.O));
        add("File", false, "Save parameters…", () -> parameterFiles.choose(true), shortcut(KeyCode.S));
        add("File", true, "⤓ Export…", () -> exports.openDialog(null), shortcut(KeyCode.E));
        add("File", false, "Copy the view as an image", exports::copyView, shortcut(KeyCode.C));
        add("File", false, "Quit", () -> getScene().getWindow().hide(), shortcut(KeyCode.Q));
        add("Edit", true, "Undo ↶", this::undo, shortcut(KeyCode.Z));
        playAction = add("Run", true, "Play", this::togglePlay, key(KeyCode.SPACE)).action();
        add("Run", true, "Step →", () -> current().stepOnce(), key(KeyCode.RIGHT));
        add("Run", false, "Step at once (no stages)", () -> current().stepAtOnce(),
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN));
        add("Run", false, "Back in time one step", () -> current().scrubber().seekBy(-1), key(KeyCode.COMMA),
                key(KeyCode.LEFT));
        add("Run", false, "Forward in time one step", () -> current().scrubber().seekBy(1), key(KeyCode.PERIOD));
        add("Run", true, "Reset ⟲", () -> current().reset(), key(KeyCode.R));
        add("Run", false, "Clear the previous run", () -> current().clearGhost(), key(KeyCode.G));
        add("Run", false, "Next preset", () -> page(1), key(KeyCode.PAGE_DOWN));
        add("Run", false, "Previous preset", () -> page(-1), key(KeyCode.PAGE_UP));
        add("Run", false, "Main parameter +2 %", () -> nudge(1 + NUDGE), key(KeyCode.CLOSE_BRACKET));
        add("Run", false, "Main parameter −2 %", () -> nudge(1 - NUDGE), key(KeyCode.OPEN_BRACKET));
        add("Run", false, "Main parameter +0.2 %", () -> nudge(1 + FINE_NUDGE),
                new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHIFT_DOWN));
        add("Run", false, "Main parameter −0.2 %", () -> nudge(1 - FINE_NUDGE),
                new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHIFT_DOWN));
        add("Go", false, "Next experiment", () -> moveExperiment(1),
                new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN));
        add("Go", false, "Previous experiment", () -> moveExperiment(-1),
                new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN));
        for (int i = 1; i <= 9; i++) {
            int index = i - 1;
            add("Go", false, "Experiment " + i + " of the panel", () -> currentSection().selectTab(index),
                    shortcut(KeyCode.valueOf("DIGIT" + i)));
        }
        for (Theme t : Theme.values()) {
            add("View", false, t.key().substring(0, 1).toUpperCase() + t.key().substring(1) + " theme",
                    () -> setTheme(t));
        }
        add("View", false, "Presenter mode", () -> setPresenter(true), key(KeyCode.F5));
        add(null, false, "Leave presenter mode", () -> setPresenter(false), key(KeyCode.ESCAPE));
        add("View", false, "Larger (whole window)", () -> setZoom(zoom * ZOOM_STEP), shortcut(KeyCode.EQUALS),
                shortcut(KeyCode.PLUS), shortcut(KeyCode.ADD));
        add("View", false, "Smaller (whole window)", () -> setZoom(zoom / ZOOM_STEP), shortcut(KeyCode.MINUS),
                shortcut(KeyCode.SUBTRACT));
        add("View", false, "Actual size", () -> setZoom(1), shortcut(KeyCode.DIGIT0));
        add("View", false, "Lecture cards", () -> setCardsVisible(!cardsVisible), key(KeyCode.F9));
        add("View", false, "Parameter controls", () -> setControlsVisible(!controlsVisible), key(KeyCode.F8));
        add("View", false, "Full screen", () -> {
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        }, key(KeyCode.F11));
        scenes.declareActions();
        add("Help", false, "Keys", () -> KeysHelp.show(this), key(KeyCode.F1));
    }

    KeyAction add(String menu, boolean toolbar, String name, Runnable handler, KeyCombination... keys) {
        Action action = new Action(name, e -> {
            if (rehearsal != null) {
                rehearsal.accept(name);
            } else {
                handler.run();
            }
        });
        KeyAction entry = new KeyAction(action, menu, toolbar, List.of(keys));
        action.setLongText(keys.length == 0 ? name : name + " (" + entry.keyText() + ")");
        actions.add(entry);
        return entry;
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /**
     * A rehearsal (for the tests of the keys): from now on a command runs nothing and reports its name to
     * {@code instead}, whichever way it was triggered (key, menu accelerator, button); null ends it.
     */
    void rehearse(Consumer<String> instead) {
        rehearsal = instead;
    }

    /** Every command of the window, in menu order. */
    List<KeyAction> actions() {
        return List.copyOf(actions);
    }

    private MenuBar menus() {
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (KeyAction a : actions) {
            if (a.menu() != null) {
                MenuItem item = ActionUtils.createMenuItem(a.action());
                item.setId("menu-" + a.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase());
                menus.computeIfAbsent(a.menu(), Menu::new).getItems().add(item);
            }
        }
        return new MenuBar(menus.values().toArray(Menu[]::new));
    }

    private ToolBar toolbar() {
        ToolBar bar = new ToolBar();
        for (KeyAction a : actions) {
            if (a.toolbar() && !a.menu().equals("File")) {
                Button button = ActionUtils.createButton(a.action());
                button.setId(a == actionNamed("Play") ? "play" : a.name().split(" ")[0].toLowerCase());
                button.setFocusTraversable(false);
                bar.getItems().add(button);
                if (a.action() == playAction) {
                    playButton = button;
                    button.graphicProperty().unbind();
                    button.textProperty().unbind();
                }
            }
        }
        speed.getItems().setAll(SPEEDS.keySet());
        speed.setValue("30 steps/s");
        speed.setId("speed");
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Steps per second while playing"));
        speed.setOnAction(e -> applySpeed());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getItems().addAll(new Label("Speed"), speed, spacer);
        for (KeyAction a : actions) {
            if (a.toolbar() && a.menu().equals("File")) {
                Button button = ActionUtils.createButton(a.action());
                button.setId(a.name().replaceAll("[^A-Za-z]", "").toLowerCase());
                button.setFocusTraversable(false);
                bar.getItems().add(button);
            }
        }
        syncPlayButton();
        return bar;
    }

    private KeyAction actionNamed(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The window's key filter: the first action whose key matches runs, except where the focused control owns the
     * key (a field being edited, an arrow on a slider). Up and Down elsewhere are swallowed, so that they never switch
     * the experiment tab.
     */
    private void onKey(KeyEvent e) {
        Object target = e.getTarget();
        if (target instanceof TextInputControl && !KeyAction.actsInsideAField(e)) {
            return;
        }
        if (target instanceof Slider && isArrowOrEnd(e.getCode()) && !e.isShortcutDown()) {
            return;
        }
        for (KeyAction a : actions) {
            if (a.matches(e)) {
                e.consume();
                if (!a.action().isDisabled()) {
                    a.action().handle(new javafx.event.ActionEvent(this, this));
                }
                return;
            }
        }
        if (e.getCode().isArrowKey() || e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
            e.consume();
        }
    }

    private static boolean isArrowOrEnd(KeyCode code) {
        return code.isArrowKey() || code == KeyCode.HOME || code == KeyCode.END;
    }

    // ---- the commands ----

    private void undo() {
        if (!current().controls().undo()) {
            say("Nothing to undo");
        }
    }

    private void togglePlay() {
        applySpeed();
        current().togglePlay();
        syncPlayButton();
    }

    /** The play button says what a press will do, with a drawn glyph (no font needed): Play after a run has ended. */
    private void syncPlayButton() {
        if (playButton == null || currentSection() == null) {
            return;
        }
        boolean playing = current().runner().isPlaying();
        String text = playing ? "Pause" : "Play";
        if (!text.equals(playButton.getText())) {
            playButton.setText(text);
            playAction.setText(text);
            SVGPath glyph = new SVGPath();
            glyph.setContent(playing ? "M0 0h4v12h-4zM7 0h4v12h-4z" : "M0 0L10 6L0 12z");
            glyph.getStyleClass().add("glyph");
            playButton.setGraphic(glyph);
        }
    }

    private void applySpeed() {
        current().runner().setStepsPerSecond(SPEEDS.getOrDefault(speed.getValue(), 30.0));
    }

    private void page(int delta) {
        String shown = pager.move(delta);
        say(shown == null ? (delta > 0 ? "No next preset" : "No previous preset") : shown);
    }

    private String nextPreset(int delta) {
        String name = current().controls().stepPreset(delta);
        return name == null ? null : "Preset: " + name;
    }

    Pager pager() {
        return pager;
    }

    /** The Scenes menu's lecture, its strip and its position (the autosaver reads {@link ScenesController#position}). */
    public ScenesController scenes() {
        return scenes;
    }

    /** Page Down and Page Up go to {@code pager} (a scene list), or back to the presets when null. */
    public void setPager(Pager pager) {
        this.pager = pager == null ? this::nextPreset : pager;
    }

    private void nudge(double factor) {
        if (current().controls().mainParameter() == null) {
            say("No main parameter here: [ and ] nudge η, ρ or α");
        } else if (!current().controls().nudgeMain(factor)) {
            say("The main parameter is at the end of its range");
        }
    }

    private void moveExperiment(int delta) {
        SectionView section = currentSection();
        int next = section.selectedTab() + delta;
        if (next >= 0 && next < section.tabCount()) {
            section.selectTab(next);
            return;
        }
        List<String> ids = new ArrayList<>(panelButtons.keySet());
        int panel = Math.floorMod(ids.indexOf(section.definition().id()) + delta, ids.size());
        showPanel(ids.get(panel));
        currentSection().selectTab(delta > 0 ? 0 : currentSection().tabCount() - 1);
    }

    // ---- the stage ----

    /** Shows panel {@code id}, building it the first time; the others' threads park. */
    public void showPanel(String id) {
        SectionView section = sections.computeIfAbsent(id, k -> {
            SectionView s = new SectionView(Registry.panel(k), palette, palette.number("font-size"),
                    (view, chart) -> exports.openDialog(chart));
            s.setPresenter(presenter);
            s.setNavigator(this::show);
            return s;
        });
        sections.values().forEach(s -> s.setActive(s == section));
        section.setCardsVisible(cardsVisible && !presenter);
        section.setControlsVisible(controlsVisible);
        frame.setCenter(section);
        panelButtons.get(id).setSelected(true);
        onPanelChange.accept(id);
    }

    /** Shows experiment {@code experimentId} on its own panel, with {@code preset} loaded if not null. */
    public void show(String experimentId, String preset) {
        showPanel(Registry.panelOf(experimentId).id());
        currentSection().load(experimentId, preset);
    }

    /** Shows or hides the lecture cards on every panel (F9): at the projector the charts then get the width. */
    public void setCardsVisible(boolean visible) {
        cardsVisible = visible;
        sections.values().forEach(s -> s.setCardsVisible(visible && !presenter));
    }

    /** Shows or hides the parameter column on every panel (F8); the keys still drive the run. */
    public void setControlsVisible(boolean visible) {
        controlsVisible = visible;
        sections.values().forEach(s -> s.setControlsVisible(visible));
    }

    /**
     * Presenter mode (F5 on, Esc off): the projector theme, the charts first, the main parameter as a large control
     * below them, the status on one line; the menus, the toolbar, the navigation, the cards and the other controls are
     * hidden (the keys still work). Leaving it restores the theme and the layout as they were.
     */
    public void setPresenter(boolean on) {
        if (on == presenter) {
            return;
        }
        presenter = on;
        if (on) {
            themeBeforePresenter = theme;
            setTheme(Theme.PROJECTOR);
        } else if (themeBeforePresenter != null) {
            setTheme(themeBeforePresenter);
        }
        top.setVisible(!on);
        top.setManaged(!on);
        messageLine.setVisible(!on);
        messageLine.setManaged(!on);
        sections.values().forEach(s -> {
            s.setPresenter(on);
            s.setCardsVisible(cardsVisible && !on);
        });
    }

    public boolean isPresenter() {
        return presenter;
    }

    /** Scales the whole stage, charts included, by {@code factor} (held in 0.5 … 3). */
    public void setZoom(double factor) {
        zoom = Math.max(0.5, Math.min(3.0, factor));
        zoomTransform.setX(zoom);
        zoomTransform.setY(zoom);
        requestLayout();
    }

    public double zoom() {
        return zoom;
    }

    @Override
    protected void layoutChildren() {
        frame.resizeRelocate(0, 0, getWidth() / zoom, getHeight() / zoom);
    }

    @Override
    protected double computePrefWidth(double height) {
        return frame.prefWidth(-1) * zoom;
    }

    @Override
    protected double computePrefHeight(double width) {
        return frame.prefHeight(-1) * zoom;
    }

    public SectionView currentSection() {
        return (SectionView) frame.getCenter();
    }

    public ExperimentView<?> current() {
        return currentSection().current();
    }

    public Theme theme() {
        return theme;
    }

    /**
     * Changes the theme: the stylesheets and the charts' palette. Every panel built so far redraws in place; runs,
     * parameters, tabs and Undo histories are kept.
     */
    public void setTheme(Theme newTheme) {
        if (newTheme == theme) {
            return;
        }
        theme = newTheme;
        palette = Palette.of(newTheme);
        if (getScene() != null) {
            applyStyles(getScene(), newTheme);
        }
        sections.values().forEach(s -> s.setPalette(palette, palette.number("font-size")));
        onThemeChange.accept(newTheme);
    }

    /** The stylesheets of a theme on a scene. */
    public static void applyStyles(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                Shell.class.getResource("/styles/base.css").toExternalForm(),
                Shell.class.getResource(theme.stylesheet()).toExternalForm());
    }

    public void setOnThemeChange(Consumer<Theme> listener) {
        onThemeChange = listener;
    }

    public void setOnPanelChange(Consumer<String> listener) {
        onPanelChange = listener;
    }

    /**
     * Opens a scene list (null: the built-in lecture) at scene {@code index} on the strip, without opening the scene, for a
     * restored session ({@link StageState}): the experiment and parameters restored with it stay on screen.
     */
    public void setSceneList(Path file, int index) {
        scenes.restore(file, index);
    }

    /** The open scene list and its position, or null when none is open or it is not saved in a file yet. */
    public StageState.SceneList sceneList() {
        ScenesController.Position at = scenes.position();
        if (at.index() < 0 || at.file() == null && !at.builtIn()) {
            return null;
        }
        return new StageState.SceneList(at.builtIn() ? null : at.file(), at.index());
    }

    /** Opens a parameter file (or an exported JSON) on its own experiment's panel; see {@link ParameterFiles}. */
    public boolean openParameters(Path file) {
        return parameterFiles.open(file);
    }

    /** Writes the parameters of the experiment on screen; an unwritable place says why and leaves nothing behind. */
    public boolean saveParameters(Path file) {
        return parameterFiles.save(file);
    }

    /** Writes an export of the current experiment and reports the outcome on the message line. */
    public boolean export(ExperimentExport.Request request) {
        return exports.export(request);
    }

    /** The panel exactly as on screen, as a PNG drawn at {@code scale}× its size on screen. */
    public boolean exportPanelPng(Path folder, double scale) {
        return exports.exportPanelPng(folder, scale);
    }

    /** Ctrl+C: the experiment on screen to the clipboard, at twice its size on screen. */
    public WritableImage copyView() {
        return exports.copyView();
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

    public void dispose() {
        playSync.stop();
        sections.values().forEach(SectionView::dispose);
    }
}
