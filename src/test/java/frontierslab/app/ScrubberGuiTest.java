package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Readout;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Timeline;
import frontierslab.ui.ExperimentView;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The time slider on the whole window, headless: dragged back, the charts, tiles and step label show the run at that
 * step (the same numbers as a fresh run stepped there); the keys step through time; Step from a scrubbed-back step
 * continues from it and drops the later history.
 */
class ScrubberGuiTest {

    private Shell shell;

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @BeforeEach
    void open() throws Exception {
        shell = ShellFixture.open(1400, 900);
        settle();
    }

    @AfterEach
    void close() {
        FxPlatform.run(shell::dispose);
    }

    @SuppressWarnings("unchecked")
    private ExperimentView<QuadraticParams> view() {
        return (ExperimentView<QuadraticParams>) FxPlatform.call(shell::current);
    }

    private Timeline<QuadraticParams> timeline() {
        return view().scrubber().timeline();
    }

    private void settle() throws InterruptedException {
        ShellFixture.settle(FxPlatform.call(shell::current));
    }

    private void press(KeyCode code) throws InterruptedException {
        FxPlatform.run(() -> Event.fireEvent(shell.currentSection(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
        settle();
    }

    private Snapshot fresh(long steps) {
        QuadraticExperiment e = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        e.reset();
        e.run(steps);
        return e.snapshot();
    }

    @Test
    void draggingBackShowsTheChartsTilesAndStepOfThatStep() throws Exception {
        long end = timeline().end();
        assertTrue(end >= 10, "a fresh run shows its horizon: " + end);
        long middle = end / 2;
        FxPlatform.run(() -> view().scrubber().slider().setValue(middle));
        settle();
        Snapshot shown = FxPlatform.call(view()::shownSnapshot);
        Snapshot expected = fresh(middle);
        assertEquals(middle, shown.step());
        assertEquals(expected.status(), shown.status());
        assertEquals(middle + 1, shown.trace().rows());
        assertEquals(0, Double.compare(expected.trace().get((int) middle, "loss"),
                shown.trace().get((int) middle, "loss")));
        List<Readout> tiles = FxPlatform.call(() -> view().figure().readouts(shown));
        assertEquals(FxPlatform.call(() -> view().figure().readouts(expected)), tiles);
        assertEquals("step " + middle, FxPlatform.call(() -> ((Label) view().lookup("#scrubber-step")).getText()));
        assertEquals(end, timeline().end(), "dragging alone keeps the later history");
        assertFalse(view().runner().isPlaying());
    }

    @Test
    void commaAndPeriodTravelInTimeAndStepFromThereDropsTheLaterHistory() throws Exception {
        long end = timeline().end();
        press(KeyCode.COMMA);
        press(KeyCode.COMMA);
        assertEquals(end - 2, FxPlatform.call(view()::shownSnapshot).step());
        press(KeyCode.PERIOD);
        assertEquals(end - 1, FxPlatform.call(view()::shownSnapshot).step());
        press(KeyCode.LEFT);
        assertEquals(end - 2, FxPlatform.call(view()::shownSnapshot).step());
        assertEquals(end, timeline().end());
        press(KeyCode.RIGHT);
        assertEquals(end - 1, FxPlatform.call(view()::shownSnapshot).step());
        assertEquals(end - 1, timeline().end(), "Step continues from the step shown; the later history is gone");
        press(KeyCode.PERIOD);
        assertEquals(end - 1, FxPlatform.call(view()::shownSnapshot).step(), "nothing later to travel to");
    }
}
