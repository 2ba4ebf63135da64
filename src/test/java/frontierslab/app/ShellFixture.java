package frontierslab.app;

import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Theme;
import frontierslab.ui.ExperimentView;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The whole window headless, for the GUI tests: a test class that extends it gets, for each test, a fresh {@link #shell}
 * on panel {@code eos} in the light theme, laid out in a scene of the size it gives, and disposed of afterwards. The
 * static helpers open further shells and wait for a run.
 */
abstract class ShellFixture {

    private final int width;
    private final int height;
    /** The window of the current test. */
    protected Shell shell;

    protected ShellFixture(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @BeforeEach
    void openShell() {
        shell = open(width, height);
    }

    @AfterEach
    void disposeShell() {
        FxPlatform.run(shell::dispose);
    }

    /** The experiment on screen, as the first panel's first experiment ({@code eos-quadratic}) is typed. */
    @SuppressWarnings("unchecked")
    protected ExperimentView<QuadraticParams> view() {
        return (ExperimentView<QuadraticParams>) FxPlatform.call(shell::current);
    }

    /** A shell on panel {@code eos} in the light theme, laid out in a scene of {@code width}×{@code height}. */
    static Shell open(int width, int height) {
        return open("eos", width, height);
    }

    /** A shell on {@code panel} in the light theme, laid out in a scene of {@code width}×{@code height}. */
    static Shell open(String panel, int width, int height) {
        FxPlatform.startHeadless();
        return FxPlatform.call(() -> {
            Shell s = new Shell(Theme.LIGHT, panel);
            Scene scene = new Scene(s, width, height);
            Shell.applyStyles(scene, Theme.LIGHT);
            s.applyCss();
            s.layout();
            return s;
        });
    }

    /** Waits until the view's runner has applied everything sent to it, then draws its newest snapshot. */
    static void settle(ExperimentView<?> view) throws InterruptedException {
        FxPlatform.run(() -> { });
        view.runner().awaitIdle();
        FxPlatform.run(view::refresh);
    }
}
