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

    /** {column, row, rowSpan} of chart i. */
    public static int[] cell(int i, int count, int columns) {
        if (hero(count, columns)) {
            return i == 0 ? new int[] {0, 0, count - 1} : new int[] {1, i - 1, 1};
        }
        return new int[] {i % columns, i / columns, 1};
    }
}
