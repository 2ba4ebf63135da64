package frontierslab.math.eos;

/** A minimum (w₁, w₂) of a valley with its sharpness λ_max(∇²L) there, a vertex of a drawn valley. */
public record ValleyPoint(double w1, double w2, double sharpness) {

    public double[] toArray() {
        return new double[] {w1, w2};
    }
}
