package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Theme;
import frontierslab.ui.ExperimentView;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The keys a presenter remote and a keyboard send, pressed headless on the whole window: one test per binding of
 * Help → Keys, and the rules that keep a remote from wrecking a demo.
 */
@Tag("gui")
class ShellKeysGuiTest extends ShellFixture {

    ShellKeysGuiTest() {
        super(1400, 900);
    }

    @BeforeEach
    void settleFirst() throws Exception {
        settle();
    }

    private void settle() throws InterruptedException {
        ShellFixture.settle(FxPlatform.call(shell::current));
    }

    /** Presses a key on {@code target} (the shell when null), as the window would deliver it to the focused node. */
    private void press(Node target, KeyCode code, boolean shift, boolean control) {
        FxPlatform.run(() -> Event.fireEvent(target == null ? shell.currentSection() : target,
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false)));
    }

    private void press(KeyCode code) {
        press(null, code, false, false);
    }

    private double eta() {
        return FxPlatform.call(() -> view().controls().params().eta());
    }

    private int step() throws InterruptedException {
        settle();
        return (int) (long) FxPlatform.call(() -> (long) view().shownSnapshot().step());
    }

    @Test
    void spacePlaysAndPausesAndTheButtonSaysWhatAPressWillDo() throws Exception {
        FxPlatform.run(() -> view().controls().set("steps", 100_000));
        press(KeyCode.SPACE);
        assertTrue(view().runner().isPlaying());
        assertEquals("Pause", FxPlatform.call(() -> ((javafx.scene.control.Button) shell.lookup("#play")).getText()));
        press(KeyCode.SPACE);
        assertFalse(view().runner().isPlaying());
        settle();
        assertEquals("Play", FxPlatform.call(() -> ((javafx.scene.control.Button) shell.lookup("#play")).getText()));
        if (FxPlatform.call(() -> (long) view().shownSnapshot().step()) > 0) {
            assertTrue(FxPlatform.call(view()::statusText).startsWith("Paused"), FxPlatform.call(view()::statusText));
        }
    }

    @Test
    void afterARunEndsThePlayButtonSaysPlayAndDrawsItsGlyph() throws Exception {
        FxPlatform.run(() -> view().controls().set("steps", 3));
        press(KeyCode.SPACE);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (view().runner().isPlaying() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        var play = FxPlatform.call(() -> (javafx.scene.control.Button) shell.lookup("#play"));
        // the button follows the runner on the next animation pulse, not on a given FX event
        while (!"Play".equals(FxPlatform.call(play::getText)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("Play", FxPlatform.call(play::getText));
        assertTrue(FxPlatform.call(play::getGraphic) instanceof javafx.scene.shape.SVGPath, "a drawn glyph, not a font's");
    }

    @Test
    void rightArrowStepsAndRResets() throws Exception {
        press(KeyCode.R);
        assertEquals(0, step());
        press(KeyCode.RIGHT);
        press(KeyCode.RIGHT);
        assertEquals(2, step());
        press(KeyCode.R);
        assertEquals(0, step());
    }

    /**
     * SAM up close: → draws ascend, evaluate and descend one after another and takes the step about a second later;
     * a second → takes it at once; Shift+→ never animates.
     */
    @Test
    void upCloseOnSamRightArrowDrawsTheUpdateInStagesThenStepsAndShiftRightStepsAtOnce() throws Exception {
        FxPlatform.run(() -> shell.showPanel("sam"));
        FxPlatform.run(() -> shell.currentSection().selectTab(0));
        assertEquals("sam-two-basin", FxPlatform.call(() -> shell.current().type().id()));
        FxPlatform.run(() -> shell.current().loadPreset("update-up-close"));
        ExperimentView<?> sam = FxPlatform.call(shell::current);
        ShellFixture.settle(sam);
        press(KeyCode.R);
        ShellFixture.settle(sam);
        press(KeyCode.RIGHT);
        assertTrue(FxPlatform.call(sam::isStaging), "the update is being drawn in stages");
        assertEquals(0, FxPlatform.call(() -> sam.shownSnapshot().step()));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (FxPlatform.call(sam::isStaging) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        ShellFixture.settle(sam);
        assertEquals(1, FxPlatform.call(() -> sam.shownSnapshot().step()));
        press(KeyCode.RIGHT);
        press(KeyCode.RIGHT);
        assertFalse(FxPlatform.call(sam::isStaging), "a second press takes the step at once");
        ShellFixture.settle(sam);
        assertEquals(2, FxPlatform.call(() -> sam.shownSnapshot().step()));
        press(null, KeyCode.RIGHT, true, false);
        assertFalse(FxPlatform.call(sam::isStaging));
        ShellFixture.settle(sam);
        assertEquals(3, FxPlatform.call(() -> sam.shownSnapshot().step()));
    }

    private frontierslab.sim.Timeline<QuadraticParams> timeline() {
        return view().scrubber().timeline();
    }

    private long shownStep() throws InterruptedException {
        settle();
        return FxPlatform.call(view()::shownSnapshot).step();
    }

    @Test
    void draggingTheTimeSliderBackShowsTheChartsTilesAndStepOfThatStep() throws Exception {
        long end = timeline().end();
        assertTrue(end >= 10, "a fresh run shows its horizon: " + end);
        long middle = end / 2;
        FxPlatform.run(() -> view().scrubber().slider().setValue(middle));
        settle();
        frontierslab.sim.Snapshot shown = FxPlatform.call(view()::shownSnapshot);
        QuadraticExperiment fresh = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        fresh.reset();
        fresh.run(middle);
        frontierslab.sim.Snapshot expected = fresh.snapshot();
        assertEquals(middle, shown.step());
        assertEquals(expected.status(), shown.status());
        assertEquals(middle + 1, shown.trace().rows());
        assertEquals(0, Double.compare(expected.trace().get((int) middle, "loss"),
                shown.trace().get((int) middle, "loss")));
        assertEquals(FxPlatform.call(() -> view().figure().readouts(expected)),
                FxPlatform.call(() -> view().figure().readouts(shown)));
        assertEquals("step " + middle, FxPlatform.call(() ->
                ((javafx.scene.control.Label) view().lookup("#scrubber-step")).getText()));
        assertEquals(end, timeline().end(), "dragging alone keeps the later history");
        assertFalse(view().runner().isPlaying());
    }

    @Test
    void commaAndPeriodTravelInTimeAndStepFromThereDropsTheLaterHistory() throws Exception {
        long end = timeline().end();
        press(KeyCode.COMMA);
        press(KeyCode.COMMA);
        assertEquals(end - 2, shownStep());
        press(KeyCode.PERIOD);
        assertEquals(end - 1, shownStep());
        press(KeyCode.LEFT);
        assertEquals(end - 2, shownStep());
        assertEquals(end, timeline().end());
        press(KeyCode.RIGHT);
        assertEquals(end - 1, shownStep());
        assertEquals(end - 1, timeline().end(), "Step continues from the step shown; the later history is gone");
        press(KeyCode.PERIOD);
        assertEquals(end - 1, shownStep(), "nothing later to travel to");
    }

    @Test
    void pageDownLoadsTheNextPresetAndPageUpThePrevious() throws Exception {
        var presets = QuadraticExperiment.TYPE.presets();
        press(KeyCode.PAGE_DOWN);
        assertEquals(presets.get(0).params(), FxPlatform.call(() -> view().controls().params()));
        press(KeyCode.PAGE_DOWN);
        assertEquals(presets.get(1).params(), FxPlatform.call(() -> view().controls().params()));
        assertTrue(FxPlatform.call(shell::messageText).contains(presets.get(1).name()));
        press(KeyCode.PAGE_UP);
        assertEquals(presets.get(0).params(), FxPlatform.call(() -> view().controls().params()));
    }

    @Test
    void aPagerTakesPageDownOverFromThePresets() {
        int[] moved = {0};
        FxPlatform.run(() -> shell.setPager(delta -> "scene " + (moved[0] += delta)));
        QuadraticParams before = FxPlatform.call(() -> view().controls().params());
        press(KeyCode.PAGE_DOWN);
        assertEquals(1, moved[0]);
        assertEquals(before, FxPlatform.call(() -> view().controls().params()));
    }

    @Test
    void bracketsNudgeTheMainParameterByTwoPercentAndWithShiftByPointTwoPercent() {
        double eta = eta();
        press(KeyCode.CLOSE_BRACKET);
        assertEquals(eta * 1.02, eta(), 1e-12);
        press(KeyCode.OPEN_BRACKET);
        assertEquals(eta * 1.02 * 0.98, eta(), 1e-12);
        double before = eta();
        press(null, KeyCode.CLOSE_BRACKET, true, false);
        assertEquals(before * 1.002, eta(), 1e-12);
        press(null, KeyCode.OPEN_BRACKET, true, false);
        assertEquals(before * 1.002 * 0.998, eta(), 1e-12);
    }

    @Test
    void bracketsWorkInPresenterModeAndNudgeRhoOnSam() {
        FxPlatform.run(() -> shell.showPanel("sam"));
        press(KeyCode.F5);
        assertEquals("rho", FxPlatform.call(() -> shell.current().controls().mainParameter()));
        double rho = FxPlatform.call(() -> rho(shell.current()));
        press(KeyCode.CLOSE_BRACKET);
        double after = FxPlatform.call(() -> rho(shell.current()));
        assertEquals(rho * 1.02, after, 1e-12);
    }

    private static <P extends Record> double rho(ExperimentView<P> view) {
        return ((Number) view.type().space().value(view.controls().params(), "rho")).doubleValue();
    }

    @Test
    void controlZTakesBackTheLastChange() {
        double eta = eta();
        press(KeyCode.CLOSE_BRACKET);
        press(null, KeyCode.Z, false, true);
        assertEquals(eta, eta());
    }

    @Test
    void controlTabAndControlShiftTabChangeTheExperimentAndCrossPanels() {
        press(null, KeyCode.TAB, false, true);
        assertEquals(1, FxPlatform.call(() -> shell.currentSection().selectedTab()));
        press(null, KeyCode.TAB, true, true);
        assertEquals(0, FxPlatform.call(() -> shell.currentSection().selectedTab()));
        press(null, KeyCode.TAB, true, true);
        String panel = FxPlatform.call(() -> shell.currentSection().definition().id());
        assertFalse(panel.equals("eos"), "Ctrl+Shift+Tab on the first tab goes to the previous panel");
    }

    @Test
    void controlDigitShowsThatExperimentOfThePanel() {
        press(null, KeyCode.DIGIT3, false, true);
        assertEquals(2, FxPlatform.call(() -> shell.currentSection().selectedTab()));
        press(null, KeyCode.DIGIT1, false, true);
        assertEquals(0, FxPlatform.call(() -> shell.currentSection().selectedTab()));
    }

    @Test
    void upAndDownNeverChangeTheExperiment() {
        TabPane tabs = FxPlatform.call(() -> (TabPane) shell.currentSection().lookup(".tab-pane"));
        for (KeyCode code : new KeyCode[] {KeyCode.DOWN, KeyCode.UP, KeyCode.DOWN}) {
            press(tabs, code, false, false);
            press(code);
        }
        assertEquals(0, FxPlatform.call(() -> shell.currentSection().selectedTab()));
        assertEquals("eos", FxPlatform.call(() -> shell.currentSection().definition().id()));
    }

    @Test
    void f5StartsPresenterModeWithTheProjectorThemeAndEscLeavesIt() {
        press(KeyCode.F5);
        assertTrue(FxPlatform.call(shell::isPresenter));
        assertEquals(Theme.PROJECTOR, FxPlatform.call(shell::theme));
        assertFalse(FxPlatform.call(() -> shell.currentSection().cardsVisible()));
        assertNotNull(FxPlatform.call(() -> shell.current().lookup("#presenter-slider-eta")));
        press(KeyCode.ESCAPE);
        assertFalse(FxPlatform.call(shell::isPresenter));
        assertEquals(Theme.LIGHT, FxPlatform.call(shell::theme));
        assertTrue(FxPlatform.call(() -> shell.currentSection().cardsVisible()));
    }

    @Test
    void inPresenterModeACodingDemoKeepsRunTheRealPythonOnStageBelowItsCharts() throws Exception {
        FxPlatform.run(() -> shell.show("demo-1-code", null));
        settle();
        press(KeyCode.F5);
        FxPlatform.run(() -> {
            shell.applyCss();
            shell.layout();
        });
        ExperimentView<?> demo = FxPlatform.call(shell::current);
        Node button = FxPlatform.call(() -> demo.lookup("#real-python-run"));
        assertNotNull(button);
        assertNull(FxPlatform.call(demo::getLeft), "the parameter column is hidden");
        assertTrue(FxPlatform.call(() -> inside(button, demo.getBottom()) && button.isVisible()),
                "the button is in the presenter row under the charts");
        var onScreen = FxPlatform.call(() -> button.localToScene(button.getBoundsInLocal()));
        double sceneHeight = FxPlatform.call(() -> shell.getScene().getHeight());
        assertTrue(onScreen.getWidth() > 40 && onScreen.getHeight() > 10 && onScreen.getMaxY() <= sceneHeight,
                "the button is drawn inside the window: " + onScreen);
        press(KeyCode.ESCAPE);
        FxPlatform.run(() -> {
            shell.applyCss();
            shell.layout();
        });
        assertTrue(FxPlatform.call(() -> inside(button, demo.getLeft())), "back in the parameter column");
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void controlPlusAndMinusScaleTheWholeStageChartsIncluded() {
        double chartBefore = FxPlatform.call(() -> view().viewer("landscape").localToScene(
                view().viewer("landscape").getBoundsInLocal()).getWidth() / view().viewer("landscape").getWidth());
        press(null, KeyCode.EQUALS, false, true);
        assertEquals(Shell.ZOOM_STEP, FxPlatform.call(shell::zoom), 1e-12, "one press, one step");
        double chartAfter = FxPlatform.call(() -> {
            shell.layout();
            var v = view().viewer("landscape");
            return v.localToScene(v.getBoundsInLocal()).getWidth() / v.getWidth();
        });
        assertEquals(chartBefore * Shell.ZOOM_STEP, chartAfter, 1e-6, "a chart's pixels scale with the stage");
        press(null, KeyCode.MINUS, false, true);
        assertEquals(1, FxPlatform.call(shell::zoom), 1e-12);
        press(null, KeyCode.EQUALS, false, true);
        press(null, KeyCode.DIGIT0, false, true);
        assertEquals(1, FxPlatform.call(shell::zoom), 1e-12);
    }

    @Test
    void f8AndF9HideTheControlsAndTheCards() {
        press(KeyCode.F8);
        assertFalse(FxPlatform.call(() -> view().controlsVisible()));
        press(KeyCode.F9);
        assertFalse(FxPlatform.call(() -> shell.currentSection().cardsVisible()));
        press(KeyCode.F8);
        press(KeyCode.F9);
        assertTrue(FxPlatform.call(() -> view().controlsVisible()));
        assertTrue(FxPlatform.call(() -> shell.currentSection().cardsVisible()));
    }

    @Test
    void controlCCopiesTheViewToTheClipboardAtTwiceItsSize() {
        double width = FxPlatform.call(() -> view().getWidth());
        press(null, KeyCode.C, false, true);
        assertTrue(FxPlatform.call(shell::messageText).startsWith("Copied"), FxPlatform.call(shell::messageText));
        assertTrue(FxPlatform.call(shell::messageText).contains(Math.round(2 * width) + "×"),
                FxPlatform.call(shell::messageText));
        javafx.scene.image.Image image = FxPlatform.call(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage());
        if (image != null) {
            assertEquals(2 * width, image.getWidth(), 1);
        }
    }

    @Test
    void helpKeysListsEveryBindingFromTheListOfActions() {
        String text = FxPlatform.call(() -> KeysHelp.text(shell));
        for (KeyAction a : FxPlatform.call(shell::actions)) {
            if (!a.keys().isEmpty()) {
                assertTrue(text.contains(a.keyText() + "  —  " + a.name()), a.name());
            }
        }
        for (String key : new String[] {"Page Down", "Page Up", "Space", "F5", "Esc", "]", "["}) {
            assertTrue(text.contains(key), key + " is listed:\n" + text);
        }
    }

    @Test
    void sliderArrowsMoveEtaByAHundredthOfItsDecadesShiftByATenthAndNoKeyJumpsToAnEnd() {
        Slider slider = FxPlatform.call(() -> (Slider) view().lookup("#slider-eta"));
        double decades = Math.log10(QuadraticParams.SPACE.real("eta").max() / QuadraticParams.SPACE.real("eta").min());
        double eta = eta();
        press(slider, KeyCode.LEFT, false, false);
        assertEquals(decades / 100, Math.log10(eta / eta()), 1e-9);
        eta = eta();
        press(slider, KeyCode.RIGHT, true, false);
        assertEquals(decades / 10, Math.log10(eta() / eta), 1e-9);
        for (KeyCode code : new KeyCode[] {KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN,
                KeyCode.LEFT, KeyCode.DOWN, KeyCode.UP, KeyCode.RIGHT}) {
            for (boolean shift : new boolean[] {false, true}) {
                double before = eta();
                press(slider, code, shift, false);
                assertTrue(Math.abs(Math.log10(eta() / before)) <= decades / 10 + 1e-9,
                        code + (shift ? " with Shift" : "") + " moved η from " + before + " to " + eta());
            }
        }
    }

    @Test
    void afterEnterInAFieldTheKeysActOnTheRunAgain() throws Exception {
        TextField field = FxPlatform.call(() -> (TextField) view().lookup("#field-eta"));
        FxPlatform.run(() -> {
            field.requestFocus();
            field.setText("0.45");
        });
        press(field, KeyCode.R, false, false);
        assertEquals(0.4, eta(), "while the field is edited, R is the field's");
        FxPlatform.run(() -> field.fireEvent(new javafx.event.ActionEvent()));
        assertEquals(0.45, eta());
        Node focused = FxPlatform.call(() -> field.getScene().getFocusOwner());
        assertFalse(focused == field, "Enter hands the keys back");
        press(KeyCode.R);
        press(KeyCode.RIGHT);
        assertEquals(1, step(), "→ steps the run after the edit");
        press(KeyCode.SPACE);
        assertTrue(view().runner().isPlaying() || FxPlatform.call(() -> !view().shownSnapshot().status().state()
                .equals(frontierslab.sim.Status.State.RUNNING)), "Space plays the run after the edit");
    }

    @Test
    void escInAFieldRestoresItsValueAndHandsTheKeysBack() {
        TextField field = FxPlatform.call(() -> (TextField) view().lookup("#field-eta"));
        String shown = FxPlatform.call(field::getText);
        FxPlatform.run(() -> {
            field.requestFocus();
            field.setText("r 0.45");
        });
        press(field, KeyCode.ESCAPE, false, false);
        assertEquals(shown, FxPlatform.call(field::getText));
        assertFalse(FxPlatform.call(shell::isPresenter), "Esc in a field is the field's");
        assertNull(FxPlatform.call(() -> field.isFocused() ? field : null));
    }

    @Test
    void visitingAFieldWithoutTypingKeepsTheExactValueAndAddsNoUndoStep() {
        double exact = 0.07658546123;
        FxPlatform.run(() -> view().controls().set("eta", exact));
        TextField field = FxPlatform.call(() -> (TextField) view().lookup("#field-eta"));
        FxPlatform.run(() -> {
            field.requestFocus();
            view().requestFocus();
        });
        assertEquals(exact, eta());
        FxPlatform.run(() -> field.fireEvent(new javafx.event.ActionEvent()));
        assertEquals(exact, eta());
        assertTrue(FxPlatform.call(() -> view().controls().undo()));
        assertEquals(0.4, eta(), "the one Undo step is the set, not the visit");
    }

    @Test
    void everyKeyOfEveryActionRunsThatActionExactlyOnce() {
        java.util.List<KeyAction> actions = FxPlatform.call(shell::actions);
        java.util.Map<String, Integer> runs = new java.util.HashMap<>();
        FxPlatform.run(() -> shell.rehearse(name -> runs.merge(name, 1, Integer::sum)));
        int keys = 0;
        for (KeyAction a : actions) {
            for (javafx.scene.input.KeyCombination k : a.keys()) {
                var combination = (javafx.scene.input.KeyCodeCombination) k;
                runs.clear();
                boolean down = k.getControl() == javafx.scene.input.KeyCombination.ModifierValue.DOWN
                        || k.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN;
                press(null, combination.getCode(), k.getShift() == javafx.scene.input.KeyCombination.ModifierValue.DOWN,
                        down);
                assertEquals(java.util.Map.of(a.name(), 1), runs, k.getDisplayText());
                keys++;
            }
        }
        assertTrue(keys >= 30, keys + " keys");
    }
}
