package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.Card;
import frontierslab.panels.References;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.ui.CardView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A screenshot is taken only once the lecture cards on screen show their notes' numbers: never "…" where a number
 * belongs; a note whose runs fail stops the picture instead of showing placeholders.
 */
@Tag("gui")
class ScreenshotNotesTest {

    private static final String NOTE = "η·λ₁ = {{eos-quadratic:diverging:eta_lambda_max:%.1f}} here";

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    /** The quadratic's type, its runs made by {@code create} instead. */
    private static References referencesMaking(Function<QuadraticParams, Experiment<QuadraticParams>> create) {
        ExperimentType<QuadraticParams> t = QuadraticExperiment.TYPE;
        return new References(List.of(new ExperimentType<>(t.id(), t.title(), t.section(), t.summary(), t.space(),
                t.presets(), create::apply, t.markers())));
    }

    /** References whose runs wait until {@code gate} opens. */
    private static References referencesWaitingFor(CountDownLatch gate) {
        return referencesMaking(p -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new QuadraticExperiment(p);
        });
    }

    private static String text(VBox root) {
        return FxPlatform.call(() -> root.lookupAll(".card-text").stream().map(n -> ((Text) n).getText())
                .collect(Collectors.joining()));
    }

    @Test
    void thePictureWaitsUntilANoteWhoseRunIsSlowShowsItsNumber() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        References references = referencesWaitingFor(release);
        Card card = new Card("A slow note", "words", NOTE, null, null, null);
        VBox root = FxPlatform.call(() -> new VBox(new CardView(card, Palette.of(Theme.LIGHT), 14, (a, b) -> { },
                references)));
        assertTrue(text(root).contains(References.PLACEHOLDER), text(root));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        Screenshots.awaitNotes(root, 1);
        Experiment<QuadraticParams> run = QuadraticExperiment.TYPE.create(
                QuadraticExperiment.TYPE.preset("diverging").params());
        run.run(Long.MAX_VALUE);
        String expected = String.format(Locale.ROOT, "η·λ₁ = %.1f here",
                ((QuadraticExperiment.QuadraticSnapshot) run.snapshot()).summary().etaLambdaMax());
        String shown = text(root);
        assertTrue(shown.contains(expected), shown);
        assertFalse(shown.contains(References.PLACEHOLDER), shown);
    }

    @Test
    void aNoteWhoseRunFailsStopsThePictureNamingTheCard() {
        References references = referencesMaking(p -> {
            throw new IllegalStateException("this run cannot be made");
        });
        Card card = new Card("A broken note", "words", NOTE, null, null, null);
        VBox root = FxPlatform.call(() -> new VBox(new CardView(card, Palette.of(Theme.LIGHT), 14, (a, b) -> { },
                references)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Screenshots.awaitNotes(root, 1));
        assertTrue(e.getMessage().contains("'A broken note'"), e.getMessage());
    }

    @Test
    void aHiddenCardIsNotWaitedFor() {
        CountDownLatch never = new CountDownLatch(1);
        References references = referencesWaitingFor(never);
        Card card = new Card("Off screen", "words", NOTE, null, null, null);
        VBox root = FxPlatform.call(() -> {
            CardView view = new CardView(card, Palette.of(Theme.LIGHT), 14, (a, b) -> { }, references);
            VBox hidden = new VBox(view);
            hidden.setVisible(false);
            return new VBox(hidden);
        });
        long start = System.nanoTime();
        Screenshots.awaitNotes(root, 1);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a card that is not shown is not waited for");
        never.countDown();
    }
}
