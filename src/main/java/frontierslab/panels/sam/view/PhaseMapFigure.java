package frontierslab.panels.sam.view;

import frontierslab.math.sam.PhaseMap.Grid;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.panels.sam.model.PhaseMapExperiment.PhaseMapSnapshot;
import frontierslab.panels.sam.model.PhaseMapParams;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.model.TwoBasinMinima;
import frontierslab.panels.sam.model.TwoBasinParams;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.HeatMapAnnotation;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code sam-phase-map} drawn: two maps over step size η (log axis) and radius ρ, one cell per grid point, coloured by
 * where the run ended after N steps (the {@code -fl-map-*} colours: sharp well A, flat well B, elsewhere, diverged;
 * cells not yet computed are left blank). Gradient descent's map has one value per column (ρ plays no part in it).
 * Both maps mark GD's stability limits η = 2/λ(A) and η = 2/λ(B) at the minima and ring the lecture's Demo 2 (η = 0.1,
 * ρ = 0.5). A click on a cell opens {@code sam-two-basin} with that cell's η, ρ, start, steps and gradient.
 */
public final class PhaseMapFigure implements ExperimentFigure<PhaseMapSnapshot> {

    public static final String GD_MAP = "gd-map";
    public static final String SAM_MAP = "sam-map";
    static final double LECTURE_ETA = 0.1;
    static final double LECTURE_RHO = 0.5;

    private final Palette palette;
    private final JFreeChart gdMap;
    private final JFreeChart samMap;
    private final Marks gdCells;
    private final Marks samCells;
    private PhaseMapSnapshot shown;

    public PhaseMapFigure(Palette palette) {
        this.palette = palette;
        gdMap = map("Gradient descent (any ρ)");
        samMap = map("SAM");
        gdCells = Marks.on(gdMap.getXYPlot(), Layer.BACKGROUND);
        samCells = Marks.on(samMap.getXYPlot(), Layer.BACKGROUND);
    }

    private JFreeChart map(String title) {
        LogAxis eta = Charts.logAxis("step size η (log scale)");
        eta.setMinorTickCount(10);
        eta.setMinorTickMarksVisible(true);
        NumberAxis rho = Charts.numberAxis("radius ρ");
        XYPlot plot = new XYPlot(new XYSeriesCollection(), eta, rho, new XYLineAndShapeRenderer(false, false));
        JFreeChart chart = new JFreeChart(title, palette.font(Font.BOLD, 15), plot, true);
        Charts.style(chart, palette);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Charts.verticalLine(palette, plot, 2 / TwoBasinMinima.SHARP.largerCurvature(), "2/λ(A)");
        Charts.verticalLine(palette, plot, 2 / TwoBasinMinima.FLAT.largerCurvature(), "2/λ(B)");
        double scale = palette.number("chart-font-scale");
        plot.getRenderer().addAnnotation(new RingMark(LECTURE_ETA, LECTURE_RHO, 7 * scale, "Demo 2",
                palette.foreground(), palette.background(), palette.line(),
                new BasicStroke(palette.lineWidth() * 2.5f), palette.font(Font.BOLD, 12)), Layer.FOREGROUND);
        return chart;
    }

    /** The colour of an outcome code, or null (transparent) for −1, not yet computed. */
    Color colour(int code) {
        if (code < 0) {
            return null;
        }
        return switch (Outcome.values()[code]) {
            case SHARP_BASIN -> palette.color("map-sharp");
            case FLAT_BASIN -> palette.color("map-flat");
            case ELSEWHERE -> palette.color("map-elsewhere");
            case DIVERGED -> palette.color("map-diverged");
        };
    }

