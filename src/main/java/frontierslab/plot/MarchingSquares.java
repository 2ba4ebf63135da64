package frontierslab.plot;

import java.awt.geom.Path2D;

/**
 * Iso-lines of a field sampled on a regular grid by marching squares: each grid cell is classified by which of its four
 * corners lie above the level, and the level's crossing points on the cell's edges, found by linear interpolation, are
 * joined by one or two segments (the saddle cases are split by the cell's mean value).
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /**
     * The segments where the field equals {@code level}, in data coordinates.
     *
     * @param values values[j][i] at x = xMin + i·(xMax − xMin)/(nx − 1), y = yMin + j·(yMax − yMin)/(ny − 1)
     */
    public static Path2D.Double isoLine(double[][] values, double xMin, double xMax, double yMin, double yMax,
                                        double level) {
        int ny = values.length;
        int nx = values[0].length;
        double dx = (xMax - xMin) / (nx - 1);
        double dy = (yMax - yMin) / (ny - 1);
        Path2D.Double path = new Path2D.Double();
        double[] px = new double[4];
        double[] py = new double[4];
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                double a = values[j][i];
                double b = values[j][i + 1];
                double c = values[j + 1][i + 1];
                double d = values[j + 1][i];
                if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
                    continue;
                }
                int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                double x0 = xMin + i * dx;
                double y0 = yMin + j * dy;
                // crossing points on the four edges: bottom (a-b), right (b-c), top (d-c), left (a-d)
                int n = 0;
                if ((a > level) != (b > level)) {
                    px[n] = x0 + dx * (level - a) / (b - a);
                    py[n++] = y0;
                }
                if ((b > level) != (c > level)) {
                    px[n] = x0 + dx;
                    py[n++] = y0 + dy * (level - b) / (c - b);
                }
                if ((d > level) != (c > level)) {
                    px[n] = x0 + dx * (level - d) / (c - d);
                    py[n++] = y0 + dy;
                }
                if ((a > level) != (d > level)) {
                    px[n] = x0;
                    py[n++] = y0 + dy * (level - a) / (d - a);
                }
                if (n == 2) {
                    segment(path, px[0], py[0], px[1], py[1]);
                } else if (n == 4) {
                    boolean centreAbove = (a + b + c + d) / 4 > level;
                    boolean aAbove = a > level;
                    if (centreAbove == aAbove) {
                        segment(path, px[0], py[0], px[1], py[1]);
                        segment(path, px[2], py[2], px[3], py[3]);
                    } else {
                        segment(path, px[0], py[0], px[3], py[3]);
                        segment(path, px[1], py[1], px[2], py[2]);
                    }
                }
            }
        }
        return path;
    }

    private static void segment(Path2D.Double path, double x0, double y0, double x1, double y1) {
        path.moveTo(x0, y0);
        path.lineTo(x1, y1);
    }
}
