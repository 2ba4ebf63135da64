package frontierslab.panels.generalization;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.generalization.model.EpochwiseExperiment;
import frontierslab.panels.generalization.model.LinearFeaturesExperiment;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment;
import frontierslab.panels.generalization.view.EpochwiseFigure;
import frontierslab.panels.generalization.view.LinearFeaturesFigure;
import frontierslab.panels.generalization.view.RandomFeaturesFigure;
import java.util.List;

/** Lecture §5, grokking and double descent: its experiments and the cards of its text. */
public final class GeneralizationPanel {

    private GeneralizationPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("generalization", "Grokking and Double Descent", "§5",
                List.of(new Entry<>(RandomFeaturesExperiment.TYPE, RandomFeaturesFigure::new),
                        new Entry<>(LinearFeaturesExperiment.TYPE, LinearFeaturesFigure::new),
                        new Entry<>(EpochwiseExperiment.TYPE, EpochwiseFigure::new)),
                List.of(
                        new Card("5. Grokking and Double Descent",
                                "A final frontier in modern optimization is understanding the temporal dynamics of "
                                        + "learning.",
                                "Model-wise double descent is about size, not time: each p of dd-random-features "
                                        + "and dd-linear-features is a separate fit, solved exactly, with no training "
                                        + "time in it. Double descent in time needs two time scales: a linear model "
                                        + "with a fast block and a slow block scaled by 1/κ = 1/30, trained by GD "
                                        + "from zero, falls to 0.756 (t = 3.4), rises to 1.27 (t = 73) while the fast "
                                        + "block fits labels that still hold the slow block's signal, and falls to "
                                        + "0.156 (t = 27,631) when the slow block is learned.",
                                "dd-epochwise", "two-time-scales", "Show it: double descent in time"),
                        new Card("Double Descent",
                                "As model complexity increases, test error first decreases (classical regime), then "
                                        + "increases (overfitting), and then—counterintuitively—decreases again to a "
                                        + "lower minimum (modern overparameterized regime).",
                                "Random ReLU features, n = 100, d = 20, σ = 0.5, 10 seeds: the mean test error "
                                        + "peaks at exactly p = n at 315.9 (median 84.6), where σ_min/σ_max of the "
                                        + "features is 0.00034 and the minimum-norm fit divides the noise by it. The "
                                        + "best p < n gives 0.513 (p = 37), p = 1000 gives 0.220. Without noise the "
                                        + "peak is still 49.6. A ridge λ = 0.01 (0.419 at p = n) or dropping the "
                                        + "singular values below 0.03·σ_max (0.420) removes it. With shuffled labels "
                                        + "every p ≥ n fits the training set exactly, and p = 1000 tests at 2.18: "
                                        + "worse than predicting 0.",
                                "dd-random-features", "noise", "Show it: the peak at p = n"),
                        new Card("Double Descent: a lower minimum?",
                                "and then—counterintuitively—decreases again to a lower minimum (modern "
                                        + "overparameterized regime).",
                                "Not always. Minimum-norm least squares on the first p of D = 120 Gaussian "
                                        + "coordinates, n = 40, σ = 0.5, by the exact expectation (Belkin, Hsu and Xu "
                                        + "2019): with the signal spread evenly, no p < n beats predicting 0 (1.02 at "
                                        + "p = 1) and the error falls to 0.793 at p = D, lower. With β_j ∝ 1/j a few "
                                        + "features capture most of the signal: the first minimum is 0.148 (p = 7) "
                                        + "and the second descent ends at 0.793, higher. Where the signal sits "
                                        + "decides.",
                                "dd-linear-features", "decaying-signal", "Show it: a second descent that ends higher"),
                        new Card("Optimization in stages",
                                "These phenomena suggest that optimization proceeds in stages: first, the model fits "
                                        + "the data with a \"messy\" high-complexity solution; then, over a much "
                                        + "longer timescale, the implicit bias of the optimizer (often \\(L_2\\) "
                                        + "regularization or weight decay) slowly \"compresses\" the solution into a "
                                        + "simpler, more generalizable form.",
                                "In dd-epochwise there is no weight decay and nothing is compressed: the second fall "
                                        + "is the slow block's signal being learned (its part of the test error falls "
                                        + "from 0.484 at the peak to 0.027), and the run ends at the same "
                                        + "least-squares fit as with one time scale (0.158 for κ = 30 and κ = 1). "
                                        + "With κ = 1 there are no stages and no second descent; stopping early, at "
                                        + "t = 25, gives 0.125.",
                                "dd-epochwise", "one-time-scale", "Show it: one time scale")));
    }
}
