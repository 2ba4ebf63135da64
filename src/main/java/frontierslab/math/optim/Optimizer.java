package frontierslab.math.optim;

import frontierslab.math.landscape.Landscape;

/**
 * One first-order update rule w ← w − η·(direction). An optimizer may keep state between steps (a velocity, a
 * step counter); {@link #reset()} clears it. Instances are owned by one thread.
 */
public interface Optimizer {

    /** Advances w in place by one update on f. */
    void step(Landscape f, double[] w);

    /** Forgets any state carried between steps. */
    default void reset() {
    }
}
