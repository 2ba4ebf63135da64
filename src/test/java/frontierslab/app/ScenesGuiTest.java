package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.plot.Theme;
import frontierslab.scenes.Lecture;
import frontierslab.scenes.Scene;
import frontierslab.ui.ExperimentView;
import frontierslab.ui.SceneStrip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lecturer's scenes in the window, headless: presenting with Page Down, adding, re-opening, saving, bad files. */
@Tag("gui")
class ScenesGuiTest extends ShellFixture {

    ScenesGuiTest() {
        super(1280, 720);
    }

    private ScenesController scenes;

    @TempDir
    Path dir;

    @BeforeEach
    void openScenes() {
        scenes = FxPlatform.call(shell::scenes);
    }

    private void press(KeyCode code, boolean shift, boolean control) {
        FxPlatform.run(() -> Event.fireEvent(shell.currentSection(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false)));
    }

    private String experimentOnScreen() {
        return FxPlatform.call(() -> shell.current().type().id());
    }

    @Test
    void pageDownWalksTheBuiltInLectureInPresenterModeToTheLastSceneAndPageUpBack() {
        List<Scene> lecture = Lecture.builtIn().scenes();
        FxPlatform.run(scenes::openBuiltIn);
        FxPlatform.run(() -> shell.setPresenter(true));
        assertEquals(lecture.getFirst().experiment(), experimentOnScreen());
        for (int i = 1; i < lecture.size(); i++) {
            press(KeyCode.PAGE_DOWN, false, false);
            assertEquals(lecture.get(i).experiment(), experimentOnScreen(), "scene " + (i + 1));
            assertEquals(i, FxPlatform.call(() -> scenes.position().index()));
        }
        press(KeyCode.PAGE_DOWN, false, false);
        assertEquals(lecture.size() - 1, FxPlatform.call(() -> scenes.position().index()), "stays at the last");
        for (int i = lecture.size() - 2; i >= 0; i--) {
            press(KeyCode.PAGE_UP, false, false);
            assertEquals(lecture.get(i).experiment(), experimentOnScreen(), "scene " + (i + 1));
        }
        assertEquals(0, FxPlatform.call(() -> shell.scenes().strip().selected()));
        assertTrue(FxPlatform.call(shell::isPresenter));
    }