    /** [η of the left edge, η of the right edge, ρ of the bottom edge, ρ of the top edge] of the grid's cells. */
    static double[] edges(Grid grid) {
        double ratio = grid.etaCount() == 1 ? 2 : grid.eta(1) / grid.eta(0);
        double step = grid.rhoCount() == 1 ? 0.1 : (grid.rhoMax() - grid.rhoMin()) / (grid.rhoCount() - 1);
        return new double[] {grid.etaMin() / Math.sqrt(ratio), grid.etaMax() * Math.sqrt(ratio),
                grid.rhoMin() - step / 2, grid.rhoMax() + step / 2};
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart(GD_MAP, gdMap), new FigureChart(SAM_MAP, samMap));
    }

    @Override
    public void show(PhaseMapSnapshot s) {
        shown = s;
        Grid grid = s.grid();
        double[] e = edges(grid);
        int n = grid.etaCount();
        int m = grid.rhoCount();
        BufferedImage gd = new BufferedImage(n, m, BufferedImage.TYPE_INT_ARGB);
        BufferedImage sam = new BufferedImage(n, m, BufferedImage.TYPE_INT_ARGB);
        boolean pending = false;
        for (int r = 0; r < m; r++) {
            int y = m - 1 - r;
            boolean rowDone = s.samOutcome(r, 0) >= 0;
            pending |= !rowDone;
            for (int c = 0; c < n; c++) {
                Color g = rowDone ? colour(s.gradientDescentOutcome(c)) : null;
                Color a = colour(s.samOutcome(r, c));
                gd.setRGB(c, y, g == null ? 0 : g.getRGB());
                sam.setRGB(c, y, a == null ? 0 : a.getRGB());
            }
        }
        gdCells.set(List.of(HeatMapAnnotation.cells(gd, e[0], e[1], e[2], e[3])));
        samCells.set(List.of(HeatMapAnnotation.cells(sam, e[0], e[1], e[2], e[3])));
        String steps = " after " + s.params().steps() + " steps";
        gdMap.getTitle().setText("Gradient descent" + steps + " (any ρ)");
        samMap.getTitle().setText("SAM" + steps);
        for (JFreeChart chart : List.of(gdMap, samMap)) {
            XYPlot plot = chart.getXYPlot();
            plot.getDomainAxis().setRange(e[0], e[1]);
            plot.getRangeAxis().setRange(e[2], e[3]);
            plot.setFixedLegendItems(legend(pending));
        }
    }


    private LegendItemCollection legend(boolean pending) {
        LegendItemCollection items = new LegendItemCollection();
        double size = 9 * palette.number("chart-font-scale");
        Shape square = new Rectangle2D.Double(-size / 2, -size / 2, size, size);
        items.add(item("sharp well A", square, colour(Outcome.SHARP_BASIN.ordinal())));
        items.add(item("flat well B", square, colour(Outcome.FLAT_BASIN.ordinal())));
        items.add(item("elsewhere", square, colour(Outcome.ELSEWHERE.ordinal())));
        items.add(item("diverged", square, colour(Outcome.DIVERGED.ordinal())));
        if (pending) {
            items.add(item("not yet computed", square, palette.background()));
        }
        return items;
    }

    private LegendItem item(String label, Shape shape, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, shape, colour, palette.thinLine(), palette.muted());
        item.setLabelFont(palette.font(Font.PLAIN, 12));
        item.setLabelPaint(palette.foreground());
        return item;
    }

    @Override
    public List<Readout> readouts(PhaseMapSnapshot s) {
        Grid grid = s.grid();
        int cells = (int) s.step() * grid.etaCount();
        return List.of(
                Readout.count("rows", "rows done", s.step()),
                Readout.count("cells", "SAM cells", cells),
                Readout.number("sam-sharp", "SAM in A", share(s, Outcome.SHARP_BASIN), "%"),
                Readout.number("sam-flat", "SAM in B", share(s, Outcome.FLAT_BASIN), "%"),
                Readout.number("gd-sharp-up-to", "GD in A up to η", sharpUpTo(s), ""));
    }

    /** The percentage of computed SAM cells with this outcome (NaN, shown "—", before any is computed). */
    static double share(PhaseMapSnapshot s, Outcome outcome) {
        int count = 0;
        int total = 0;
        for (int[] row : s.sam()) {
            for (int code : row) {
                if (code >= 0) {
                    total++;
                    if (code == outcome.ordinal()) {
                        count++;
                    }
                }
            }
        }
        return total == 0 ? Double.NaN : 100.0 * count / total;
    }

    /** The largest η such that GD ends in A at every η up to it (NaN, shown "—", if none or not yet computed). */
    static double sharpUpTo(PhaseMapSnapshot s) {
        int k = 0;
        while (k < s.gradientDescent().length && s.gradientDescentOutcome(k) == Outcome.SHARP_BASIN.ordinal()) {
            k++;
        }
        return k == 0 ? Double.NaN : s.grid().eta(k - 1);
    }

    /** The cell {row, column} nearest to (η, ρ), clamped to the grid. */
    static int[] cellAt(Grid grid, double eta, double rho) {
        int column = 0;
        if (grid.etaCount() > 1 && eta > 0) {
            double ratio = Math.log(grid.eta(1) / grid.eta(0));
            column = (int) Math.round(Math.log(eta / grid.etaMin()) / ratio);
        }
        int row = 0;
        if (grid.rhoCount() > 1) {
            row = (int) Math.round((rho - grid.rhoMin()) / ((grid.rhoMax() - grid.rhoMin()) / (grid.rhoCount() - 1)));
        }
        return new int[] {Math.clamp(row, 0, grid.rhoCount() - 1), Math.clamp(column, 0, grid.etaCount() - 1)};
    }

    @Override
    public Optional<Link> linkAt(String chartId, double x, double y) {
        if (shown == null || !(chartId.equals(GD_MAP) || chartId.equals(SAM_MAP)) || !(x > 0)) {
            return Optional.empty();
        }
        Grid grid = shown.grid();
        int[] cell = cellAt(grid, x, y);
        PhaseMapParams p = shown.params();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("eta", grid.eta(cell[1]));
        parameters.put("rho", shown.rho()[cell[0]]);
        parameters.put("x1", p.x1());
        parameters.put("x2", p.x2());
        parameters.put("steps", p.steps());
        parameters.put("gradient", p.gradient());
        int code = chartId.equals(GD_MAP) ? shown.gradientDescentOutcome(cell[1]) : shown.samOutcome(cell[0], cell[1]);
        parameters.put("view", code == Outcome.SHARP_BASIN.ordinal()
                ? TwoBasinParams.View.SHARP_WELL : TwoBasinParams.View.BOTH_WELLS);
        return Optional.of(new Link(TwoBasinExperiment.TYPE.id(), parameters));
    }
}
