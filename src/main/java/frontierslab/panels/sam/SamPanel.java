package frontierslab.panels.sam;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.panels.sam.model.PhaseMapExperiment;
import frontierslab.panels.sam.model.SamValleyExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.view.PacBayesFigure;
import frontierslab.panels.sam.view.PhaseMapFigure;
import frontierslab.panels.sam.view.SamValleyFigure;
import frontierslab.panels.sam.view.TwoBasinFigure;
import java.util.List;

/**
 * Lecture §4, sharpness-aware minimization: its experiments and the cards of its text. Each card quotes the lecture
 * verbatim; its note says where the runs show something else ({@code SamPanelTest} recomputes the notes' numbers
 * from the runs).
 */
public final class SamPanel {

    private SamPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("sam", "Sharpness-Aware Minimization", "§4",
                List.of(
                        new Entry<>(TwoBasinExperiment.TYPE, TwoBasinFigure::new),
                        new Entry<>(PhaseMapExperiment.TYPE, PhaseMapFigure::new),
                        new Entry<>(SamValleyExperiment.TYPE, SamValleyFigure::new),
                        new Entry<>(PacBayesExperiment.TYPE, PacBayesFigure::new)),
                List.of(
                        new Card("The SAM objective",
                                "Empirical evidence suggests that \"flat\" minima (regions where the loss changes "
                                        + "slowly) generalize better than \"sharp\" minima. SAM explicitly optimizes "
                                        + "for flatness by minimizing the maximum loss in a small neighborhood around "
                                        + "the current weights."
                                        + "\\[ \\min_w \\max_{\\|\\epsilon\\| \\le \\rho} \\mathcal{L}(w + \\epsilon) \\]",
                                null, "sam-two-basin", "lecture-demo-2", "Show the ball ‖ε‖ ≤ ρ on Demo 2"),
                        new Card("Theorem 4.1 (Derivation of the SAM Update)",
                                "To first order, the optimal perturbation \\(\\hat{\\epsilon}\\) and the resulting "
                                        + "gradient update are:"
                                        + "\\[ \\hat{\\epsilon} = \\rho \\frac{\\nabla \\mathcal{L}(w)}"
                                        + "{\\|\\nabla \\mathcal{L}(w)\\|} \\]"
                                        + "\\[ w_{k+1} = w_k - \\eta \\nabla \\mathcal{L}(w + \\hat{\\epsilon}) \\]",
                                null, "sam-two-basin", "update-up-close", "Take SAM updates one at a time"),
                        new Card("Proof of Theorem 4.1, Step 1",
                                "Step 1: Find the inner maximization. We use a Taylor expansion for the inner "
                                        + "problem:"
                                        + "\\[ \\max_{\\|\\epsilon\\| \\le \\rho} \\mathcal{L}(w + \\epsilon) \\approx "
                                        + "\\max_{\\|\\epsilon\\| \\le \\rho} \\mathcal{L}(w) + \\epsilon^T \\nabla "
                                        + "\\mathcal{L}(w) \\]"
                                        + "By the Cauchy-Schwarz inequality, \\(\\epsilon^T \\nabla \\mathcal{L}(w) \\le "
                                        + "\\|\\epsilon\\| \\|\\nabla \\mathcal{L}(w)\\|\\). The maximum is achieved when "
                                        + "\\(\\epsilon\\) is in the direction of the gradient:"
                                        + "\\[ \\hat{\\epsilon} = \\rho \\frac{\\nabla \\mathcal{L}(w)}"
                                        + "{\\|\\nabla \\mathcal{L}(w)\\|} \\]",
                                "first order is not always enough. Along the lecture's run (ρ = 0.5) ε̂ is the exact "
                                        + "maximizer ε* to within 10⁻¹⁴ in L, because L is radially symmetric about A. "
                                        + "With ρ = 1.2, at step 400 the ball reaches past the ridge: ε̂ points along "
                                        + "the diagonal towards B, where L(w + ε̂) = −0.015, while the exact maximizer "
                                        + "ε* (pink diamond) points 101° away, onto the plateau, where "
                                        + "L(w + ε*) = −0.00004.",
                                "sam-two-basin", "sam-large-rho", "Show ε̂ and ε* with ρ = 1.2"),
                        new Card("Proof of Theorem 4.1, Step 2",
                                "Step 2: Compute the outer gradient. We want the gradient of the maximized objective "
                                        + "\\(f(w) = \\mathcal{L}(w + \\hat{\\epsilon}(w))\\). By the envelope theorem "
                                        + "(or simple chain rule neglecting higher-order terms of \\(\\hat{\\epsilon}\\) "
                                        + "dependence on \\(w\\)):"
                                        + "\\[ \\nabla f(w) \\approx \\nabla \\mathcal{L}(w + \\hat{\\epsilon}) \\]"
                                        + "The SAM update is thus a gradient step evaluated at a \"perturbed\" point in "
                                        + "the sharpest ascent direction. This effectively pushes the optimization "
                                        + "towards regions where the gradient is small even after a small adversarial "
                                        + "step, which characterizes a flat minimum. \\(\\blacksquare\\)",
                                "on Demo 2 SAM is not pushed into the flat well B. Over the (η, ρ) map from the "
                                        + "lecture's start, SAM ends in B only for η ≥ 0.19 (after 1000 steps; ≥ 0.27 "
                                        + "after 100), where gradient descent is itself thrown out of A by instability "
                                        + "(from η = 0.17 on this grid). With η < 0.1 SAM leaves A only for ρ ≥ 0.885, in 128 of "
                                        + "those 340 cells (38 %), climbing slowly uphill, and stops between the wells, "
                                        + "never in B. Which cells leave depends on the horizon: after 100 steps none "
                                        + "has.",
                                "sam-phase-map", "long-runs", "Map where SAM ends (1000 steps)"),
                        new Card("Demo 2: SAM vs. SGD Comparison on a Sharp Potential",
                                "This demo compares the trajectories of SGD and SAM on a function with a sharp local "
                                        + "minimum and a flat global minimum. It shows how SAM is able to \"jump out\" "
                                        + "of the sharp minimum to find the flatter one.\n"
                                        + "# Sharp local minimum at (-2, -2), Flat global minimum at (2, 2)",
                                "the labels are swapped: A = (−2, −2) is the global minimum (L = −5 < −2) and the "
                                        + "sharp one (Hessian eigenvalues 50, 50); B = (2, 2) is local and flat "
                                        + "(2, 2). At the demo's own settings (η = 0.1, ρ = 0.5, 100 steps from "
                                        + "(−1.5, −1.5)) neither method leaves the sharp well: GD cycles about A with "
                                        + "period 8, SAM wanders inside it chaotically (twins started 10⁻¹² apart end "
                                        + "more than 0.1 apart: preset twin-runs). \"SGD\" is full-batch gradient "
                                        + "descent here. The button runs the code as written, forward differences "
                                        + "included, with exp correctly rounded. numpy's np.exp is off by one unit in "
                                        + "the last place on about 4.5 % of arguments; that moves the lecture's own GD "
                                        + "path by up to 2.5·10⁻⁷ in its first 30 steps and, SAM being chaotic, ends "
                                        + "numpy's SAM at (−1.54, −1.54) instead of (−1.85, −1.85).",
                                "sam-two-basin", "lecture-demo-2-as-coded", "Run Demo 2 as coded"),
                        new Card("Demo 2: \"jump out\"",
                                "It shows how SAM is able to \"jump out\" of the sharp minimum to find the flatter "
                                        + "one.",
                                "it is gradient descent that jumps, by instability. At η = 0.37, η·λ(A) = 18.5 > 2, "
                                        + "so GD cannot stay in A; it lands in the flat well and converges at B, where "
                                        + "η·λ(B) = 0.74 < 2. SAM at the same η, with ρ = 0.5, ends outside both "
                                        + "wells.",
                                "sam-two-basin", "gd-lands-in-flat", "Show what jumps: η = 0.37"),
                        new Card("Where SAM does find the flat minimum",
                                "This effectively pushes the optimization towards regions where the gradient is small "
                                        + "even after a small adversarial step, which characterizes a flat minimum.",
                                "on a valley of minima, ½(w₁w₂ − 1)² from (3, 0.35) with η = 0.1, gradient descent stops at "
                                        + "the sharp minimum next to its start (λ_max = 9.1, far below 2/η = 20: stable, it has "
                                        + "no reason to move); SAM with ρ = 0.1 drifts along the valley to the flattest "
                                        + "minimum (1, 1), λ = 2, in about 1,500 steps. The drift is slow (roughly ∝ ρ²), and "
                                        + "SAM never settles: over its last 300 steps it stays within 0.0215 of (1, 1). On the two far-apart wells "
                                        + "of Demo 2 this preference does not show.",
                                "sam-valley", "sam-drifts", "Show it: GD vs SAM on a valley"),
                        new Card("Example 2: PAC-Bayes derivation of SAM (Sketch)",
                                "SAM can be rigorously justified using PAC-Bayesian generalization bounds. A typical "
                                        + "PAC-Bayes bound states that with high probability:"
                                        + "\\[ \\text{TestError}(w) \\le \\text{TrainError}(w + \\text{noise}) + "
                                        + "\\sqrt{\\frac{D_{KL}(Q \\| P) + \\log(1/\\delta)}{N}} \\]"
                                        + "where \\(Q\\) is a distribution centered at \\(w\\) and \\(P\\) is a prior. "
                                        + "If we choose \\(Q\\) to be a small ball of radius \\(\\rho\\) around \\(w\\), "
                                        + "the term \\(\\text{TrainError}(w + \\text{noise})\\) is closely related to the SAM "
                                        + "objective \\(\\max_{\\|\\epsilon\\| \\le \\rho} \\mathcal{L}(w + \\epsilon)\\). "
                                        + "Thus, SAM is explicitly minimizing an upper bound on the generalization error.",
                                "the bound is about the expected loss under Q. With Q uniform in the ball of radius r it "
                                        + "never exceeds the SAM objective (preset uniform-ball); with the Gaussian "
                                        + "Q = N(w, r²I) that PAC-Bayes bounds use, it does: at the sharp minimum for r up to "
                                        + "about 0.5, at the flat one for every r ≤ 1 (a Gaussian of scale r leaves the disc of "
                                        + "radius r with probability 0.61). Both rank the minima alike: the sharp one is lower "
                                        + "at r = 0 (−5 vs −2), the flat one from r ≈ 0.45 on (SAM objective 0.451; Gaussian "
                                        + "expected loss 0.447 in closed form, 0.45 ± 0.01 by Monte Carlo).",
                                "sam-pac-bayes", "sharp-ball", "Show it: sharp vs flat as r grows")));
    }
}
