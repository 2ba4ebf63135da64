package frontierslab.panels.generalization.view;

import static frontierslab.plot.Palette.mix;

import frontierslab.math.grok.FourierAnalysis;
import frontierslab.panels.generalization.model.GrokExperiment.Change;
import frontierslab.panels.generalization.model.GrokExperiment.GrokSnapshot;
import frontierslab.panels.generalization.model.GrokExperiment.Measurement;
import frontierslab.plot.BlockAxis;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.HeatMapAnnotation;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import frontierslab.sim.Trace;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code grok-modadd} drawn: train and test accuracy over the steps (the main chart), both losses, the weight norm ‖θ‖,
 * the Fourier measures beside test accuracy (they rise first), the per-unit spectra of A, B and W₂ (units sorted by
 * their top frequency in A, each row scaled to its largest), the embedding A[r] in the plane of one frequency, joined
 * in the order of f·r mod P and labelled at r = 0, 1, 2 (a clock when the network has grokked), and the (a, b) grid
 * of right and wrong answers with the training pairs marked. The step axis is logarithmic or
 * linear; every change of lr or weight decay is marked.
 */
public final class GrokFigure implements ExperimentFigure<GrokSnapshot> {

    private final Palette palette;
    private final JFreeChart accuracy;
    private final JFreeChart loss;
    private final JFreeChart norm;
    private final JFreeChart fourier;
    private final JFreeChart spectrum;
    private final JFreeChart clock;
    private final JFreeChart grid;
    private final List<JFreeChart> overSteps;
    private final List<TraceSeries> feeds = new ArrayList<>();
    private final List<ValueMarker> changeMarkers = new ArrayList<>();
    private List<Change> drawnChanges = List.of();
    private Boolean drawnLog;
    private Measurement drawnMeasurement;
    private HeatMapAnnotation spectrumCells;
    private HeatMapAnnotation gridCells;
    private final List<XYTextAnnotation> clockLabels = new ArrayList<>();
    private final BlockAxis blocks = new BlockAxis("f = 1…(P−1)/2");
    /** The annotation groups this figure owns, per chart and layer (it never removes annotations one by one). */
    private final java.util.Map<JFreeChart, java.util.Map<Layer, Marks>> groups = new java.util.IdentityHashMap<>();

