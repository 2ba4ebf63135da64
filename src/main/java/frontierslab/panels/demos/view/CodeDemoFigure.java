package frontierslab.panels.demos.view;

import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.panels.examples.view.DerivationPlot;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A coding demo as drawn: the script with its executing line and watch, the figure as the script draws it (given by
 * the demo), and the checklist of the demo's claims; tiles for the line and the loop's iteration.
 */
public abstract class CodeDemoFigure implements ExperimentFigure<CodeDemoSnapshot> {

    private final CodePlot code;
    private final DerivationPlot claims;
    private final List<FigureChart> charts;

    protected CodeDemoFigure(Palette palette, String script, JFreeChart figure) {
        code = new CodePlot(palette);
        JFreeChart codeChart = new JFreeChart(script + ", as it runs", palette.font(Font.BOLD, 15), code, false);
        Charts.style(codeChart, palette);
        claims = new DerivationPlot(palette);
        JFreeChart claimsChart = new JFreeChart("What the text claims, and this run", palette.font(Font.BOLD, 15),
                claims, false);
        Charts.style(claimsChart, palette);
        charts = List.of(new FigureChart("code", codeChart), new FigureChart("figure", figure),
                new FigureChart("claims", claimsChart));
    }

    @Override
    public final List<FigureChart> charts() {
        return charts;
    }

    /** Beside the code, the script's own figure gets five ninths of the height and the claims four. */
    @Override
    public double[] rowShares() {
        return new double[] {5, 4};
    }

    @Override
    public final void show(CodeDemoSnapshot s) {
        code.show(s.code(), s.line(), s.watch());
        claims.setRows(s.claims(), s.claims().size());
        showFigure(s);
    }

    /** Draws the data the script has recorded so far into its figure. */
    protected abstract void showFigure(CodeDemoSnapshot s);

    @Override
    public final List<Readout> readouts(CodeDemoSnapshot s) {
        return List.of(Readout.count("line", "line", s.line()),
                Readout.count("iteration", "iteration", s.summary().iteration()));
    }

    CodePlot codePlot() {
        return code;
    }
}
