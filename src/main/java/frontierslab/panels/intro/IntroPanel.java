package frontierslab.panels.intro;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.intro.model.InterpolationExperiment;
import frontierslab.panels.intro.view.InterpolationFigure;
import java.util.List;

/**
 * Lecture §1, the introduction: "overparameterized models generalize". Its claim that a model can fit noise and still
 * predict well is shown by three interpolants of the same noisy samples; the cards quote the lecture verbatim.
 */
public final class IntroPanel {

    private IntroPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("intro", "Introduction", "§1",
                List.of(new Entry<>(InterpolationExperiment.TYPE, InterpolationFigure::new)),
                List.of(
                        new Card("The Gap Between Theory and Practice",
                                "In the previous lectures, we built the foundations of optimization theory using tools "
                                        + "like convexity, smoothness, and stochasticity. However, these classical tools "
                                        + "often fail to explain why modern deep learning architectures—which are "
                                        + "massively overparameterized and highly non-convex—generalize so well to "
                                        + "unseen data.",
                                null, null, null, null),
                        new Card("Overfitting the noise",
                                "Standard theory suggests that an overparameterized model should overfit the noise in "
                                        + "the training data, leading to poor test performance. Yet, in practice, we "
                                        + "observe the opposite: larger models often generalize better.",
                                null, "intro-interpolation", "three-interpolants", "Fit the noise three ways")));
    }
}
