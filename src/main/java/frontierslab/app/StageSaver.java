package frontierslab.app;

import frontierslab.export.AtomicFiles;
import frontierslab.export.ExportException;
import frontierslab.io.AppFile;
import frontierslab.sim.Logs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Keeps the state of the stage ({@link StageState}) in {@value #FILE_NAME} in the user's app folder, so that a crash
 * or a {@code kill -9} loses nothing. Once a second, on the FX thread, it takes the state; when it differs from the
 * last one saved, a writer thread writes it whole through {@link AtomicFiles} (a temporary file forced to disk, then
 * renamed): at most one write a second, never a half-written file, never file work on the FX thread.
 *
 * <p>A running app holds a marker, {@code stage.running-<pid>}, holding its process's start time; a clean exit
 * ({@link #close}) saves the last state and removes it. A marker whose process is gone (or whose pid now belongs to
 * another process) means the session it belongs to ended without a clean exit: {@link #lastSession} then returns the
 * state it left to offer back. Another copy of the app still running keeps its marker and is not taken for a crash.
 */
public final class StageSaver implements AutoCloseable {

    public static final String FILE_NAME = "stage.json";
    static final String MARKER_PREFIX = "stage.running-";
    /** The period at which the state is taken and, if changed, saved. */
    static final Duration PERIOD = Duration.seconds(1);

    private static final System.Logger LOG = Logs.logger(StageSaver.class);

    /** What the last session left: a state to offer back (null if it ended cleanly), and a problem to show (or null). */
    public record LastSession(StageState state, Instant savedAt, String problem) {
    }

    private final Path folder;
    private final Path marker;
    private final AtomicReference<StageState> pending = new AtomicReference<>();
    private ExecutorService writer;
    private Timeline timer;
    private Supplier<StageState> capture;
    private Consumer<String> problems = m -> { };
    private StageState submitted;
    private volatile boolean failing;

    public StageSaver(Path folder) {
        this.folder = folder;
        this.marker = folder.resolve(MARKER_PREFIX + ProcessHandle.current().pid());
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * The state to offer back when a session before this one did not end cleanly; the markers of such sessions are
     * removed. A state file that cannot be used is set aside, and the problem says so.
     */
    public LastSession lastSession() {
        boolean crashed = false;
        try (var markers = Files.newDirectoryStream(folder, MARKER_PREFIX + "*")) {
            for (Path m : markers) {
                if (!running(m)) {
                    crashed = true;
                    Files.deleteIfExists(m);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new LastSession(null, null, null);
        }
        if (!crashed) {
            return new LastSession(null, null, null);
        }
        Path file = file();
        Instant savedAt = null;
        try {
            savedAt = Files.exists(file) ? Files.getLastModifiedTime(file).toInstant() : null;
        } catch (IOException ignored) {
            // the question then gives no time
        }
        AppFile.Read read = StageState.read(file);
        StageState state = read.document() == null ? null : StageState.of(file, read.document());
        return new LastSession(state, savedAt, read.problem());
    }

    /** Whether the marker's process is still running: same pid and, where the system tells, same start time. */
    private static boolean running(Path marker) throws IOException {
        long pid;
        try {
            pid = Long.parseLong(marker.getFileName().toString().substring(MARKER_PREFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        String started = Files.readString(marker).strip();
        return process.get().info().startInstant().map(i -> Long.toString(i.toEpochMilli()).equals(started))
                .orElse(true);
    }

    /**
     * Writes this session's marker and from now on saves what {@code capture} returns when it changes; a failure to
     * save is logged and told once to {@code problems} (on the FX thread). Call on the FX thread.
     */
    public void start(Supplier<StageState> capture, Consumer<String> problems) {
        this.capture = capture;
        this.problems = problems;
        String started = ProcessHandle.current().info().startInstant().map(i -> Long.toString(i.toEpochMilli()))
                .orElse("");
        try {
            AtomicFiles.write(marker, started);
        } catch (ExportException e) {
            report(e);
        }
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stage-saver");
            t.setDaemon(true);
            return t;
        });
        timer = new Timeline(new KeyFrame(PERIOD, e -> saveIfChanged()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** Takes the state and, if it changed since the last save, hands it to the writer thread (latest wins). */
    void saveIfChanged() {
        StageState now;
        try {
            now = capture.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the stage state could not be taken", e);
            return;
        }
        if (now.equals(submitted)) {
            return;
        }
        submitted = now;
        pending.set(now);
        writer.execute(this::writePending);
    }

    private void writePending() {
        StageState state = pending.getAndSet(null);
        if (state == null) {
            return;
        }
        try {
            write(state);
            failing = false;
        } catch (ExportException e) {
            if (!failing) {
                failing = true;
                Platform.runLater(() -> report(e));
            } else {
                LOG.log(System.Logger.Level.DEBUG, e.getMessage());
            }
        }
    }

    /** Writes {@code state} whole into the state file. */
    void write(StageState state) throws ExportException {
        AtomicFiles.write(file(), state.json());
    }

    private void report(ExportException e) {
        LOG.log(System.Logger.Level.WARNING, "stage state not saved: " + e.getMessage());
        problems.accept("The stage is not being saved: " + e.getMessage());
    }

    /** A clean exit: saves the state as it is now, then removes the marker. Call on the FX thread. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.stop();
        saveIfChanged();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the last stage state was still being written at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + marker + ": " + e.getMessage());
        }
        timer = null;
    }
}
