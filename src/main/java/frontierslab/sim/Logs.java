package frontierslab.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Where failures leave a trace. Code logs through {@link System.Logger} ({@link #logger}); the desktop app calls
 * {@link #install()} once at start, which sends the records of every {@code frontierslab} logger to
 * {@value #FILE_NAME} in the user's app folder ({@link #appFolder}), appended to, started afresh beyond
 * {@value #LIMIT_BYTES} bytes. Until then (the command line, the tests) records go to standard error.
 * {@link #failure} logs an internal error with its stack trace and returns the one line the status bar shows, which
 * names the file.
 */
public final class Logs {

    public static final String FILE_NAME = "frontiers-lab.log";
    static final long LIMIT_BYTES = 1_000_000;
    /** Overrides the app folder (for a portable install, or a test). */
    public static final String FOLDER_PROPERTY = "frontierslab.home";

    private static final Logger ROOT = Logger.getLogger("frontierslab");
    private static Handler handler;
    private static Path file;

    private Logs() {
    }

    public static System.Logger logger(Class<?> type) {
        return System.getLogger(type.getName());
    }

    /**
     * The user's app folder: {@code %LOCALAPPDATA%\FrontiersLab} on Windows, {@code ~/Library/Application Support/
     * FrontiersLab} on macOS, {@code $XDG_STATE_HOME/frontiers-lab} (default {@code ~/.local/state/frontiers-lab})
     * elsewhere; the system property {@value #FOLDER_PROPERTY} overrides all three.
     */
    public static Path appFolder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return appFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path appFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("FrontiersLab");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("FrontiersLab");
        }
        String state = env.get("XDG_STATE_HOME");
        return (state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state))
                .resolve("frontiers-lab");
    }

    /** {@link #install(Path)} into {@link #appFolder()}. */
    public static void install() {
        install(appFolder());
    }

    /**
     * Sends the project's log records to {@value #FILE_NAME} in {@code folder} instead of standard error. Returns
     * false, and leaves logging as it was, when the file cannot be opened (a read-only home, say).
     */
    public static synchronized boolean install(Path folder) {
        Path target = folder.resolve(FILE_NAME);
        OutputStream out;
        try {
            Files.createDirectories(folder);
            boolean fresh = !Files.exists(target) || Files.size(target) > LIMIT_BYTES;
            out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        } catch (IOException | SecurityException e) {
            return false;
        }
        uninstall();
        handler = new StreamHandler(out, new SimpleFormatter()) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.ALL);
        ROOT.addHandler(handler);
        ROOT.setUseParentHandlers(false);
        file = target;
        return true;
    }

    /** Back to standard error. */
    public static synchronized void uninstall() {
        if (handler != null) {
            ROOT.removeHandler(handler);
            handler.close();
            handler = null;
        }
        ROOT.setUseParentHandlers(true);
        file = null;
    }

    /** Where the records go now: the log file, or "standard error" before {@link #install}. */
    public static synchronized String destination() {
        return file == null ? "standard error" : file.toString();
    }

    /** Logs an internal error with its stack trace. */
    public static void error(Class<?> source, String what, Throwable error) {
        logger(source).log(System.Logger.Level.ERROR, what, error);
    }

    /** The status line for an internal error: what went wrong, the exception in one line, where the details are. */
    public static String statusLine(String what, Throwable error) {
        String summary = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return what + " (" + summary + "); the details are in " + destination();
    }

    /** {@link #error} and then {@link #statusLine}. */
    public static String failure(Class<?> source, String what, Throwable error) {
        error(source, what, error);
        return statusLine(what, error);
    }
}