    /**
     * The saved stage state carries the lecture and the scene on the strip; restored into a new window, the strip shows
     * the same lecture at the same scene, and the experiment and parameters restored with it stay on screen.
     */
    @Test
    void theStageStateKeepsTheLectureAndItsSceneAndARestoredWindowShowsThemOnTheStrip() throws Exception {
        FxPlatform.run(scenes::openBuiltIn);
        FxPlatform.run(() -> shell.setPresenter(true));
        press(KeyCode.PAGE_DOWN, false, false);
        press(KeyCode.PAGE_DOWN, false, false);
        StageState state = FxPlatform.call(() -> StageState.of(shell));
        assertEquals(new StageState.SceneList(null, 2), state.sceneList());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("stage", ".json");
        try {
            java.nio.file.Files.writeString(file, state.json());
            StageState read = StageState.of(file, StageState.read(file).document());
            assertEquals(state.sceneList(), read.sceneList());
            Shell restored = ShellFixture.open(1280, 720);
            try {
                FxPlatform.run(() -> read.restoreInto(restored));
                assertEquals(2, FxPlatform.call(() -> restored.scenes().position().index()));
                assertTrue(FxPlatform.call(() -> restored.scenes().position().builtIn()));
                assertEquals(2, FxPlatform.call(() -> restored.scenes().strip().selected()));
                assertEquals(state.experiment(), FxPlatform.call(() -> restored.current().type().id()));
            } finally {
                FxPlatform.run(restored::dispose);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** Found by the monkey: a figure with a combined plot (SAM's loss, distance and sharpness panels) can be added. */
    @Test
    void aViewWithACombinedPlotIsAddedAsAScene() throws Exception {
        FxPlatform.run(() -> shell.show("sam-two-basin", null));
        ShellFixture.settle(FxPlatform.call(shell::current));
        assertEquals("sam-two-basin", experimentOnScreen());
        Scene added = FxPlatform.call(scenes::addCurrentView).get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("sam-two-basin", added.experiment());
        assertEquals(1, FxPlatform.call(() -> scenes.scenes().size()));
    }

    @Test
    void outsidePresenterModePageDownStillLoadsThePresets() {
        FxPlatform.run(scenes::openBuiltIn);
        press(KeyCode.PAGE_DOWN, false, false);
        assertEquals(0, FxPlatform.call(() -> scenes.position().index()));
        assertTrue(FxPlatform.call(shell::messageText).startsWith("Preset"), FxPlatform.call(shell::messageText));
    }

    @Test
    void aSceneAddedWithCtrlShiftAReopensAsTheSameFigurePixelForPixel() throws Exception {
        ExperimentView<?> view = FxPlatform.call(shell::current);
        FxPlatform.run(() -> view.loadPreset("edge"));
        view.runner().reset();
        for (int i = 0; i < 7; i++) {
            view.runner().stepOnce();
        }
        ShellFixture.settle(view);
        assertTrue(FxPlatform.call(() -> view.ghost().isPresent()), "the preset left the default run as a ghost");
        // a scene holds no ghost of an earlier run: it opens without one, so the view is compared without one
        FxPlatform.run(view::clearGhost);
        FxPlatform.run(() -> ((XYPlot) view.figure().charts().getFirst().chart().getPlot()).getDomainAxis()
                .setRange(1, 5));
        press(KeyCode.A, true, true);
        Scene added = waitForScene();
        WritableImage before = charts(view);
        assertEquals(7L, added.steps());
        assertEquals("edge", added.preset());
        assertNotNull(added.view().zoom(), "the zoom of the first chart is kept");

        FxPlatform.run(() -> view.loadPreset("diverging"));
        FxPlatform.run(() -> ((XYPlot) view.figure().charts().getFirst().chart().getPlot()).getDomainAxis()
                .setAutoRange(true));
        view.runner().play();
        Thread.sleep(300);
        FxPlatform.run(() -> shell.showPanel("sam"));
        ShellFixture.settle(view);

        FxPlatform.run(() -> Event.fireEvent(shell.scenes().strip().item(0), click()));
        assertEquals(0, FxPlatform.call(() -> scenes.position().index()));
        FxPlatform.call(() -> scenes.open(0)).get(30, TimeUnit.SECONDS);
        assertEquals("eos-quadratic", experimentOnScreen());
        assertTrue(FxPlatform.call(() -> view.ghost().isEmpty()), "the diverging run leaves no ghost on the scene");
        assertEquals(view.type().title(), added.view().tab(), "the scene keeps the tab it was added from");
        assertEquals(added.view().tab(), FxPlatform.call(() -> shell.currentSection().definition().experiments()
                .get(shell.currentSection().selectedTab()).type().title()), "the scene's tab is selected");
        assertPixelsEqual(before, charts(view));
    }

    private Scene waitForScene() throws InterruptedException {
        for (int i = 0; i < 500 && FxPlatform.call(() -> scenes.scenes().isEmpty()); i++) {
            Thread.sleep(20);
        }
        return FxPlatform.call(() -> scenes.scenes().getFirst());
    }

    private static MouseEvent click() {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, MouseButton.PRIMARY, 1, false, false, false,
                false, true, false, false, true, false, true, null);
    }

    private static WritableImage charts(ExperimentView<?> view) {
        return FxPlatform.call(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            Node grid = view.lookup("#charts");
            return grid.snapshot(null, null);
        });
    }

    private static void assertPixelsEqual(WritableImage a, WritableImage b) {
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        assertEquals(w, (int) b.getWidth());
        assertEquals(h, (int) b.getHeight());
        int[] pa = new int[w * h];
        int[] pb = new int[w * h];
        read(a.getPixelReader(), w, h, pa);
        read(b.getPixelReader(), w, h, pb);
        assertTrue(java.util.Arrays.stream(pa).distinct().count() > 2, "a drawing, not a blank image");
        assertArrayEquals(pa, pb, "the re-opened scene draws other pixels");
    }

    private static void read(PixelReader r, int w, int h, int[] into) {
        r.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), into, 0, w);
    }

