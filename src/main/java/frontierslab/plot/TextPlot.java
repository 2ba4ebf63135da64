package frontierslab.plot;

/**
 * A plot that draws text rather than axes (a derivation table, a program listing). It shrinks its text to fit its area,
 * but never below {@link #smallestTextSize()}, so that a test can hold it to the projector's minimum as it holds axis
 * ticks.
 */
public interface TextPlot {

    /** The smallest font size, in pixels, this plot ever draws text at. */
    double smallestTextSize();
}
