package frontierslab.math.optim;

/**
 * Nesterov's accelerated gradient in the momentum form of Sutskever, Martens, Dahl and Hinton ("On the importance of
 * initialization and momentum in deep learning", ICML 2013, eq. 3–4): the gradient is taken at the look-ahead point
 * w + βv,
 * <pre>
 *   v ← β v − η ∇f(w + β v)
 *   w ← w + v
 * </pre>
 * with velocity v = 0 at the start.
 *
 * <p>On f = ½λx² the pair (w, v) is multiplied each step by [[1 − ηλ, β(1 − ηλ)], [−ηλ, β(1 − ηλ)]], with characteristic
 * polynomial z² − (1 + β)(1 − ηλ)z + β(1 − ηλ); for 0 ≤ β &lt; 1 it is stable iff 0 &lt; ηλ &lt; (2 + 2β)/(1 + 2β).
 */
public final class Nesterov extends MomentumMethod {

    /** @param momentum β ∈ [0, 1) */
    public Nesterov(double learningRate, double momentum) {
        super(learningRate, momentum, true);
    }
}
