package frontierslab.app;

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
            Application.launch(FrontiersLabApp.class);
            return;
        }
        int status = new Cli(System.out, System.err).execute(args);
        System.exit(status);
    }
}
