package frontierslab.plot;

/**
 * Where each chart of a figure goes in its grid, on screen and in exported files alike. With an odd number of charts
 * in two columns, the first (the landscape, the main view) takes the whole first column and the others stack beside it.
 */
public final class FigureLayout {

    private FigureLayout() {
    }

    private static boolean hero(int count, int columns) {
        return columns == 2 && count % 2 == 1 && count > 1;
    }

    public static int rows(int count, int columns) {
        return hero(count, columns) ? count - 1 : (count + columns - 1) / columns;
    }

    /**
     * Where each row begins, as a fraction of the grid's height, and 1 at the end: {@code rows + 1} values. Rows are
     * as tall as their {@code shares}, or equal when there are none or not one a row.
     */
    public static double[] rowTops(int rows, double[] shares) {
        boolean given = shares != null && shares.length == rows;
        double total = given ? java.util.Arrays.stream(shares).sum() : rows;
        double[] tops = new double[rows + 1];
        for (int r = 0; r < rows; r++) {
            tops[r + 1] = tops[r] + (given ? shares[r] : 1) / total;
        }
        tops[rows] = 1;
        return tops;
    }

    /** {column, row, rowSpan} of chart i. */
    public static int[] cell(int i, int count, int columns) {
        if (hero(count, columns)) {
            return i == 0 ? new int[] {0, 0, count - 1} : new int[] {1, i - 1, 1};
        }
        return new int[] {i % columns, i / columns, 1};
    }
}
