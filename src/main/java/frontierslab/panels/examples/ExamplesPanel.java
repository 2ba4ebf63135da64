package frontierslab.panels.examples;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.examples.model.PowerLawExample;
import frontierslab.panels.examples.model.TwoWeightsExample;
import frontierslab.panels.examples.view.PowerLawExampleFigure;
import frontierslab.panels.examples.view.TwoWeightsExampleFigure;
import java.util.List;

/**
 * Lecture §6, worked examples: each sentence of an example is a row checked against a run (its formula, the run's
 * value, holds or fails, and why), recomputed whenever a number in it is dragged; Step reveals the next line. The
 * cards quote the lecture verbatim.
 */
public final class ExamplesPanel {

    private ExamplesPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("examples", "Worked Examples", "§6",
                List.of(
                        new Entry<>(PowerLawExample.TYPE, PowerLawExampleFigure::new),
                        new Entry<>(TwoWeightsExample.TYPE, TwoWeightsExampleFigure::new)),
                List.of(
                        new Card("Example 1: EoS in a 1D Power-Law Potential",
                                "Consider \\(f(x) = |x|^{2.1}\\). The Hessian is \\(f''(x) = 2.1 \\times 1.1 \\times "
                                        + "|x|^{0.1}\\). Note that \\(f''(x) \\to \\infty\\) as \\(x \\to \\infty\\), and "
                                        + "\\(f''(x) \\to 0\\) as \\(x \\to 0\\). If we use a fixed step size "
                                        + "\\(\\eta\\):",
                                null, "example-1-power-law", "lecture-example-1", "Check it line by line"),
                        new Card("Example 1, the two cases",
                                "If \\(|x|\\) is large, the curvature is high. If \\(\\eta f''(x) > 2\\), the iterate "
                                        + "\\(x_{t+1}\\) will be larger in magnitude than \\(x_t\\), but with opposite "
                                        + "sign. This \"kicks\" the model back towards the origin. As the model "
                                        + "approaches the origin, \\(f''(x)\\) decreases. Eventually, it reaches a point "
                                        + "where \\(\\eta f''(x) = 2\\). This is the \"Edge of Stability\" for this "
                                        + "non-quadratic potential.",
                                null, "example-1-power-law", "above-the-true-edge", "Start above the true edge"),
                        new Card("Example 2: PAC-Bayes derivation of SAM (Sketch)",
                                "SAM can be rigorously justified using PAC-Bayesian generalization bounds. A typical "
                                        + "PAC-Bayes bound states that with high probability:"
                                        + "\\[ \\text{TestError}(w) \\le \\text{TrainError}(w + \\text{noise}) + "
                                        + "\\sqrt{\\frac{D_{KL}(Q \\| P) + \\log(1/\\delta)}{N}} \\]"
                                        + "where \\(Q\\) is a distribution centered at \\(w\\) and \\(P\\) is a prior.",
                                null, null, null, null),
                        new Card("Example 3: Implicit Bias in 1D Linear Regression",
                                "Suppose we want to solve \\(y = w x\\) for \\(x, y \\in \\mathbb{R}\\). Infinitely "
                                        + "many \\(w\\) solve this? No, only one. But what if we have two parameters "
                                        + "\\(w_1, w_2\\) such that \\(y = (w_1 + w_2) x\\)? Now there are infinitely "
                                        + "many \\((w_1, w_2)\\) such that \\(w_1 + w_2 = y/x\\). Gradient Descent "
                                        + "updates: \\(\\dot{w}_1 = -(w_1+w_2-y/x)\\) \\(\\dot{w}_2 = -(w_1+w_2-y/x)\\)",
                                null, "example-3-two-weights", "lecture-example-3", "Check it line by line"),
                        new Card("Example 3, the conclusion",
                                "Notice \\(\\dot{w}_1 = \\dot{w}_2\\). This implies \\(w_1(t) - w_2(t) = w_1(0) - "
                                        + "w_2(0)\\). If we initialize \\(w_1(0) = w_2(0) = 0\\), then \\(w_1(t) = "
                                        + "w_2(t)\\) for all \\(t\\). The final solution will be \\(w_1 = w_2 = "
                                        + "\\frac{1}{2} \\frac{y}{x}\\).",
                                null, "example-3-two-weights", "unbalanced-start", "Start unbalanced")));
    }
}
