package frontierslab.app;

import frontierslab.plot.Theme;
import frontierslab.sim.Logs;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. Remembers the window size, the theme and the last panel between runs ({@link PreferencesFile}),
 * and saves the stage as it changes ({@link StageSaver}); after a session that did not end cleanly it offers that stage
 * back ({@link RestoreDialog}). With the system property {@code frontierslab.startupProbe} set to a file, it writes
 * there the wall-clock time (ms since the epoch) at which its first frame was drawn, and quits:
 * {@code scripts/startup-time.sh} measures the start-up with it.
 */
public final class FrontiersLabApp extends Application {

    private Shell shell;
    private StageSaver saver;

    @Override
    public void start(Stage stage) {
        PreferencesFile prefs = PreferencesFile.user();
        saver = new StageSaver(Logs.appFolder());
        StageSaver.LastSession last = saver.lastSession();
        boolean restore = last.state() != null && RestoreDialog.question().test(last);
        Theme theme;
        try {
            theme = restore ? last.state().theme() : Theme.parse(prefs.text("theme", "light"));
        } catch (IllegalArgumentException e) {
            theme = Theme.LIGHT;
        }
        shell = new Shell(theme, restore ? last.state().panel().id() : prefs.text("panel", "eos"));
        Scene scene = new Scene(shell, Math.clamp(prefs.number("width", 1440), 400, 10_000),
                Math.clamp(prefs.number("height", 900), 300, 10_000));
        Shell.applyStyles(scene, theme);
        shell.setOnThemeChange(t -> {
            prefs.put("theme", t.key());
            prefs.save();
        });
        shell.setOnPanelChange(p -> prefs.put("panel", p));
        stage.setTitle("Frontiers Lab");
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            prefs.put("width", scene.getWidth());
            prefs.put("height", scene.getHeight());
            prefs.save();
        });
        if (restore) {
            last.state().restoreInto(shell);
            shell.say("Restored the last session: " + shell.current().type().title());
        }
        for (String problem : new String[] {prefs.problem(), last.problem()}) {
            if (problem != null) {
                shell.say(problem, true);
            }
        }
        saver.start(() -> StageState.of(shell), problem -> shell.say(problem, true));
        stage.show();
        String probe = System.getProperty("frontierslab.startupProbe");
        if (probe != null) {
            reportFirstFrame(java.nio.file.Path.of(probe));
        }
    }

    /** The second animation frame begins once the first has been drawn: its time is when the window was first drawn. */
    private static void reportFirstFrame(java.nio.file.Path file) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    try {
                        java.nio.file.Files.writeString(file, Long.toString(System.currentTimeMillis()));
                    } catch (java.io.IOException e) {
                        System.err.println("frontiers-lab: cannot write " + file + ": " + e.getMessage());
                    }
                    javafx.application.Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (saver != null) {
            saver.close();
        }
        if (shell != null) {
            shell.dispose();
        }
    }
}
