package frontierslab.app;

import frontierslab.plot.Theme;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. Remembers the window size, the theme and the last panel between runs. With the system property
 * {@code frontierslab.startupProbe} set to a file, it writes there the wall-clock time (ms since the epoch) at which
 * its first frame was drawn, and quits: {@code scripts/startup-time.sh} measures the start-up with it.
 */
public final class FrontiersLabApp extends Application {

    private static final Preferences PREFS = Preferences.userRoot().node("frontierslab");

    private Shell shell;

    @Override
    public void start(Stage stage) {
        Theme theme;
        try {
            theme = Theme.parse(PREFS.get("theme", "light"));
        } catch (IllegalArgumentException e) {
            theme = Theme.LIGHT;
        }
        shell = new Shell(theme, PREFS.get("panel", "eos"));
        Scene scene = new Scene(shell, PREFS.getDouble("width", 1440), PREFS.getDouble("height", 900));
        Shell.applyStyles(scene, theme);
        shell.setOnThemeChange(t -> PREFS.put("theme", t.key()));
        shell.setOnPanelChange(p -> PREFS.put("panel", p));
        stage.setTitle("Frontiers Lab");
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            PREFS.putDouble("width", scene.getWidth());
            PREFS.putDouble("height", scene.getHeight());
        });
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
        if (shell != null) {
            shell.dispose();
        }
    }
}
