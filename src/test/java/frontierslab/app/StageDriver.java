package frontierslab.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * A child JVM of {@link CrashRestoreTest}: starts the app through {@link Main} as a user would, then, with {@code play},
 * changes parameters of {@code eos-quadratic}, plays, and prints {@code SAVED} once the state file holds them (and goes on
 * running until it is killed); with {@code report}, prints the stage it shows and the status line, and quits cleanly.
 */
public final class StageDriver {

    static final double ETA = 0.004321;
    static final double LAMBDA1 = 3.5;
    static final int STEPS = 2000;

    private StageDriver() {
    }

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Main.main(new String[0]), "app-main");
        app.start();
        Shell shell = awaitShell();
        if (args[0].equals("play")) {
            FxPlatform.run(() -> {
                shell.showPanel("eos");
                shell.currentSection().load("eos-quadratic", null);
                var controls = shell.current().controls();
                controls.set("eta", ETA);
                controls.set("lambda1", LAMBDA1);
                controls.set("steps", STEPS);
                shell.current().runner().setStepsPerSecond(30);
                shell.current().togglePlay();
            });
            Path file = Path.of(System.getProperty("frontierslab.home")).resolve(StageSaver.FILE_NAME);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                var read = StageState.read(file);
                if (read.document() != null) {
                    StageState state = StageState.of(file, read.document());
                    if (state.parameters().get("eta").equals(ETA) && state.parameters().get("steps").equals(STEPS)) {
                        boolean playing = FxPlatform.call(() -> shell.current().runner().isPlaying());
                        System.out.println("SAVED playing=" + playing + " " + state.json().replace("\n", " "));
                        System.out.flush();
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
                Thread.sleep(100);
            }
            System.out.println("NOT SAVED");
            System.exit(3);
        }
        String shown = FxPlatform.call(() -> StageState.of(shell).json().replace("\n", " "));
        String message = FxPlatform.call(shell::messageText);
        System.out.println("SHOWN " + shown);
        System.out.println("MESSAGE " + message);
        System.out.flush();
        FxPlatform.run(() -> shell.getScene().getWindow().hide());
        app.join(30_000);
        System.exit(0);
    }

    /** The shell of the app's window, once it is shown. */
    private static Shell awaitShell() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                Shell shell = FxPlatform.call(() -> Window.getWindows().stream()
                        .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof Shell)
                        .map(w -> (Shell) w.getScene().getRoot()).findFirst().orElse(null));
                if (shell != null) {
                    return shell;
                }
            } catch (IllegalStateException notYet) {
                // the toolkit is not started yet
            }
            Thread.sleep(100);
        }
        Platform.exit();
        throw new IllegalStateException("the app did not show its window in 120 s");
    }
}
