package frontierslab.sim;

import java.util.Arrays;
import java.util.List;

/**
 * An append-only table of doubles with named, lower-case columns: one row per recorded step. It is the data behind a
 * run's charts and its CSV file.
 *
 * <p>One thread appends; {@link #view()} hands any other thread an immutable view of the rows written so far in O(1).
 * Rows below a view's length are never written again (growth copies into new arrays), so a view published through a
 * volatile or atomic reference is safe to read without locks.
 */
public final class Trace {

    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();

    private final long serial = SERIALS.incrementAndGet();
    private final List<String> columns;
    private double[][] data;
    private int rows;

    public Trace(String... columns) {
        this.columns = List.of(columns);
        this.data = new double[columns.length][64];
    }

    public List<String> columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return i;
    }

    /** Appends one row, one value per column in order. */
    public void append(double... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row of " + row.length + " values for " + columns.size() + " columns");
        }
        if (rows == data[0].length) {
            double[][] grown = new double[columns.size()][];
            for (int c = 0; c < grown.length; c++) {
                grown[c] = Arrays.copyOf(data[c], rows * 2);
            }
            data = grown;
        }
        for (int c = 0; c < row.length; c++) {
            data[c][rows] = row[c];
        }
        rows++;
    }

    public double get(int row, int column) {
        return data[column][row];
    }

    /** A new trace (a new run for the charts) holding a copy of these rows, to append to independently. */
    public Trace copy() {
        Trace copy = new Trace(columns.toArray(String[]::new));
        copy.data = new double[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            copy.data[c] = Arrays.copyOf(data[c], Math.max(rows, 1));
        }
        copy.rows = rows;
        return copy;
    }

    /** The bytes of the rows written so far. */
    public long bytes() {
        return (long) rows * columns.size() * Double.BYTES;
    }

    public double last(String column) {
        return data[column(column)][rows - 1];
    }

    /** An immutable view of the rows written so far. */
    public View view() {
        return new View(serial, columns, data, rows);
    }

    /**
     * The first {@code rows} rows of a trace, frozen. {@code serial} names the trace it came from: a view with another
     * serial belongs to another run, and a chart drawing it starts over.
     */
    public record View(long serial, List<String> columns, double[][] data, int rows) {

        public static View empty(String... columns) {
            return new Trace(columns).view();
        }

        public int column(String name) {
            int i = columns.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + columns);
            }
            return i;
        }

        public double get(int row, String column) {
            return data[column(column)][row];
        }

        public double get(int row, int column) {
            return data[column][row];
        }

        /** A copy of one column's first {@code rows} values. */
        public double[] column(String name, int rowsWanted) {
            return Arrays.copyOf(data[column(name)], Math.min(rowsWanted, rows));
        }

        public double[] columnValues(String name) {
            return column(name, rows);
        }

        /** The largest finite value of a column, or 0 if none is larger (missing measurements are skipped). */
        public double largestFinite(String name) {
            double max = 0;
            int c = column(name);
            for (int r = 0; r < rows; r++) {
                double v = data[c][r];
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
            return max;
        }

        /** The same data cut to its first n rows (a presenter scrubbing back through a run). */
        public View head(int n) {
            return new View(serial, columns, data, Math.max(0, Math.min(n, rows)));
        }

        public boolean isEmpty() {
            return rows == 0;
        }
    }
}