    public GrokFigure(Palette palette) {
        this.palette = palette;
        accuracy = Charts.curves(palette, "Accuracy", "step", "accuracy", false, "train", "test");
        loss = Charts.curves(palette, "Loss", "step", "loss (log scale)", true, "train", "test");
        norm = Charts.curves(palette, "Weight norm", "step", "‖θ‖", false, "‖θ‖");
        fourier = Charts.curves(palette, "Fourier measures", "step", "fraction", false,
                "top share", "aligned", "test acc.");
        fourier.getXYPlot().getRenderer().setSeriesStroke(2, palette.dashed());
        fourier.getXYPlot().getRenderer().setSeriesPaint(2, palette.muted());
        accuracy.getXYPlot().getRangeAxis().setRange(0, 1.02);
        fourier.getXYPlot().getRangeAxis().setRange(0, 1.02);
        Charts.horizontalLine(palette, accuracy.getXYPlot(), 0.95, "95 %");
        feeds.add(new TraceSeries(series(accuracy, 0), "step", "train_acc", false));
        feeds.add(new TraceSeries(series(accuracy, 1), "step", "test_acc", false));
        feeds.add(new TraceSeries(series(loss, 0), "step", "train_loss", true));
        feeds.add(new TraceSeries(series(loss, 1), "step", "test_loss", true));
        feeds.add(new TraceSeries(series(norm, 0), "step", "weight_norm", false));
        feeds.add(new TraceSeries(series(fourier, 0), "step", "top_share", false));
        feeds.add(new TraceSeries(series(fourier, 1), "step", "aligned_fraction", false));
        feeds.add(new TraceSeries(series(fourier, 2), "step", "test_acc", false));
        overSteps = List.of(accuracy, loss, norm, fourier);

        spectrum = Charts.curves(palette, "Fourier power per unit", "f = 1…(P−1)/2",
                "unit", false);
        spectrum.getXYPlot().setDomainAxis(blocks);
        spectrum.getXYPlot().setDomainGridlinesVisible(false);
        spectrum.getXYPlot().setRangeGridlinesVisible(false);
        clock = Charts.plane(palette, "Clock", "cos", "sin", -1, 1, -1, 1, "residues r = 0…P−1");
        clock.getXYPlot().getRenderer().setSeriesStroke(0, palette.thinLine());
        grid = Charts.plane(palette, "Answers", "b", "a", 0, 1, 0, 1);
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("accuracy", accuracy), new FigureChart("loss", loss),
                new FigureChart("weight-norm", norm), new FigureChart("fourier-measures", fourier),
                new FigureChart("spectrum", spectrum), new FigureChart("clock", clock),
                new FigureChart("answers", grid));
    }

    @Override
    public int columns() {
        return 4;
    }

    @Override
    public void show(GrokSnapshot s) {
        boolean log = s.params().logSteps();
        if (drawnLog == null || drawnLog != log) {
            for (JFreeChart c : overSteps) {
                ValueAxis axis = log ? Charts.logAxis("step (log scale)") : new NumberAxis("step");
                c.getXYPlot().setDomainAxis(axis);
                Charts.style(c, palette);
            }
            drawnLog = log;
        }
        for (TraceSeries f : feeds) {
            f.update(s.trace());
        }
        double lastStep = Math.max(10, s.step());
        for (JFreeChart c : overSteps) {
            c.getXYPlot().getDomainAxis().setRange(log ? 1 : 0, log ? lastStep * 1.05 : lastStep);
            // the value axes were fitted to the rows inside the old step range (JFreeChart bounds visible data only)
            c.getXYPlot().configureRangeAxes();
        }
        if (!s.changes().equals(drawnChanges)) {
            for (ValueMarker m : changeMarkers) {
                for (JFreeChart c : overSteps) {
                    c.getXYPlot().removeDomainMarker(m);
                }
            }
            changeMarkers.clear();
            for (Change c : s.changes()) {
                String label = (c.what().equals("lr") ? "lr" : "wd") + " → " + Readout.format(c.to());
                for (JFreeChart chart : overSteps) {
                    changeMarkers.add(Charts.verticalLine(palette, chart.getXYPlot(), Math.max(c.step(), 1), label));
                }
            }
            drawnChanges = s.changes();
        }
        if (s.measurement() != drawnMeasurement) {
            showSpectrum(s.measurement());
            showClock(s.measurement(), s.params().modulus());
            showGrid(s.measurement(), s.params().modulus());
            drawnMeasurement = s.measurement();
        }
    }

    private void showSpectrum(Measurement m) {
        FourierAnalysis.Result f = m.fourier();
        int units = f.top()[0].length;
        int freqs = f.power()[0][0].length;
        Integer[] order = IntStream.range(0, units).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> f.top()[0][k]).thenComparingInt(k -> k));
        int gap = 1;
        int columns = 3 * freqs + 2 * gap;
        BufferedImage image = new BufferedImage(columns, units, BufferedImage.TYPE_INT_ARGB);
        Color background = palette.background();
        Color ink = palette.series(0);
        for (int y = 0; y < units; y++) {
            for (int x = 0; x < columns; x++) {
                image.setRGB(x, y, palette.grid().getRGB());
            }
        }
        for (int mat = 0; mat < 3; mat++) {
            for (int row = 0; row < units; row++) {
                int k = order[row];
                double top = 0;
                for (int q = 0; q < freqs; q++) {
                    top = Math.max(top, f.power()[mat][k][q]);
                }
                for (int q = 0; q < freqs; q++) {
                    double t = top > 0 ? f.power()[mat][k][q] / top : 0;
                    image.setRGB(mat * (freqs + gap) + q, units - 1 - row, mix(background, ink, t).getRGB());
                }
            }
        }
        XYPlot plot = spectrum.getXYPlot();
        spectrumCells = HeatMapAnnotation.cells(image, 0.5, columns + 0.5, 0, units);
        group(spectrum, Layer.BACKGROUND).set(List.of(spectrumCells));
        plot.getDomainAxis().setRange(0.5, columns + 0.5);
        plot.getRangeAxis().setRange(0, units);
        double[] centres = new double[3];
        for (int mat = 0; mat < 3; mat++) {
            centres[mat] = mat * (freqs + gap) + 0.5 + freqs / 2.0;
        }
        blocks.name(centres, "A", "B", "W₂");
        spectrum.setTitle("Spectra at step " + m.step());
        Charts.style(spectrum, palette);
    }

    private Marks group(JFreeChart chart, Layer layer) {
        return groups.computeIfAbsent(chart, c -> new java.util.HashMap<>())
                .computeIfAbsent(layer, l -> Marks.on(chart.getXYPlot(), l));
    }

    private void showClock(Measurement m, int p) {
        XYSeries points = series(clock, 0);
        XYPlot plot = clock.getXYPlot();
        clockLabels.clear();
        double reach = 0;
        for (double[] xy : m.clock()) {
            reach = Math.max(reach, Math.max(Math.abs(xy[0]), Math.abs(xy[1])));
        }
        reach = reach > 0 ? reach * 1.25 : 1;
        points.setNotify(false);
        points.clear();
        Integer[] byAngle = IntStream.range(0, p).boxed().toArray(Integer[]::new);
        Arrays.sort(byAngle, Comparator.comparingLong(r -> (long) r * m.clockFrequency() % p));
        for (int i = 0; i <= p; i++) {
            int r = byAngle[i % p];
            points.add(m.clock()[r][0], m.clock()[r][1], false);
        }
        points.setNotify(true);
        for (int r = 0; r < Math.min(3, p); r++) {
            XYTextAnnotation a = new XYTextAnnotation(Integer.toString(r), m.clock()[r][0] * 1.12,
                    m.clock()[r][1] * 1.12);
            a.setFont(palette.font(Font.BOLD, 12));
            a.setPaint(palette.foreground());
            clockLabels.add(a);
        }
        group(clock, Layer.FOREGROUND).set(clockLabels);
        plot.getDomainAxis().setRange(-reach, reach);
        plot.getRangeAxis().setRange(-reach, reach);
        clock.setTitle("Clock: A[r] at frequency " + m.clockFrequency());
        Charts.style(clock, palette);
    }

    private void showGrid(Measurement m, int p) {
        BufferedImage image = new BufferedImage(p, p, BufferedImage.TYPE_INT_ARGB);
        Color right = palette.good();
        Color wrong = palette.alarm();
        Color background = palette.background();
        int wrongTest = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                int pair = a * p + b;
                boolean ok = m.correct()[pair];
                Color c = ok ? right : wrong;
                if (m.training()[pair]) {
                    c = mix(background, c, 0.35);
                } else if (!ok) {
                    wrongTest++;
                }
                image.setRGB(b, p - 1 - a, c.getRGB());
            }
        }
        XYPlot plot = grid.getXYPlot();
        gridCells = HeatMapAnnotation.cells(image, 0, p, 0, p);
        group(grid, Layer.BACKGROUND).set(List.of(gridCells));
        plot.getDomainAxis().setRange(0, p);
        plot.getRangeAxis().setRange(0, p);
        grid.setTitle(wrongTest + " test pairs wrong");
        grid.clearSubtitles();
        TextTitle key = new TextTitle("(a, b): green right, red wrong, pale trained", palette.font(Font.PLAIN, 11));
        key.setPaint(palette.muted());
        grid.addSubtitle(key);
        Charts.style(grid, palette);
    }

    @Override
    public List<Readout> readouts(GrokSnapshot s) {
        Trace.View t = s.trace();
        int last = t.rows() - 1;
        return List.of(
                Readout.number("test-accuracy", "test accuracy", t.get(last, "test_acc"), ""),
                Readout.count("step", "step", s.step()),
                Readout.number("train-accuracy", "train accuracy", t.get(last, "train_acc"), ""),
                Readout.number("weight-norm", "‖θ‖", t.get(last, "weight_norm"), ""),
                Readout.number("top-share", "top-frequency share", t.get(last, "top_share"), ""),
                s.grokStep() >= 0 ? Readout.count("grok-step", "grokked at step", s.grokStep())
                        : Readout.number("grok-step", "grokked at step", Double.NaN, ""));
    }
}
