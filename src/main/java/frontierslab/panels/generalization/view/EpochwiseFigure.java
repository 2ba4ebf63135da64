package frontierslab.panels.generalization.view;

import frontierslab.panels.generalization.model.EpochwiseExperiment.EpochwiseSnapshot;
import frontierslab.panels.generalization.model.EpochwiseExperiment.EpochwiseSummary;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.util.List;

/**
 * {@code dd-epochwise} drawn over log t: the test error with its fast-block and slow-block parts and lines at the
 * first minimum, the peak and the second minimum; and the training error, which only falls.
 */
public final class EpochwiseFigure implements ExperimentFigure<EpochwiseSnapshot> {

    private final SweepChart test;
    private final SweepChart train;

    public EpochwiseFigure(Palette palette) {
        test = new SweepChart(palette, "Test error over training time", "GD step t (log scale)",
                "test error (log scale)", true, "", "test error", "fast block's part", "slow block's part");
        var renderer = test.chart().getXYPlot().getRenderer();
        renderer.setSeriesStroke(1, palette.thinLine());
        renderer.setSeriesStroke(2, palette.thinLine());
        train = new SweepChart(palette, "Training error", "GD step t (log scale)", "training error", false, "",
                "training error");
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("test-error", test.chart()), new FigureChart("train-error", train.chart()));
    }

    @Override
    public int columns() {
        return 1;
    }

    @Override
    public void show(EpochwiseSnapshot s) {
        double[] t = s.t();
        test.bold(0, t, s.test());
        test.bold(1, t, s.fastPart());
        test.bold(2, t, s.slowPart());
        train.bold(0, t, s.train());
        int[] idx = {s.firstMin(), s.peak(), s.secondMin()};
        String[] names = {"first minimum", "peak", "second minimum"};
        int count = 0;
        for (int i : idx) {
            if (i >= 0) {
                count++;
            }
        }
        double[] xs = new double[count];
        String[] labels = new String[count];
        int k = 0;
        for (int j = 0; j < idx.length; j++) {
            if (idx[j] >= 0) {
                xs[k] = t[idx[j]];
                labels[k++] = names[j];
            }
        }
        test.lines(xs, labels, new double[0], new String[0]);
        test.domain(t[0], t[t.length - 1]);
        train.domain(t[0], t[t.length - 1]);
        double[] e = test.extent(s.test(), s.fastPart(), s.slowPart());
        if (e != null) {
            test.range(Math.max(1e-12, 0.5 * e[0]), Math.max(2 * e[1], 1e-11));
        }
        train.range(0, 1.05);
    }

    @Override
    public List<Readout> readouts(EpochwiseSnapshot s) {
        EpochwiseSummary m = s.summary();
        return List.of(
                Readout.number("first", "first minimum", Summaries.number(m.firstMin()), ""),
                Readout.number("peak", "peak", Summaries.number(m.peak()), ""),
                Readout.number("second", "second minimum", Summaries.number(m.secondMin()), ""),
                Readout.number("final", "at the end", m.finalTestError(), ""));
    }
}
