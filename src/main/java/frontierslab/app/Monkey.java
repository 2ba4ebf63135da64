package frontierslab.app;

import frontierslab.export.ExperimentExport;
import frontierslab.export.Format;
import frontierslab.plot.Charts;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Theme;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import frontierslab.ui.ExperimentView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * A PhET-style monkey: the whole shell, headless, driven by seeded random input. Each event is one of (per thousand
 * events: about 330 keys, 160 slider moves, 210 typed values, 30 tab or panel switches, 255 Play/Step/Reset, 11 clicks,
 * 2 theme switches, 2 exports; the events that redraw or rebuild the whole window are the rare ones): a key of the
 * shell's action list or of a presenter remote (Page Up/Down, F5, Esc, '.'), a click on a button, a slider moved to a
 * random place, a value typed into a parameter field (in range, out of range, or garbage) and committed with Enter, a
 * tab or panel switch, a theme switch, an export to a temporary folder, Play, Step or Reset. After every event the
 * monkey reads every text on screen (Labeled and Text nodes) and every chart axis; "NaN" or "Infinity" in a text or a
 * non-finite axis bound is a failure, as is an exception thrown on the FX thread or any record logged with a throwable
 * or at level SEVERE.
 *
 * <p>Keys that open a modal window or end the app (Open, Save, Export dialog, Quit) are left out: headless, a modal
 * dialog waits for a person. The export is driven through {@link Shell#export} instead.
 */
public final class Monkey implements AutoCloseable {

    /** The seed, from {@code -Dmonkey.seed}, else from the clock. */
    public static long seed() {
        String given = System.getProperty("monkey.seed");
        return given != null ? Long.parseLong(given.trim()) : System.nanoTime();
    }

    private static final List<String> MODAL = List.of("Open parameters…", "Save parameters…", "⤓ Export…", "Quit");
    /**
     * Events per turn of the FX thread: between turns it lays out, renders a frame and takes the runners' snapshots.
     * Rendering a frame in software costs far more than an event, so a frame after each event would make the monkey
     * a benchmark of the renderer.
     */
    static final int BATCH = 50;
    /**
     * The window, at the top left of JavaFX's headless screen: its frame buffer is 1000 pixels wide, and a window
     * centred on it (at a negative x) makes the platform's own copy into it throw.
     */
    static final int WIDTH = 1000;
    static final int HEIGHT = 700;
    private static final KeyCode[] REMOTE = {KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.PERIOD};
    private static final List<KeyCode> COSTLY = List.of(KeyCode.F5, KeyCode.ESCAPE, KeyCode.F1, KeyCode.C);

    private static boolean isCostly(KeyCombination k) {
        return k instanceof javafx.scene.input.KeyCodeCombination kc && COSTLY.contains(kc.getCode());
    }

    private final Random random;
    private final Path exportFolder;
    private final List<String> failures = new ArrayList<>();
    private final List<KeyCombination> keys = new ArrayList<>();
    private final Handler logHook;
    private final Thread.UncaughtExceptionHandler previousHandler;
    private final Thread fxThread;
    private Shell shell;
    private javafx.stage.Stage stage;
    private long events;
    private int exceptions;
    private String lastEvent = "start";
    /** The last {@value #RECENT} events, told with the first failure so that it can be replayed by hand. */
    private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();
    private static final int RECENT = 40;
    final java.util.Map<String, Long> nanos = new java.util.TreeMap<>();

    public Monkey(long seed, Path exportFolder) {
        this.random = new Random(seed);
        this.exportFolder = exportFolder;
        FxPlatform.startHeadless();
        logHook = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getThrown() != null || r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    fail("logged after " + lastEvent + ": " + r.getMessage()
                            + (r.getThrown() != null ? " (" + trace(r.getThrown()) + ")" : ""));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(logHook);
        fxThread = FxPlatform.call(Thread::currentThread);
        previousHandler = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((t, e) -> fail("thrown on the FX thread after " + lastEvent + ": "
                + trace(e)));
        shell = FxPlatform.call(() -> {
            Shell s = new Shell(Theme.LIGHT, Registry.panels().get(0).id());
            Scene scene = new Scene(s, WIDTH, HEIGHT);
            Shell.applyStyles(scene, Theme.LIGHT);
            stage = new javafx.stage.Stage();
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            return s;
        });
        for (KeyAction a : FxPlatform.call(shell::actions)) {
            if (!MODAL.contains(a.name())) {
                keys.addAll(a.keys());
            }
        }
    }

    /** The exception and its innermost frames, for a report. */
    static String trace(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        int shown = 0;
        for (StackTraceElement f : e.getStackTrace()) {
            if (shown < 14) {
                sb.append("\n    at ").append(f);
                shown++;
            }
        }
        return sb.toString();
    }

    private synchronized void fail(String what) {
        exceptions++;
        if (failures.isEmpty()) {
            failures.add(what + "\n  the events before it, oldest first: " + String.join(" | ", recent));
        } else if (failures.size() < 50) {
            failures.add(what);
        }
    }

    /** Every failure seen so far (at most 50 kept), each with the event before it. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized int exceptions() {
        return exceptions;
    }

    public long events() {
        return events;
    }

    /** Runs {@code count} random events, each followed by a check of the texts and axes on screen. */
    public void run(long count) {
        for (long done = 0; done < count; done += BATCH) {
            long batch = Math.min(BATCH, count - done);
            FxPlatform.run(() -> {
                for (long i = 0; i < batch; i++) {
                    eventOnFx();
                }
            });
        }
    }

    /** One random event, then the check. */
    public void event() {
        FxPlatform.run(this::eventOnFx);
    }

    private void eventOnFx() {
        int kind = random.nextInt(1000);
        long t0 = System.nanoTime();
        try {
            if (kind < 330) {
                key(kind < 3);
            } else if (kind < 490) {
                slider();
            } else if (kind < 700) {
                typeValue();
            } else if (kind < 730) {
                switchPlace();
            } else if (kind < 985) {
                playStepOrReset(kind);
            } else if (kind < 996) {
                click();
            } else if (kind < 998) {
                theme(Theme.values()[random.nextInt(Theme.values().length)]);
            } else {
                export();
            }
        } catch (RuntimeException e) {
            fail("thrown by " + lastEvent + ": " + trace(e));
        }
        synchronized (this) {
            recent.addLast(lastEvent);
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }
        String name = lastEvent.startsWith("key") ? lastEvent : lastEvent.split(" ")[0];
        nanos.merge(name, System.nanoTime() - t0, Long::sum);
        events++;
        if (events % 10 == 0) {
            FxPlatform.run(this::closeOtherWindows);
        }
        long t1 = System.nanoTime();
        checkScreen();
        nanos.merge("check", System.nanoTime() - t1, Long::sum);
    }

    /** A theme switch, as the View menu makes it. */
    public void theme(Theme theme) {
        lastEvent = "theme " + theme.key();
        FxPlatform.run(() -> shell.setTheme(theme));
    }

    /**
     * A key of the action list or of a remote. A {@code costly} one redraws or copies the whole window (presenter mode
     * in and out, the view copied at 2×, the keys window): drawn rarely, so that the events stay many.
     */
    private void key(boolean costly) {
        KeyCode code;
        boolean shift = false;
        boolean control = false;
        List<KeyCombination> pool = keys.stream().filter(k -> isCostly(k) == costly).toList();
        if (!costly && random.nextInt(6) == 0) {
            code = REMOTE[random.nextInt(REMOTE.length)];
        } else {
            KeyCombination k = pool.get(random.nextInt(pool.size()));
            if (!(k instanceof javafx.scene.input.KeyCodeCombination kc)) {
                return;
            }
            code = kc.getCode();
            shift = kc.getShift() == KeyCombination.ModifierValue.DOWN;
            control = kc.getShortcut() == KeyCombination.ModifierValue.DOWN
                    || kc.getControl() == KeyCombination.ModifierValue.DOWN;
        }
        boolean s = shift;
        boolean c = control;
        lastEvent = "key " + (c ? "Ctrl+" : "") + (s ? "Shift+" : "") + code;
        FxPlatform.run(() -> Event.fireEvent(shell.currentSection(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, s, c, false, false)));
    }

    private void slider() {
        FxPlatform.run(() -> {
            List<Slider> sliders = find(shell.current(), Slider.class);
            if (sliders.isEmpty()) {
                lastEvent = "slider (none)";
                return;
            }
            Slider s = sliders.get(random.nextInt(sliders.size()));
            double to = s.getMin() + random.nextDouble() * (s.getMax() - s.getMin());
            lastEvent = "slider " + s.getId() + " → " + to;
            s.setValueChanging(true);
            s.setValue(to);
            s.setValueChanging(false);
        });
    }

    private void typeValue() {
        FxPlatform.run(() -> {
            List<TextField> fields = find(shell.current().controls(), TextField.class);
            fields.removeIf(f -> !f.isEditable() || f.isDisabled());
            if (fields.isEmpty()) {
                lastEvent = "type (no field)";
                return;
            }
            TextField field = fields.get(random.nextInt(fields.size()));
            String text = switch (random.nextInt(7)) {
                case 0 -> "garbage" + random.nextInt(100);
                case 1 -> "1e" + (random.nextInt(40) - 20);
                case 2 -> Double.toString(-1e6 * random.nextDouble());
                case 3 -> random.nextBoolean() ? "nan" : random.nextBoolean() ? "inf" : "";
                case 4 -> field.getText();
                default -> Double.toString(random.nextDouble() * 10);
            };
            lastEvent = "type '" + text + "' into " + field.getId();
            field.requestFocus();
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
    }

    private void switchPlace() {
        FxPlatform.run(() -> {
            if (random.nextInt(4) == 0) {
                String id = Registry.panels().get(random.nextInt(Registry.panels().size())).id();
                lastEvent = "panel " + id;
                shell.showPanel(id);
            } else {
                int tab = random.nextInt(Math.max(1, shell.currentSection().tabCount()));
                lastEvent = "tab " + tab;
                shell.currentSection().selectTab(tab);
            }
        });
    }

    private void playStepOrReset(int kind) {
        FxPlatform.run(() -> {
            ExperimentView<?> view = shell.current();
            switch (kind % 3) {
                case 0 -> {
                    lastEvent = "play/pause";
                    view.togglePlay();
                }
                case 1 -> {
                    lastEvent = "step";
                    view.runner().stepOnce();
                }
                default -> {
                    lastEvent = "reset";
                    view.runner().reset();
                }
            }
        });
    }

    private void click() {
        FxPlatform.run(() -> {
            List<javafx.scene.control.ButtonBase> buttons = find(shell, javafx.scene.control.ButtonBase.class);
            buttons.removeIf(b -> b.isDisabled() || !b.isVisible() || b.getText() != null
                    && MODAL.stream().anyMatch(m -> b.getText().startsWith(m.substring(0, Math.min(4, m.length())))));
            if (buttons.isEmpty()) {
                lastEvent = "click (none)";
                return;
            }
            var b = buttons.get(random.nextInt(buttons.size()));
            lastEvent = "click '" + b.getText() + "'";
            b.fire();
        });
    }

    private void export() {
        FxPlatform.run(() -> {
            lastEvent = "export " + shell.current().type().id();
            shell.export(new ExperimentExport.Request(exportFolder, List.of(Format.PNG, Format.CSV, Format.JSON), 1,
                    random.nextBoolean(), null, null, false));
        });
    }

    /**
     * Reset on the experiment on screen (paused first), and true if its runner then answers: its thread is alive and
     * the screen shows the start of the run, the step a newly built experiment with the same parameters shows after its
     * own Reset. That is 0 for a stepped run; a closed-form curve ({@code dd-epochwise}) or a sweep whose first seed is
     * computed when it is built ({@code dd-random-features}) starts further on.
     */
    public boolean answersReset() throws InterruptedException {
        ExperimentView<?> view = FxPlatform.call(shell::current);
        FxPlatform.run(() -> {
            if (view.runner().isPlaying()) {
                view.togglePlay();
            }
            view.runner().reset();
        });
        view.runner().awaitIdle();
        Snapshot shown = FxPlatform.call(() -> {
            view.refresh();
            return view.shownSnapshot();
        });
        return view.runner().thread().isAlive() && shown.step() == startStep(view.type(), shown.params());
    }

    /** The step a new experiment with these parameters shows after its own Reset. */
    private static <P extends Record> long startStep(ExperimentType<P> type, Record params) {
        var fresh = type.create(type.cast(params));
        fresh.reset();
        return fresh.snapshot().step();
    }

    /** The shell the monkey drives (tests place it on an experiment). */
    Shell shell() {
        return shell;
    }

    private void checkScreen() {
        List<String> bad = FxPlatform.call(() -> {
            List<String> found = new ArrayList<>();
            for (Node n : find(shell, Node.class)) {
                if (insideAField(n)) {
                    continue;
                }
                String text = n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null;
                if (text != null && shows(text)) {
                    found.add("'" + text + "' on screen after " + lastEvent);
                }
            }
            for (FigureChart fc : shell.current().figure().charts()) {
                if (fc.chart().getPlot() instanceof XYPlot plot) {
                    for (ValueAxis axis : Charts.axes(plot)) {
                        if (!(Double.isFinite(axis.getLowerBound()) && Double.isFinite(axis.getUpperBound()))) {
                            found.add("axis of " + fc.id() + " spans " + axis.getRange() + " after " + lastEvent);
                        }
                    }
                }
            }
            return found;
        });
        for (String b : bad) {
            fail(b);
        }
    }

    /** True when a text shows a non-finite number as Java writes it: NaN or Infinity. */
    static boolean shows(String text) {
        return text.contains("NaN") || text.contains("Infinity");
    }

    /** A text the user is typing (the field's own text node) is theirs, not a number the app shows. */
    private static boolean insideAField(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> find(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }

    private void closeOtherWindows() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
    }

    /**
     * {@code bench monkey --minutes N}: N rounds of random events, each a minute long, the second (or the only one)
     * beginning with 100 theme switches that lengthen it; after each round one line: the time since the start, the
     * events, the exceptions, and the live heap after a full GC. Returns the number of exceptions.
     */
    static int bench(int minutes, java.io.PrintStream out) throws InterruptedException, java.io.IOException {
        long seed = seed();
        Path folder = java.nio.file.Files.createTempDirectory("frontiers-lab-monkey");
        out.println("bench monkey: seed " + seed + " (replay with -Dmonkey.seed=" + seed + "), exports to " + folder);
        try (Monkey monkey = new Monkey(seed, folder)) {
            Theme[] themes = Theme.values();
            long begun = System.nanoTime();
            for (int minute = 1; minute <= minutes; minute++) {
                long end = System.nanoTime() + 60_000_000_000L;
                long before = monkey.events();
                String extra = "";
                if (minute == Math.min(2, minutes)) {
                    long stretch = System.nanoTime();
                    for (int i = 0; i < 100; i++) {
                        monkey.theme(themes[i % themes.length]);
                        monkey.events++;
                    }
                    extra = String.format(java.util.Locale.ROOT, " (began with 100 theme switches, %.1f s)",
                            (System.nanoTime() - stretch) / 1e9);
                }
                while (System.nanoTime() < end) {
                    monkey.run((long) BATCH);
                }
                System.gc();
                Thread.sleep(200);
                System.gc();
                Runtime rt = Runtime.getRuntime();
                out.printf(java.util.Locale.ROOT, "minute %d (%.1f min since the start): %d events%s, %d exceptions "
                        + "so far, live heap after GC %.0f MB%n", minute, (System.nanoTime() - begun) / 6e10,
                        monkey.events() - before, extra, monkey.exceptions(),
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
                out.flush();
            }
            out.println("final Reset answered: " + monkey.answersReset());
            monkey.failures().forEach(f -> out.println("  " + f));
            return monkey.exceptions();
        }
    }

    @Override
    public void close() {
        FxPlatform.run(() -> {
            shell.dispose();
            closeOtherWindows();
            stage.hide();
        });
        fxThread.setUncaughtExceptionHandler(previousHandler);
        Logger.getLogger("").removeHandler(logHook);
    }
}
