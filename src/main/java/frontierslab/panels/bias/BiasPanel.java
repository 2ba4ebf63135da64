package frontierslab.panels.bias;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.panels.bias.view.LowRankBiasFigure;
import frontierslab.panels.bias.view.ScalarBiasFigure;
import frontierslab.panels.bias.view.SparseBiasFigure;
import java.util.List;

/** Lecture §3, the implicit bias of optimization: its experiments and the cards of its text. */
public final class BiasPanel {

    private BiasPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("bias", "Implicit Bias of Optimization", "§3",
                List.of(new Entry<>(ScalarBiasExperiment.TYPE, ScalarBiasFigure::new),
                        new Entry<>(SparseBiasExperiment.TYPE, SparseBiasFigure::new),
                        new Entry<>(LowRankBiasExperiment.TYPE, LowRankBiasFigure::new)),
                List.of(
                        new Card("3. Implicit Bias of Optimization",
                                "In overparameterized models, there are infinitely many sets of weights \\(w\\) that "
                                        + "achieve zero training error. Why does SGD choose one that generalizes? The "
                                        + "answer lies in the implicit bias of the algorithm.",
                                "20 samples, 100 features, a 3-sparse truth: infinitely many w fit the data exactly. "
                                        + "A diagonal network w = u⊙u − v⊙v trained by GD from u = v = α picks one by "
                                        + "α: from α = 0.01 it ends 0.06 from the minimum-ℓ1 interpolator, which is the "
                                        + "truth, and 1.37 from the minimum-ℓ2 one (‖w‖₁ = 3.12 against 3); from α = 1 "
                                        + "it ends at the minimum-ℓ2 one (‖w‖₁ = 7.30), dense and 1.43 from the truth. "
                                        + "Smaller α costs time: 30,000 steps against 3,000.",
                                "bias-sparse", "small-init", "Show it: small init finds the sparse w"),
                        new Card("Theorem 3.2 (Implicit Bias towards Low Rank)",
                                "For a matrix factorization problem \\(X = W_2 W_1\\), Gradient Descent starting from "
                                        + "small initialization \\(W_1, W_2 \\approx 0\\) is implicitly biased towards "
                                        + "finding a low-rank solution.",
                                "Completing a 20×20 matrix of rank 2 (singular values 10 and 4) from 58 % of its "
                                        + "entries with W = W₂W₁: from α = 10⁻³ GD learns σ₁ first (half of it at step "
                                        + "32) and σ₂ only later (step 61), and ends at rank 2 with an error on the "
                                        + "unobserved entries of 0.0024 × that of predicting zero. From α = 2 it fits "
                                        + "the observed entries just as well, but ends at rank 13 and does 1.53 × worse "
                                        + "than predicting zero on the rest. The small-init solution is low-rank; "
                                        + "whether it is the minimum-nuclear-norm one is not claimed here.",
                                "bias-low-rank", "small-init", "Show it: one singular value at a time"),
                        new Card("Proof for the Scalar Case",
                                "Let \\(\\mathcal{L}(w_1, w_2) = \\frac{1}{2} (w_1 w_2 - y)^2\\). The gradients are: "
                                        + "\\(\\dot{w}_1 = -(w_1 w_2 - y) w_2\\) \\(\\dot{w}_2 = -(w_1 w_2 - y) w_1\\) "
                                        + "Notice that \\(w_1 \\dot{w}_1 = w_2 \\dot{w}_2\\). This implies "
                                        + "\\(\\frac{d}{dt} (w_1^2 - w_2^2) = 0\\). If we initialize "
                                        + "\\(w_1(0) = w_2(0) \\approx 0\\), then \\(w_1(t) \\approx w_2(t)\\) for all "
                                        + "\\(t\\). The effective dynamics for \\(\\beta = w_1 w_2\\) are "
                                        + "\\(\\dot{\\beta} = \\dot{w}_1 w_2 + w_1 \\dot{w}_2 \\approx 2 w_1 \\dot{w}_1 = "
                                        + "-2(w_1^2 w_2^2 - y w_2 w_1) = -2(\\beta - y) \\beta\\).\n"
                                        + "Compare this to standard linear regression on \\(\\beta\\): "
                                        + "\\(\\dot{\\beta} = -(\\beta - y)\\). The \\(2\\beta\\) factor in the "
                                        + "multi-layer case slows down the learning for small \\(\\beta\\) and "
                                        + "accelerates it for large \\(\\beta\\).",
                                "From a balanced start α = 10⁻³ (y = 1), β stays near 0 until t = 6.94 and then "
                                        + "jumps to y: the closed form y/(1 + (y/α² − 1)e^{−2yt}) gives 6.91; from α = "
                                        + "0.5 there is no plateau (t = 0.549). The lecture's β̇ = −2β(β − y) needs "
                                        + "w₁ = w₂: from (0.5, 0) it predicts that β stays 0 for ever, yet β reaches "
                                        + "y/2 at t = 1.33. In general β̇ = −(β − y)√(D² + 4β²) with the conserved "
                                        + "D = w₁² − w₂² (preset unbalanced).",
                                "bias-scalar", "small-init", "Show it: the plateau of small init"),
                        new Card("Example 3: Implicit Bias in 1D Linear Regression",
                                "Suppose we want to solve \\(y = w x\\) for \\(x, y \\in \\mathbb{R}\\). Infinitely "
                                        + "many \\(w\\) solve this? No, only one. But what if we have two parameters "
                                        + "\\(w_1, w_2\\) such that \\(y = (w_1 + w_2) x\\)? Now there are infinitely "
                                        + "many \\((w_1, w_2)\\) such that \\(w_1 + w_2 = y/x\\).\n"
                                        + "Notice \\(\\dot{w}_1 = \\dot{w}_2\\). This implies "
                                        + "\\(w_1(t) - w_2(t) = w_1(0) - w_2(0)\\). If we initialize "
                                        + "\\(w_1(0) = w_2(0) = 0\\), then \\(w_1(t) = w_2(t)\\) for all \\(t\\). The "
                                        + "final solution will be \\(w_1 = w_2 = \\frac{1}{2} \\frac{y}{x}\\). This "
                                        + "\"equal distribution\" of weights is the implicit bias of GD starting from the "
                                        + "origin.",
                                "Correct: from (10⁻⁴, 10⁻⁴) GD ends at (0.500, 0.500), and from (0.4, 0) it keeps "
                                        + "w₁ − w₂ = 0.4 and ends at (0.700, 0.300) (preset example-3-unequal-start). "
                                        + "The lecture's updates leave out a factor x²: the negative gradient of "
                                        + "½((w₁ + w₂)x − y)² is −x((w₁ + w₂)x − y) = −x²(w₁ + w₂ − y/x) in each "
                                        + "coordinate; the end point is the same.",
                                "bias-scalar", "example-3", "Show it: the equal split")));
    }
}
