package frontierslab.panels.demos.view;

import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.panels.demos.model.RealPython;
import frontierslab.panels.demos.model.RealPython.Comparison;
import frontierslab.panels.demos.model.RealPython.Line;
import frontierslab.panels.demos.model.RealPython.Plotted;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Trace;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of "Run the real Python": the app's own figure for the whole run, and the distance between numpy's data
 * and the app's point by point on a log axis (one curve per plotted line; points where the two agree to the last bit
 * are left out), with the threshold at which two paths count as parted.
 */
public final class PythonComparisonCharts {

    private PythonComparisonCharts() {
    }

    /** The app's figure of the whole run (the chart the script's figure corresponds to), drawn into an image. */
    public static BufferedImage appFigure(ExperimentFigure<Snapshot> figure, CodeDemoSnapshot run, int width,
                                          int height) {
        figure.show(run);
        JFreeChart chart = figure.charts().stream().filter(c -> c.id().equals("figure")).findFirst()
                .map(FigureChart::chart).orElseThrow();
        return chart.createBufferedImage(width, height);
    }

    /** |numpy − app| per point, for each plotted line. */
    public static JFreeChart differences(Palette palette, Comparison c, List<Plotted> plotted) {
        String[] names = plotted.stream().map(p -> p.label().replace("$\\eta \\lambda_{max}$", "η λ_max"))
                .toArray(String[]::new);
        JFreeChart chart = Charts.curves(palette, "numpy − app, point by point (largest "
                + frontierslab.sim.Numbers.format(c.largest()) + ")", "point", "|Δ|", true, names);
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        Trace.View app = c.app().trace();
        for (int k = 0; k < plotted.size(); k++) {
            Plotted p = plotted.get(k);
            Line line = c.run().lines().stream().filter(l -> l.label().equals(p.label())).findFirst().orElseThrow();
            XYSeries series = data.getSeries(k);
            for (int i = 0; i < Math.min(line.y().length, app.rows()); i++) {
                double d = Math.abs(line.y()[i] - app.get(i, p.yColumn()));
                if (p.xColumn() != null) {
                    d = Math.hypot(d, line.x()[i] - app.get(i, p.xColumn()));
                }
                if (d > 0 && Double.isFinite(d)) {
                    series.add(i, d);
                }
            }
        }
        Charts.horizontalLine(palette, chart.getXYPlot(), RealPython.PARTED, "parted");
        return chart;
    }
}
