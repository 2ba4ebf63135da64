package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class FigureLayoutTest {

    @Test
    void rowsAreAsTallAsTheirSharesAndEqualWithoutThem() {
        assertArrayEquals(new double[] {0, 5.0 / 9, 1}, FigureLayout.rowTops(2, new double[] {5, 4}), 1e-12);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1}, FigureLayout.rowTops(3, null), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 1}, FigureLayout.rowTops(2, new double[] {1, 2, 3}), 1e-12,
                "shares for another number of rows (some charts hidden) give equal rows");
    }

    @Test
    void theChartsStackedBesideTheFirstSplitTheColumnByTheirShares() {
        // the hero layout: the code in the first column, the figure and the claims stacked in the second
        int[] figure = FigureLayout.cell(1, 3, 2);
        int[] claims = FigureLayout.cell(2, 3, 2);
        double[] tops = FigureLayout.rowTops(FigureLayout.rows(3, 2), new double[] {5, 4});
        assertArrayEquals(new double[] {0, 5.0 / 9}, new double[] {tops[figure[1]], tops[figure[1] + figure[2]]}, 1e-12);
        assertArrayEquals(new double[] {5.0 / 9, 1}, new double[] {tops[claims[1]], tops[claims[1] + claims[2]]}, 1e-12);
    }
}
