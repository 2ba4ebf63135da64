package frontierslab.panels.examples.view;

import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.DerivationSnapshot;
import frontierslab.panels.examples.model.Verdict;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A worked example as drawn: the derivation table first, then the charts of the run its rows are checked against
 * (given by the example), and tiles counting the lines that hold and fail.
 */
public abstract class DerivationFigure implements ExperimentFigure<DerivationSnapshot> {

    private final DerivationPlot derivation;
    private final List<FigureChart> charts = new ArrayList<>();

    protected DerivationFigure(Palette palette) {
        derivation = new DerivationPlot(palette);
        JFreeChart chart = new JFreeChart("Each sentence against this run", palette.font(Font.BOLD, 15), derivation, false);
        Charts.style(chart, palette);
        charts.add(new FigureChart("derivation", chart));
    }

    /** Adds a chart of the run, after the derivation. */
    protected final void addRunChart(FigureChart chart) {
        charts.add(chart);
    }

    @Override
    public final List<FigureChart> charts() {
        return charts;
    }

    @Override
    public int columns() {
        return 1;
    }

    @Override
    public final void show(DerivationSnapshot snapshot) {
        derivation.setRows(snapshot.revealed(), snapshot.rows().size());
        showRun(snapshot);
    }

    /** Draws the run behind the rows. */
    protected abstract void showRun(DerivationSnapshot snapshot);

    @Override
    public List<Readout> readouts(DerivationSnapshot snapshot) {
        List<DerivationRow> shown = snapshot.revealed();
        return List.of(
                Readout.count("line", "line", shown.size()),
                Readout.count("holds", "hold ✓", shown.stream().filter(r -> r.verdict() == Verdict.HOLDS).count()),
                Readout.count("fails", "fail ✗", shown.stream().filter(r -> r.verdict() == Verdict.FAILS).count()));
    }

    DerivationPlot derivationPlot() {
        return derivation;
    }
}
