package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monkey in CI: {@value #EVENTS} seeded random events on the whole shell (keys, remote keys, sliders, typed values,
 * tabs, panels, themes, exports, Play, Step, Reset). The seed is printed; {@code -Dmonkey.seed=N} replays a failing one.
 */
@Tag("gui")
class MonkeyGuiTest {

    static final int EVENTS = Integer.getInteger("monkey.events", 5_000);

    @Test
    void fiveThousandRandomEventsThrowNothingShowNoNonFiniteNumberAndResetStillAnswers(@TempDir Path exports)
            throws Exception {
        long seed = Monkey.seed();
        System.out.println("MonkeyGuiTest: seed " + seed + " (replay with -Dmonkey.seed=" + seed + ")");
        try (Monkey monkey = new Monkey(seed, exports)) {
            monkey.run(EVENTS);
            var millis = new java.util.TreeMap<String, Long>();
            monkey.nanos.forEach((kind, ns) -> millis.put(kind, ns / 1_000_000));
            System.out.println("MonkeyGuiTest: ms spent per kind of event " + millis);
            assertEquals(EVENTS, monkey.events());
            assertEquals(0, monkey.exceptions(), "seed " + seed + ": " + String.join("\n", monkey.failures()));
            assertTrue(monkey.answersReset(), "seed " + seed + ": the experiment on screen answers a final Reset");
        }
        if (EVENTS >= 5_000) {
            try (var files = Files.list(exports)) {
                assertTrue(files.findAny().isPresent(), "the exports were written to the temporary folder");
            }
        }
    }

    @Test
    void resetIsAnsweredByAClosedFormCurveAndByARunScrubbedBackAndPlaying(@TempDir Path exports) throws Exception {
        try (Monkey monkey = new Monkey(1, exports)) {
            FxPlatform.run(() -> monkey.shell().show("dd-epochwise", null));
            assertTrue(monkey.answersReset(), "dd-epochwise answers Reset");
            assertTrue(FxPlatform.call(() -> monkey.shell().current().shownSnapshot().step()) > 0,
                    "a closed-form curve starts past step 0, so a check for step 0 would miss its answer");

            FxPlatform.run(() -> monkey.shell().show("eos-quadratic", null));
            var view = FxPlatform.call(() -> monkey.shell().current());
            for (int i = 0; i < 20; i++) {
                FxPlatform.run(() -> view.runner().stepOnce());
            }
            view.runner().awaitIdle();
            FxPlatform.run(() -> {
                view.refresh();
                view.scrubber().seekTo(10);
                view.togglePlay();
            });
            assertTrue(monkey.answersReset(), "eos-quadratic answers Reset after a scrub back and Play");
            assertEquals(0, FxPlatform.call(() -> view.shownSnapshot().step()));
        }
    }

    @Test
    void aTextWithNaNOrInfinityCountsAsShowingANonFiniteNumber() {
        assertTrue(Monkey.shows("η·λ = NaN"));
        assertTrue(Monkey.shows("loss Infinity"));
        assertFalse(Monkey.shows("loss 1.5e+09, diverged at step 3"));
    }
}
