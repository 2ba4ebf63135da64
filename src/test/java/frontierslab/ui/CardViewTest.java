package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.FxPlatform;
import frontierslab.panels.Card;
import frontierslab.panels.References;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A card's note shows "…" for a number whose run is not done, never a number, and the run's value once it is. */
@Tag("gui")
class CardViewTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    private static String text(CardView view) {
        return FxPlatform.call(() -> view.lookupAll(".card-text").stream().map(n -> ((Text) n).getText())
                .collect(Collectors.joining()));
    }

    @Test
    void theNoteShowsAPlaceholderUntilItsRunIsDoneThenTheRunsNumber() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExperimentType<QuadraticParams> t = QuadraticExperiment.TYPE;
        ExperimentType<QuadraticParams> gated = new ExperimentType<>(t.id(), t.title(), t.section(), t.summary(),
                t.space(), t.presets(), p -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new QuadraticExperiment(p);
                }, t.markers());
        References references = new References(List.of(gated));
        Card card = new Card("T", "words", "η·λ₁ = {{eos-quadratic:diverging:eta_lambda_max:%.1f}} here", null, null,
                null);
        CardView view = FxPlatform.call(() -> new CardView(card, Palette.of(Theme.LIGHT), 14, (a, b) -> { },
                references));
        String before = text(view);
        assertTrue(before.contains("η·λ₁ = " + References.PLACEHOLDER + " here"), before);
        assertFalse(before.matches("(?s).*= \\d.*"), before);
        release.countDown();
        Experiment<QuadraticParams> run = QuadraticExperiment.TYPE.create(t.preset("diverging").params());
        run.run(Long.MAX_VALUE);
        String expected = String.format(Locale.ROOT, "η·λ₁ = %.1f here",
                ((QuadraticExperiment.QuadraticSnapshot) run.snapshot()).summary().etaLambdaMax());
        String after = "";
        for (int i = 0; i < 200 && !after.contains(expected); i++) {
            Thread.sleep(50);
            after = text(view);
        }
        assertTrue(after.contains(expected), after);
    }
}
