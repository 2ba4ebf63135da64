package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import frontierslab.app.FxPlatform;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.demos.model.RealPython;
import frontierslab.panels.demos.model.SamDemo;
import frontierslab.panels.demos.model.SamDemoParams;
import frontierslab.panels.demos.view.SamDemoFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Run the real Python" button: its work is off the FX thread, and without python3 it only says why. */
@Tag("gui")
class RealPythonControlTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    private static RealPythonControl control(ExperimentView<SamDemoParams> view, Supplier<List<Path>> candidates) {
        return FxPlatform.call(() -> {
            RealPythonControl c = new RealPythonControl(new Entry<>(SamDemo.TYPE, SamDemoFigure::new), view,
                    candidates);
            view.addTool(c);
            return c;
        });
    }

    private static void awaitDone(RealPythonControl c) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (FxPlatform.call(() -> c.button().isDisabled()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void aBrokenPythonGivesOneLineAndChangesNothing() throws Exception {
        Path fake = dir.resolve("python3");
        Files.writeString(fake, "#!/bin/sh\necho 'python3: cannot open numpy' >&2\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        ExperimentView<SamDemoParams> view = FxPlatform.call(() -> new ExperimentView<>(
                new Entry<>(SamDemo.TYPE, SamDemoFigure::new), Palette.of(Theme.LIGHT)));
        SamDemoParams before = FxPlatform.call(() -> view.controls().params());
        int windows = FxPlatform.call(() -> Window.getWindows().size());
        RealPythonControl c = control(view, () -> List.of(fake));
        FxPlatform.run(c::run);
        awaitDone(c);
        assertEquals(fake + " does not run as python3: python3: cannot open numpy", FxPlatform.call(c::messageText));
        assertEquals(before, FxPlatform.call(() -> view.controls().params()));
        assertEquals(windows, FxPlatform.call(() -> Window.getWindows().size()));
        assertNull(c.window());
        FxPlatform.run(view::dispose);
    }

    @Test
    void withPythonTheScriptsFigureOpensBesideTheAppsWithTheLargestDifference() throws Exception {
        RealPython.Lookup lookup = RealPython.find(RealPython.candidatesOnPath());
        assumeTrue(lookup.interpreter().isPresent(), "no python3 with numpy and matplotlib: " + lookup.problem());
        ExperimentView<SamDemoParams> view = FxPlatform.call(() -> new ExperimentView<>(
                new Entry<>(SamDemo.TYPE, SamDemoFigure::new), Palette.of(Theme.LIGHT)));
        RealPythonControl c = control(view, RealPython::candidatesOnPath);
        FxPlatform.run(c::run);
        assertTrue(FxPlatform.call(() -> c.button().isDisabled()), "the FX thread is free while python3 runs");
        awaitDone(c);
        assertTrue(FxPlatform.call(c::messageText).startsWith("numpy " + lookup.interpreter().get().numpy()
                + ": largest difference from the app "), FxPlatform.call(c::messageText));
        assertTrue(FxPlatform.call(() -> c.window() != null && c.window().isShowing()));
        FxPlatform.run(() -> {
            c.window().close();
            view.dispose();
        });
    }
}
