package frontierslab.math.eos;

import frontierslab.math.landscape.EllipseValley;
import frontierslab.math.landscape.ProductValley;
import frontierslab.math.landscape.ProductValley.Loss;

/**
 * Configurations of gradient descent on a valley of minima that show the edge-of-stability drift clearly; each one's
 * claim is checked by a test against the run itself (PresetTest).
 */
public enum ValleyPreset {

    /**
     * log cosh: drift to 2/η: From a very unbalanced start (sharpness of the nearby minima about 3×2/η) gradient
     * descent oscillates across the valley and drifts along it, settling at a minimum just below 2/η.
     */
    LOG_COSH_DRIFT(Valley.of(new ProductValley(1.0, Loss.LOG_COSH)), 5.5, 0.3, 0.2, 3000),
    /**
     * square loss: divergence: The same start and η with ℓ(s) = s²/2: the loss does not flatten out, the oscillation
     * feeds on itself and the run diverges within a few steps.
     */
    SQUARE_LOSS_DIVERGES(Valley.of(new ProductValley(1.0, Loss.SQUARE)), 5.5, 0.3, 0.2, 3000),
    /**
     * log cosh: large η: A milder start with η = 0.5: a few large oscillations, then convergence to a minimum with
     * sharpness about 0.9×2/η.
     */
    LOG_COSH_LARGE_STEP(Valley.of(new ProductValley(1.0, Loss.LOG_COSH)), 2.5, 0.3, 0.5, 1000),
    /**
     * square loss: catapult: The same as the previous preset with ℓ(s) = s²/2: one large catapult throws the iterate
     * to the other branch of the valley, near the flattest minimum (−1, −1), far below 2/η.
     */
    SQUARE_LOSS_CATAPULT(Valley.of(new ProductValley(1.0, Loss.SQUARE)), 2.5, 0.3, 0.5, 1000),
    /**
     * ellipse: drift to 2/η: On (1 − x²/4 − y²)² from near the sharpest minimum: hundreds of oscillations across the
     * ellipse while drifting along it, ending within about 1 % below 2/η.
     */
    ELLIPSE_DRIFT(Valley.of(new EllipseValley(0.25)), 0.05, 1.2, 0.3, 3000),
    /**
     * ellipse: nowhere flat enough: With a = 0.5 the flattest minima have sharpness 8a = 4 = 2/η: no minimum is stable
     * and the run keeps oscillating across the valley around the flattest point.
     */
    ELLIPSE_NO_STABLE_MINIMUM(Valley.of(new EllipseValley(0.5)), 1.0, 0.5, 0.5, 5000);

    private final Valley valley;
    private final double startX;
    private final double startY;
    private final double learningRate;
    private final int steps;

    ValleyPreset(Valley valley, double startX, double startY, double learningRate, int steps) {
        this.valley = valley;
        this.startX = startX;
        this.startY = startY;
        this.learningRate = learningRate;
        this.steps = steps;
    }

    public Valley valley() {
        return valley;
    }

    public double[] start() {
        return new double[] {startX, startY};
    }

    public double learningRate() {
        return learningRate;
    }

    public int steps() {
        return steps;
    }

    public ValleyRun.Result run() {
        return ValleyRun.run(valley, start(), learningRate, steps);
    }
}
