package frontierslab.math.optim;

/**
 * Polyak's heavy-ball momentum (B. T. Polyak, "Some methods of speeding up the convergence of iteration methods",
 * USSR Comput. Math. Math. Phys. 4(5), 1964):
 * <pre>
 *   v ← β v − η ∇f(w)
 *   w ← w + v
 * </pre>
 * with velocity v = 0 at the start. Equivalently w_{t+1} = w_t − η∇f(w_t) + β(w_t − w_{t−1}).
 *
 * <p>On f = ½λx² the pair (w, v) is multiplied each step by [[1 − ηλ, β], [−ηλ, β]], whose characteristic polynomial is
 * z² − (1 + β − ηλ)z + β; for 0 ≤ β &lt; 1 both roots lie inside the unit circle iff 0 &lt; ηλ &lt; 2 + 2β.
 */
public final class HeavyBall extends MomentumMethod {

    /** @param momentum β ∈ [0, 1) */
    public HeavyBall(double learningRate, double momentum) {
        super(learningRate, momentum, false);
    }
}
