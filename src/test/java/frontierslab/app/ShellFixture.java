package frontierslab.app;

import frontierslab.plot.Theme;
import frontierslab.ui.ExperimentView;
import javafx.scene.Scene;

/** The whole window headless, for the GUI tests: a shell in a scene of a given size, and a wait for its run. */
final class ShellFixture {

    private ShellFixture() {
    }

    /** A shell on panel {@code eos} in the light theme, laid out in a scene of {@code width}×{@code height}. */
    static Shell open(int width, int height) {
        FxPlatform.startHeadless();
        return FxPlatform.call(() -> {
            Shell s = new Shell(Theme.LIGHT, "eos");
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
