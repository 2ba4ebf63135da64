package frontierslab.panels.demos.view;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.panels.examples.view.DerivationPlot;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Demo 2 as drawn: the script with its executing line and watch, the figure as the script draws it (the surface's
 * filled contours over [−4, 4]², the SGD path and the SAM path), and the checklist of the demo's claims.
 */
public final class SamDemoFigure implements ExperimentFigure<CodeDemoSnapshot> {

    /** The script's grid: np.linspace(-4, 4, 100). */
    private static final double HALF_WIDTH = 4;
    /** The script's contourf(levels=30). */
    private static final int LEVELS = 30;

    private final CodePlot code;
    private final DerivationPlot claims;
    private final TraceSeries sgd;
    private final TraceSeries sam;
    private final List<FigureChart> charts;

    public SamDemoFigure(Palette palette) {
        code = new CodePlot(palette);
        JFreeChart codeChart = new JFreeChart("demo2.py, as it runs", palette.font(Font.BOLD, 15), code, false);
        Charts.style(codeChart, palette);
        JFreeChart figure = Charts.plane(palette, "SAM vs SGD: Escaping Sharp Minima", "x₁", "x₂", -HALF_WIDTH,
                HALF_WIDTH, -HALF_WIDTH, HALF_WIDTH, "SGD Path", "SAM Path");
        XYPlot plot = figure.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, palette.series(1));
        plot.getRenderer().setSeriesPaint(1, palette.series(0));
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        sgd = new TraceSeries(data.getSeries(0), "sgd_x", "sgd_y", false);
        sam = new TraceSeries(data.getSeries(1), "sam_x", "sam_y", false);
        new LandscapeLayer(100).draw(plot, palette, TwoBasinSurface::value, false, LEVELS);
        claims = new DerivationPlot(palette);
        JFreeChart claimsChart = new JFreeChart("What the text claims, and this run", palette.font(Font.BOLD, 15),
                claims, false);
        Charts.style(claimsChart, palette);
        charts = List.of(new FigureChart("code", codeChart), new FigureChart("figure", figure),
                new FigureChart("claims", claimsChart));
    }

    @Override
    public List<FigureChart> charts() {
        return charts;
    }

    @Override
    public void show(CodeDemoSnapshot s) {
        code.show(s.code(), s.line(), s.watch());
        claims.setRows(s.claims(), s.claims().size());
        sgd.update(s.trace());
        sam.update(s.trace());
    }

    @Override
    public List<Readout> readouts(CodeDemoSnapshot s) {
        return List.of(Readout.count("line", "line", s.line()),
                Readout.count("iteration", "iteration", ((Number) s.summary().get("iteration")).longValue()));
    }
}
