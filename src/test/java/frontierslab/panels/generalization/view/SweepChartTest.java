package frontierslab.panels.generalization.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import org.junit.jupiter.api.Test;

/** The labels of the vertical lines stay inside the plot: on the side of the line with more room. */
class SweepChartTest {

    private static SweepChart chart() {
        return new SweepChart(Palette.of(Theme.PROJECTOR), "Test error", "t (log scale)", "test error", true,
                "each seed", "test error");
    }

    /** dd-epochwise: the first minimum near t = 3 of 1 … 4·10⁵ was cut to "imum" by the plot's left edge. */
    @Test
    void aLineInTheLeftHalfOfALogAxisHasItsLabelOnItsRightAndOneInTheRightHalfOnItsLeft() {
        SweepChart chart = chart();
        chart.domain(1, 4.2e5);
        chart.lines(new double[] {3.4, 72.6, 27630}, new String[] {"first minimum", "peak", "second minimum"},
                new double[0], new String[0]);
        assertTrue(chart.labelOnTheRight(0));
        assertTrue(chart.labelOnTheRight(1), "10^1.86 lies in the left half of 10^0 … 10^5.6");
        assertFalse(chart.labelOnTheRight(2));
    }

    /** The side follows the axis when its range is set after the lines (the figures set the range last). */
    @Test
    void theSideIsChosenAgainWhenTheRangeChangesAfterTheLines() {
        SweepChart chart = chart();
        chart.domain(1, 100);
        chart.lines(new double[] {30}, new String[] {"n"}, new double[0], new String[0]);
        assertFalse(chart.labelOnTheRight(0));
        chart.domain(1, 1e4);
        assertTrue(chart.labelOnTheRight(0), "30 is in the left half of 1 … 10⁴");
    }
}
