package frontierslab.panels.demos.view;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.plot.Charts;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Palette;
import frontierslab.plot.TraceSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Demo 2 as drawn: the script with its executing line and watch, the figure as the script draws it (the surface's
 * filled contours over [−4, 4]², the SGD path and the SAM path), and the checklist of the demo's claims.
 */
public final class SamDemoFigure extends CodeDemoFigure {

    /** The script's grid: np.linspace(-4, 4, 100). */
    private static final double HALF_WIDTH = 4;
    /** The script's contourf(levels=30). */
    private static final int LEVELS = 30;

    private final TraceSeries sgd;
    private final TraceSeries sam;

    public SamDemoFigure(Palette palette) {
        this(palette, contours(palette));
    }

    private SamDemoFigure(Palette palette, JFreeChart figure) {
        super(palette, "demo2.py", figure);
        XYSeriesCollection data = (XYSeriesCollection) figure.getXYPlot().getDataset();
        sgd = new TraceSeries(data.getSeries(0), "sgd_x", "sgd_y", false);
        sam = new TraceSeries(data.getSeries(1), "sam_x", "sam_y", false);
    }

    /** The script's figure: the surface's contours with the two paths. */
    private static JFreeChart contours(Palette palette) {
        JFreeChart figure = Charts.plane(palette, "SAM vs SGD: Escaping Sharp Minima", "x₁", "x₂", -HALF_WIDTH,
                HALF_WIDTH, -HALF_WIDTH, HALF_WIDTH, "SGD Path", "SAM Path");
        XYPlot plot = figure.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, palette.series(1));
        plot.getRenderer().setSeriesPaint(1, palette.series(0));
        new LandscapeLayer(100).draw(plot, palette, TwoBasinSurface::value, false, LEVELS);
        return figure;
    }

    @Override
    protected void showFigure(CodeDemoSnapshot s) {
        sgd.update(s.trace());
        sam.update(s.trace());
    }
}
