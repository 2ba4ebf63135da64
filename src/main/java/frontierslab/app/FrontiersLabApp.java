package frontierslab.app;

import frontierslab.plot.Theme;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app. Remembers the window size, the theme and the last panel between runs. */
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
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.dispose();
        }
    }
}
