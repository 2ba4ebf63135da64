package frontierslab.app;

import frontierslab.export.ExportException;
import frontierslab.export.Format;
import frontierslab.io.InputException;
import frontierslab.panels.PanelDefinition;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Theme;
import frontierslab.scenes.Lecture;
import frontierslab.scenes.Scene;
import frontierslab.scenes.Slides;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.ui.ExperimentView;
import frontierslab.ui.SceneStrip;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * The Scenes menu and the scene strip: a lecture (an ordered list of {@link Scene}s) made from the views on screen,
 * edited, saved, opened and presented. Opening a scene puts the stage in its state: its panel and experiment, the
 * preset's parameters with the scene's changes, the run reset and replayed on its own runner to the scene's step count
 * (or to its end), then the theme, presenter mode, the charts shown and their zoom; a deterministic run thus shows the
 * figure it showed when the scene was added. In presenter mode Page Down and Page Up move through the scenes, and a
 * scene keeps presenter mode and its projector theme on (the lecturer is presenting; Esc leaves it as always).
 *
 * <p>A file with problems is shown in one dialog that names the file, each scene and its problem; the valid scenes
 * open only when the user accepts, and nothing on screen changes before that. Files are written whole or not at all
 * ({@link Lecture#write}); slides are written by {@link Slides#write}, the command line's code, on a background thread.
 */
public final class ScenesController {

    /** Where the lecture on screen lives, for a crash autosave: its file (null when built in or never saved). */
    public record Position(Path file, boolean builtIn, String title, int index, int count) {
    }

    /** Asks whether to open the valid scenes of a file with problems; the tests answer for the user. */
    @FunctionalInterface
    interface Confirmation {
        /** {@code valid}: the scenes that would open (0: the file is refused, the dialog only informs). */
        boolean accept(String file, List<String> problems, int valid);
    }

    private final Shell shell;
    private final SceneStrip strip = new SceneStrip();
    private final LecturerNotes notes = new LecturerNotes();
    private final List<Scene> scenes = new ArrayList<>();
    private String title = "";
    private Path file;
    private boolean builtIn;
    private int index = -1;
    private boolean stripWanted = true;
    /** Counts the scenes opened: a replay that a newer scene superseded stops where it is. */
    private final AtomicLong generation = new AtomicLong();
    private Confirmation confirmation = ScenesController::ask;
    private Shell.Pager presets;

    ScenesController(Shell shell) {
        this.shell = shell;
        strip.setOnOpen(this::open);
        updateStrip();
    }

    /** The Scenes menu, in the shell's one list of commands. */
    void declareActions() {
        shell.add("Scenes", false, "Add the current view", this::addCurrentView,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        shell.add("Scenes", false, "Rename the scene…",
                () -> askText("Rename the scene", "Title", Scene::title, this::rename));
        shell.add("Scenes", false, "Edit the note…", () -> askText("The lecturer's note",
                "Note (on the second screen, or a tooltip on the strip)", Scene::note, this::setNote));
        shell.add("Scenes", false, "Move the scene up", () -> move(-1));
        shell.add("Scenes", false, "Move the scene down", () -> move(1));
        shell.add("Scenes", false, "Delete the scene", this::delete);
        shell.add("Scenes", false, "New lecture", this::newLecture);
        shell.add("Scenes", false, "Open a lecture…", this::chooseOpen);
        shell.add("Scenes", false, "Open the built-in lecture", this::openBuiltIn);
        shell.add("Scenes", false, "Save the lecture", () -> {
            if (file == null) {
                chooseSave();
            } else {
                save(file);
            }
        });
        shell.add("Scenes", false, "Save the lecture as…", this::chooseSave);
        shell.add("Scenes", false, "Export as slides…", this::chooseSlides);
        shell.add("Scenes", false, "Scene strip", () -> setStripWanted(!stripWanted), new KeyCodeCombination(KeyCode.F7));
    }

    /** Takes over Page Down and Page Up in presenter mode; outside it they go on loading presets. */
    void install() {
        presets = shell.pager();
        shell.setPager(delta -> shell.isPresenter() && !scenes.isEmpty() ? page(delta) : presets.move(delta));
    }

    SceneStrip strip() {
        return strip;
    }

    /** The lecture file on screen and the scene shown (index −1: none yet); read-only. */
    public Position position() {
        return new Position(file, builtIn, title, index, scenes.size());
    }

    /** The scenes of the lecture on screen, in order. */
    public List<Scene> scenes() {
        return List.copyOf(scenes);
    }

    void setConfirmation(Confirmation c) {
        confirmation = c;
    }

    // ---- presenting ----

    private String page(int delta) {
        int next = index + delta;
        if (next < 0 || next >= scenes.size()) {
            return delta > 0 ? "That was the last scene" : "This is the first scene";
        }
        open(next);
        return shell.messageText();
    }

    /**
     * Opens scene {@code i}: the stage now, the run replayed on its runner; the returned future completes on the FX
     * thread once the replayed run is drawn with the scene's charts and zoom (or at once when a later scene took over).
     */
    CompletableFuture<Void> open(int i) {
        Scene scene = scenes.get(i);
        index = i;
        long mine = generation.incrementAndGet();
        strip.select(i);
        notes.show(window(), scenes, i);
        boolean presenterScene = Boolean.TRUE.equals(scene.view().presenter());
        if (!shell.isPresenter() && scene.view().theme() != null && !presenterScene) {
            shell.setTheme(Theme.parse(scene.view().theme()));
        }
        if (!shell.isPresenter() && presenterScene) {
            shell.setPresenter(true);
        }
        shell.showPanel(Registry.panelOf(scene.experiment()).id());
        shell.currentSection().load(scene.experiment(), null);
        selectTab(scene.view().tab());
        ExperimentView<?> view = shell.current();
        applyParameters(view, scene);
        view.startAfresh();
        view.runner().pause();
        long steps = scene.playsToTheEnd() ? Long.MAX_VALUE : scene.steps();
        view.runner().execute(e -> {
            e.reset();
            for (long k = 0; k < steps && e.canStep() && generation.get() == mine; k++) {
                e.step();
            }
        });
        String shown = "Scene " + (i + 1) + " of " + scenes.size() + ": " + scene.title();
        shell.say(shown + " (replaying…)");
        CompletableFuture<Void> done = new CompletableFuture<>();
        background("scene-replay", () -> {
            try {
                view.runner().awaitIdle();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(() -> {
                if (generation.get() == mine && shell.current() == view) {
                    view.setPalette(view.palette());
                    view.refresh();
                    showView(view, scene.view());
                    shell.say(shown);
                }
                done.complete(null);
            });
        });
        return done;
    }

    private static <P extends Record> void applyParameters(ExperimentView<P> view, Scene scene) {
        ExperimentType<P> type = view.type();
        P start = scene.preset() == null ? type.space().defaults() : type.preset(scene.preset()).params();
        P params = type.space().withAll(start, scene.parameters());
        if (scene.preset() != null) {
            view.controls().selectPreset(scene.preset());
        }
        if (!params.equals(view.controls().params())) {
            view.controls().accept(params);
        }
    }

    /** Selects the tab of the current panel titled {@code title}, when the scene names one. */
    private void selectTab(String title) {
        List<PanelDefinition.Entry<?, ?>> tabs = shell.currentSection().definition().experiments();
        for (int t = 0; title != null && t < tabs.size(); t++) {
            if (tabs.get(t).type().title().equals(title)) {
                shell.currentSection().selectTab(t);
            }
        }
    }

    /**
     * The charts the scene shows (all when it names none; the shown ones share the room) and the zoom of each chart it
     * names, on a figure just built (so no zoom of an earlier scene stays), as the slides draw it.
     */
    private static void showView(ExperimentView<?> view, Scene.View v) {
        view.showCharts(v.charts());
        for (FigureChart c : view.figure().charts()) {
            Scene.Zoom z = v.zoom() == null ? null : v.zoom().get(c.id());
            if (z != null && c.chart().getPlot() instanceof XYPlot plot) {
                plot.getDomainAxis().setRange(z.xLow(), z.xHigh());
                plot.getRangeAxis().setRange(z.yLow(), z.yHigh());
            }
        }
    }

    // ---- editing ----

    /**
     * Ctrl+Shift+A: the view on screen becomes a scene after the current one. Its step count is found by replaying
     * the parameters from step 0 in the background until the run reaches the step on screen (a run that has stopped
     * is stored as played to its end).
     */
    CompletableFuture<Scene> addCurrentView() {
        ExperimentView<?> view = shell.current();
        Snapshot s = view.shownSnapshot();
        if (s == null) {
            shell.say("Nothing to add yet: the run has not drawn its first frame", true);
            return CompletableFuture.completedFuture(null);
        }
        Scene.View v = new Scene.View(view.type().title(), shownCharts(view), shell.isPresenter(), shell.theme().key(),
                zoom(view, s));
        CompletableFuture<Scene> made = new CompletableFuture<>();
        shell.say("Adding " + view.type().title() + "…");
        background("scene-capture", () -> {
            try {
                Scene scene = capture(view, s, v);
                Platform.runLater(() -> {
                    int at = Math.min(index + 1, scenes.size());
                    scenes.add(at, scene);
                    index = at;
                    updateStrip();
                    shell.say("Added scene " + (at + 1) + ": " + scene.title());
                    made.complete(scene);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> shell.say("Could not add the scene: " + e.getMessage(), true));
                made.completeExceptionally(e);
            }
        });
        return made;
    }

    private static <P extends Record> Scene capture(ExperimentView<P> view, Snapshot s, Scene.View v) {
        ExperimentType<P> type = view.type();
        P params = type.cast(s.params());
        String preset = view.controls().presetShown();
        if (preset != null && !type.preset(preset).params().equals(params)) {
            preset = null;
        }
        Long steps = ended(s) ? null : stepCalls(type, params, s.step());
        String name = type.title() + (preset == null ? "" : " — " + preset);
        return Scene.capture(name, "", type, preset, params, steps, v);
    }

    private static boolean ended(Snapshot s) {
        Status.State state = s.status().state();
        return state != Status.State.READY && state != Status.State.RUNNING;
    }

    /** The number of {@code step()} calls a fresh run of {@code params} takes to reach snapshot step {@code target}. */
    private static <P extends Record> long stepCalls(ExperimentType<P> type, P params, long target) {
        Experiment<P> e = type.create(params);
        e.reset();
        long calls = 0;
        while (e.canStep() && e.snapshot().step() < target) {
            e.step();
            calls++;
        }
        return calls;
    }

    private static List<String> shownCharts(ExperimentView<?> view) {
        List<String> shown = view.figure().charts().stream().map(FigureChart::id)
                .filter(id -> view.viewer(id) == null || view.viewer(id).isVisible()).toList();
        return shown.size() == view.figure().charts().size() ? null : shown;
    }

    /**
     * The charts whose axes differ from those a fresh figure draws for the same snapshot (with the same ghost of the
     * previous run, which widens the axes it spans): zoomed by the user.
     */
    private static Map<String, Scene.Zoom> zoom(ExperimentView<?> view, Snapshot s) {
        ExperimentFigure<Snapshot> fresh = Registry.experiment(view.type().id()).newFigure(view.palette());
        fresh.show(s);
        view.ghost().ifPresent(g -> g.drawOn(fresh, view.palette()));
        Map<String, Scene.Zoom> zoom = new LinkedHashMap<>();
        for (int i = 0; i < view.figure().charts().size(); i++) {
            FigureChart c = view.figure().charts().get(i);
            // a combined plot (several panels on one step axis) has no range axis of its own: its zoom is not kept
            if (c.chart().getPlot() instanceof XYPlot plot
                    && fresh.charts().get(i).chart().getPlot() instanceof XYPlot base
                    && plot.getRangeAxis() != null && base.getRangeAxis() != null) {
                Range x = plot.getDomainAxis().getRange();
                Range y = plot.getRangeAxis().getRange();
                if (!x.equals(base.getDomainAxis().getRange()) || !y.equals(base.getRangeAxis().getRange())) {
                    zoom.put(c.id(), new Scene.Zoom(x.getLowerBound(), x.getUpperBound(), y.getLowerBound(),
                            y.getUpperBound()));
                }
            }
        }
        return zoom.isEmpty() ? null : zoom;
    }

    /** Asks for a new text of the current scene (its title or its note) and hands the answer to {@code apply}. */
    private void askText(String title, String header, java.util.function.Function<Scene, String> now,
                         java.util.function.Consumer<String> apply) {
        if (!hasCurrent()) {
            shell.say("No scene is open", true);
            return;
        }
        TextInputDialog dialog = new TextInputDialog(now.apply(scenes.get(index)));
        dialog.initOwner(window());
        dialog.setTitle(title);
        dialog.setHeaderText(header + " of scene " + (index + 1));
        dialog.showAndWait().ifPresent(apply);
    }

    /** Renames the current scene; a blank title is refused. */
    boolean rename(String newTitle) {
        if (!hasCurrent() || newTitle.isBlank()) {
            shell.say(hasCurrent() ? "A scene needs a title" : "No scene is open", true);
            return false;
        }
        replaceCurrent(newTitle.strip(), scenes.get(index).note());
        return true;
    }

    /** Sets the lecturer's note of the current scene. */
    boolean setNote(String note) {
        if (!hasCurrent()) {
            shell.say("No scene is open", true);
            return false;
        }
        replaceCurrent(scenes.get(index).title(), note.strip());
        return true;
    }

    private void replaceCurrent(String newTitle, String note) {
        Scene s = scenes.get(index);
        scenes.set(index, new Scene(newTitle, note, s.experiment(), s.preset(), s.parameters(), s.steps(), s.view()));
        updateStrip();
        notes.show(window(), scenes, index);
    }

    /** Moves the current scene {@code delta} places in the lecture; it stays current. */
    boolean move(int delta) {
        int to = index + delta;
        if (!hasCurrent() || to < 0 || to >= scenes.size()) {
            shell.say(hasCurrent() ? "The scene is already at that end" : "No scene is open", true);
            return false;
        }
        scenes.add(to, scenes.remove(index));
        index = to;
        updateStrip();
        return true;
    }

    boolean delete() {
        if (!hasCurrent()) {
            shell.say("No scene is open", true);
            return false;
        }
        Scene gone = scenes.remove(index);
        index = Math.min(index, scenes.size() - 1);
        updateStrip();
        shell.say("Deleted \"" + gone.title() + "\"");
        return true;
    }

    void newLecture() {
        setLecture(new Lecture("", List.of()), null, false);
        shell.say("A new lecture: Ctrl+Shift+A adds the view on screen");
    }

    private boolean hasCurrent() {
        return index >= 0 && index < scenes.size();
    }

    // ---- files ----

    private void chooseOpen() {
        FileChooser chooser = chooser("Open a lecture");
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void chooseSave() {
        FileChooser chooser = chooser("Save the lecture");
        chooser.setInitialFileName(file == null ? "lecture.json" : file.getFileName().toString());
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            save(chosen.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lecture (JSON)", "*.json"));
        return chooser;
    }

    /**
     * Opens a lecture file and shows its first scene. A file with problems is named in one dialog with each scene's
     * problem; its valid scenes open only if the user accepts, and until then nothing on screen changes.
     */
    boolean open(Path path) {
        Lecture.Loaded loaded;
        try {
            loaded = Lecture.read(path);
        } catch (InputException e) {
            confirmation.accept(path.toString(), List.of(e.getMessage()), 0);
            shell.say(e.getMessage(), true);
            return false;
        }
        int valid = loaded.lecture().scenes().size();
        if (!loaded.problems().isEmpty() && !confirmation.accept(path.toString(), loaded.problems(), valid)) {
            shell.say("Did not open " + path.getFileName(), true);
            return false;
        }
        if (valid == 0) {
            shell.say("cannot open " + path + ": it has no valid scenes", true);
            return false;
        }
        setLecture(loaded.lecture(), path, false);
        open(0);
        return true;
    }

    /**
     * A restored session's scene list (null: the built-in lecture), shown on the strip at scene {@code at} without
     * opening it; a file that no longer reads cleanly is left closed, with one line on the message line.
     */
    void restore(Path path, int at) {
        Lecture lecture;
        if (path == null) {
            lecture = Lecture.builtIn();
        } else {
            Lecture.Loaded loaded;
            try {
                loaded = Lecture.read(path);
            } catch (InputException e) {
                shell.say("The scene list " + path.getFileName() + " was not reopened: " + e.getMessage(), true);
                return;
            }
            if (!loaded.problems().isEmpty()) {
                shell.say("The scene list " + path.getFileName() + " was not reopened: it has "
                        + loaded.problems().size() + " problems; open it from Scenes to see them", true);
                return;
            }
            lecture = loaded.lecture();
        }
        setLecture(lecture, path, path == null);
        if (at < scenes.size()) {
            index = at;
            strip.select(at);
        }
    }

    void openBuiltIn() {
        setLecture(Lecture.builtIn(), null, true);
        open(0);
    }

    private void setLecture(Lecture lecture, Path from, boolean isBuiltIn) {
        generation.incrementAndGet();
        scenes.clear();
        scenes.addAll(lecture.scenes());
        title = lecture.title();
        file = from;
        builtIn = isBuiltIn;
        index = -1;
        updateStrip();
    }

    /** Writes the lecture whole or not at all; from now on it is the lecture's file. */
    boolean save(Path path) {
        try {
            lecture().write(path);
            file = path;
            builtIn = false;
            shell.say("Saved " + scenes.size() + (scenes.size() == 1 ? " scene" : " scenes") + " to " + path);
            return true;
        } catch (ExportException e) {
            shell.say("Save failed: " + e.getMessage(), true);
            return false;
        }
    }

    Lecture lecture() {
        return new Lecture(title, scenes);
    }

    private static boolean ask(String file, List<String> problems, int valid) {
        Alert alert = new Alert(valid > 0 ? Alert.AlertType.CONFIRMATION : Alert.AlertType.ERROR);
        alert.setTitle("Problems in a lecture file");
        alert.setHeaderText(valid > 0 ? file + ": " + problems.size() + " scene(s) cannot be opened. Open the "
                + valid + " valid scene(s)?" : file + " cannot be opened.");
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, problems.size() + 1));
        alert.getDialogPane().setContent(list);
        if (valid > 0) {
            alert.getButtonTypes().setAll(new ButtonType("Open the valid scenes", ButtonType.OK.getButtonData()),
                    ButtonType.CANCEL);
        }
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonType.OK.getButtonData()).orElse(false);
    }

    // ---- slides ----

    private void chooseSlides() {
        if (scenes.isEmpty()) {
            shell.say("The lecture has no scenes to export", true);
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the lecture as slides into a folder");
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            exportSlides(new Slides.Request(chosen.toPath(), List.of(Format.PNG), shell.theme(), 1920, 1080, false));
        }
    }

    /**
     * Writes the slides on a background thread with {@link Slides#write}, saying on the message line how many scenes
     * are drawn; the returned future holds the files written.
     */
    CompletableFuture<List<Path>> exportSlides(Slides.Request request) {
        Lecture lecture = lecture();
        int n = lecture.scenes().size();
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        shell.say("Exporting slides: 0 of " + n + " scenes…");
        background("slides", () -> {
            try {
                List<Path> files = Slides.write(lecture, request,
                        k -> Platform.runLater(() -> shell.say("Exporting slides: " + k + " of " + n + " scenes…")));
                Platform.runLater(() -> shell.say("Wrote " + files.size() + " files of slides to " + request.folder()));
                done.complete(files);
            } catch (ExportException | RuntimeException e) {
                Platform.runLater(() -> shell.say("Slides failed: " + e.getMessage(), true));
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    // ---- the strip ----

    void setStripWanted(boolean wanted) {
        stripWanted = wanted;
        updateStrip();
    }

    private void updateStrip() {
        strip.setNotesAsTooltip(!LecturerNotes.secondScreen());
        strip.setScenes(scenes.stream().map(Scene::title).toList(), scenes.stream().map(Scene::note).toList());
        strip.select(index);
        boolean shown = stripWanted && !scenes.isEmpty();
        strip.setVisible(shown);
        strip.setManaged(shown);
        if (scenes.isEmpty()) {
            notes.hide();
        }
    }

    private javafx.stage.Window window() {
        return shell.getScene() == null ? null : shell.getScene().getWindow();
    }

    private static void background(String name, Runnable work) {
        Thread.ofPlatform().name(name).daemon(true).start(work);
    }
}