    @Test
    void saveOpenSaveGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        List<String> asked = new ArrayList<>();
        FxPlatform.run(() -> scenes.setConfirmation((f, p, v) -> asked.add(f)));
        FxPlatform.run(scenes::openBuiltIn);
        FxPlatform.run(() -> {
            scenes.open(2);
            scenes.rename("A title of my own");
            scenes.setNote("Say \"hello\" — then wait.");
            scenes.move(1);
        });
        assertTrue(FxPlatform.call(() -> scenes.save(first)));
        assertTrue(FxPlatform.call(() -> scenes.open(first)));
        assertTrue(FxPlatform.call(() -> scenes.save(second)));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(List.of(), asked, "a good file asks nothing");
        assertEquals("A title of my own", Lecture.read(second).lecture().scenes().get(3).title());
        assertEquals("Say \"hello\" — then wait.", Lecture.read(second).lecture().scenes().get(3).note());
        assertEquals(second, FxPlatform.call(() -> scenes.position().file()));
    }

    @Test
    void aBadFileChangesNothingOnScreenAndNamesEveryProblemInOneDialog() throws Exception {
        ExperimentView<?> view = FxPlatform.call(shell::current);
        ShellFixture.settle(view);
        WritableImage before = charts(view);
        Record params = FxPlatform.call(() -> view.controls().params());
        for (String name : List.of("malformed", "truncated", "future-version", "version-as-text", "unknown-names",
                "wrong-type")) {
            Path file = Path.of("src/test/resources/malformed/scenes/" + name + ".json");
            List<List<String>> dialogs = new ArrayList<>();
            FxPlatform.run(() -> scenes.setConfirmation((f, problems, valid) -> {
                dialogs.add(problems);
                assertTrue(problems.stream().allMatch(p -> p.contains(f)), problems + " name " + f);
                return false;
            }));
            assertFalse(FxPlatform.call(() -> scenes.open(file)), name);
            assertEquals(1, dialogs.size(), name + ": one dialog");
            ShellFixture.settle(view);
            assertEquals(view, FxPlatform.call(shell::current), name);
            assertEquals(params, FxPlatform.call(() -> view.controls().params()), name);
            assertEquals(List.of(), FxPlatform.call(scenes::scenes), name);
            assertFalse(FxPlatform.call(() -> shell.scenes().strip().isVisible()), name);
            assertTrue(FxPlatform.call(shell::messageText).contains(file.getFileName().toString()), name);
            assertPixelsEqual(before, charts(view));
        }
    }

    @Test
    void acceptingAPartlyInvalidFileOpensItsValidScenesAndNamesEachInvalidOne() {
        Path file = Path.of("src/test/resources/malformed/scenes/unknown-names.json");
        List<String> shown = new ArrayList<>();
        FxPlatform.run(() -> scenes.setConfirmation((f, problems, valid) -> {
            shown.addAll(problems);
            return true;
        }));
        assertTrue(FxPlatform.call(() -> scenes.open(file)));
        assertEquals(5, shown.size());
        for (int i = 2; i <= 6; i++) {
            int n = i;
            assertTrue(shown.stream().anyMatch(p -> p.contains("scene " + n)), shown.toString());
        }
        assertEquals(1, FxPlatform.call(() -> scenes.scenes().size()));
        assertEquals("eos-quadratic", experimentOnScreen());
    }

    @Test
    void theStripIsOneRowOfTwentyPixelTextInTheProjectorThemeAndCanBeHidden() {
        FxPlatform.run(scenes::openBuiltIn);
        FxPlatform.run(() -> {
            shell.setTheme(Theme.PROJECTOR);
            shell.applyCss();
            shell.layout();
        });
        SceneStrip strip = FxPlatform.call(() -> shell.scenes().strip());
        double font = FxPlatform.call(() -> strip.item(0).getFont().getSize());
        double height = FxPlatform.call(strip::getHeight);
        assertTrue(font >= 20, "font " + font);
        assertTrue(height > font && height < 2.2 * font, "height " + height);
        assertTrue(FxPlatform.call(() -> strip.item(0).getStyleClass().contains("scene-current")));
        assertNotNull(FxPlatform.call(() -> strip.item(0).getTooltip()), "one screen: the note as a tooltip");
        press(KeyCode.F7, false, false);
        assertFalse(FxPlatform.call(strip::isVisible));
    }
}
