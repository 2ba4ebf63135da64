package frontierslab.app;

import frontierslab.sim.Logs;
import javafx.application.Application;

/**
 * The entry point: with no arguments it starts the app; with a command it runs the command line headless.
 * It does not extend {@link Application}, so that JavaFX can be loaded from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Logs.install();
            try {
                Application.launch(FrontiersLabApp.class);
            } catch (RuntimeException e) {
                System.err.println("frontiers-lab: cannot open a window: " + e.getMessage() + "\n"
                        + "The app needs a desktop session (on Linux, GTK 3: the package libgtk-3-0). Without one, use the"
                        + " command line: ./frontiers-lab list | run | screenshots | bench");
                System.exit(1);
            }
            return;
        }
        int status = new Cli(System.out, System.err).execute(args);
        System.exit(status);
    }
}
