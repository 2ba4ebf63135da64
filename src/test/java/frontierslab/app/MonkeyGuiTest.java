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
            System.out.println("MonkeyGuiTest: ms per kind " + monkey.nanos);
            assertEquals(EVENTS, monkey.events());
            assertEquals(0, monkey.exceptions(), "seed " + seed + ": " + String.join("\n", monkey.failures()));
            assertTrue(monkey.answersReset(), "seed " + seed + ": the experiment on screen answers a final Reset");
        }
        try (var files = Files.list(exports)) {
            assertFalse(files.findAny().isEmpty() && EVENTS >= 1_000, "exports reached the temporary folder");
        }
    }

    @Test
    void aTextWithNaNOrInfinityCountsAsShowingANonFiniteNumber() {
        assertTrue(Monkey.shows("η·λ = NaN"));
        assertTrue(Monkey.shows("loss Infinity"));
        assertFalse(Monkey.shows("loss 1.5e+09, diverged at step 3"));
    }
}
