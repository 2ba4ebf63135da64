package frontierslab.panels.sam.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import frontierslab.panels.CardDeck;
import frontierslab.math.sam.PhaseMap;
import frontierslab.math.sam.PhaseMap.Ending;
import frontierslab.math.sam.PhaseMap.Grid;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.math.sam.PhaseMap.Row;
import frontierslab.math.sam.PhaseMap.Settings;
import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import frontierslab.sim.Workers;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sam-phase-map}: where gradient descent and SAM end after N steps on the lecture's Demo 2 surface, over an
 * n × n grid of step sizes η (log-spaced in [0.005, 2], columns) and SAM radii ρ (evenly spaced in [0, 1.5], rows), all
 * from one start. Each cell is a run of {@link PhaseMap}; its end is classified by {@link PhaseMap#classify} (the sharp
 * well A, the flat well B, elsewhere) or is diverged. Gradient descent does not depend on ρ, so its map has one value
 * per column.
 *
 * <p><b>How it is computed.</b> Each {@link #step()} computes the next two rows (one per thread) by
 * {@link PhaseMap#compute} on 2 threads, over a grid of exactly those two rows; its ρ values are the full grid's bit for
 * bit (the two-row grid's second value is ρ_r + (ρ_{r+1} − ρ_r), and that difference is exact because
 * ρ_{r+1} ≤ 2ρ_r), so the finished map is the same bits as one call of {@link PhaseMap#compute} over the whole grid.
 * Nothing runs between steps: a parameter change takes effect after the batch in flight, and no work outlives a step
 * (the second thread is one of {@link Workers}'s).
 *
 * <p><b>When it is computed.</b> A new experiment computes its whole map in its constructor (the default 40 × 40 × 100
 * steps takes about 0.1 s), so a screenshot or a freshly opened panel shows a finished map. A parameter change recomputes
 * the whole map at once if it costs at most {@value #AT_ONCE_CELL_STEPS} cell-steps (n²·N: every preset; at most
 * about 0.7 s on this project's two cores);
 * a costlier one starts empty and fills row by row as the runner steps (Play in the GUI, {@code run} on the command line).
 * {@link #reset()} always empties the map, so that Play shows it being drawn row by row.
 */
public final class PhaseMapExperiment implements Experiment<PhaseMapParams> {

    static final int THREADS = 2;
    static final int ROWS_PER_STEP = 2;
    /** The largest n²·N that a parameter change computes at once rather than row by row. */
    public static final long AT_ONCE_CELL_STEPS = 40L * 40 * 1000;
    /** The numeric codes of the CSV file: the ordinals of {@link Outcome}. */
    public static final Map<Integer, String> OUTCOME_CODES = outcomeCodes();

    public static final ExperimentType<PhaseMapParams> TYPE = new ExperimentType<>(
            "sam-phase-map",
            "Where GD and SAM end, over (η, ρ)",
            "§4 Sharpness-aware minimization",
            "Over a grid of step sizes η and radii ρ, which well GD and SAM end in after N steps from one start.",
            PhaseMapParams.SPACE,
            List.of(
                    new Preset<>("lecture-start", CardDeck.preset("sam", "sam-phase-map", "lecture-start"),
                            new PhaseMapParams(-1.5, -1.5, 100, GradientSource.EXACT, 40)),
                    new Preset<>("lecture-start-as-coded",
                            CardDeck.preset("sam", "sam-phase-map", "lecture-start-as-coded"),
                            new PhaseMapParams(-1.5, -1.5, 100, GradientSource.LECTURE_FORWARD_DIFFERENCE, 40)),
                    new Preset<>("long-runs", CardDeck.preset("sam", "sam-phase-map", "long-runs"),
                            new PhaseMapParams(-1.5, -1.5, 1000, GradientSource.EXACT, 40))),
            PhaseMapExperiment::new,
            ExperimentType.Markers.none());

    private PhaseMapParams params;
    private Settings settings;
    private Row[] rows;
    private List<Ending> gradientDescent;
    private int rowsDone;
    private Trace trace;
    private Status status;

    public PhaseMapExperiment(PhaseMapParams params) {
        this.params = params;
        clear();
        computeAll();
    }

    /** One row per cell, in cell order (row by row, η fastest); outcomes as the codes of {@link #OUTCOME_CODES}. */
    public static Trace newTrace() {
        return new Trace("step", "row", "column", "eta", "rho", "gd_outcome", "sam_outcome",
                "gd_x1", "gd_x2", "gd_loss", "sam_x1", "sam_x2", "sam_loss",
                "gd_period", "sam_period", "gd_settled_at", "sam_settled_at", "gd_diverged_at", "sam_diverged_at");
    }

    private static Map<Integer, String> outcomeCodes() {
        Map<Integer, String> codes = new LinkedHashMap<>();
        codes.put(Outcome.SHARP_BASIN.ordinal(), "ends in the sharp well A (L ≤ −0.05, nearer A)");
        codes.put(Outcome.FLAT_BASIN.ordinal(), "ends in the flat well B (L ≤ −0.05, nearer B)");
        codes.put(Outcome.ELSEWHERE.ordinal(), "ends elsewhere (L > −0.05: the plateau or the ridge between the wells)");
        codes.put(Outcome.DIVERGED.ordinal(), "diverged (left ‖w‖ ≤ 10⁶ or produced a value that is not finite)");
        return Map.copyOf(codes);
    }

    @Override
    public PhaseMapParams params() {
        return params;
    }

    @Override
    public void setParams(PhaseMapParams newParams) {
        if (newParams.equals(params)) {
            return;
        }
        params = newParams;
        clear();
        if (cost(newParams) <= AT_ONCE_CELL_STEPS) {
            computeAll();
        }
    }

    /** n²·N, the number of single updates the map takes (SAM's cost twice that of GD's). */
    public static long cost(PhaseMapParams p) {
        return (long) p.resolution() * p.resolution() * p.steps();
    }

    @Override
    public void reset() {
        clear();
    }

    @Override
    public void step() {
        if (!canStep()) {
            return;
        }
        Grid grid = settings.grid();
        int first = rowsDone;
        int count = Math.min(ROWS_PER_STEP, grid.rhoCount() - first);
        double last = grid.rho(first + count - 1);
        Grid batch = new Grid(grid.etaMin(), grid.etaMax(), grid.etaCount(), grid.rho(first), last, count);
        PhaseMap.Result result = PhaseMap.compute(new Settings(batch, settings.startX(), settings.startY(),
                settings.steps(), settings.source()), Workers.shared(), THREADS);
        if (!result.complete()) {
            return;
        }
        if (gradientDescent == null) {
            gradientDescent = result.gradientDescent();
        }
        for (Row r : result.rows()) {
            accept(new Row(first + r.index(), r.rho(), gradientDescent, r.sam()));
        }
        status = statusNow();
    }

    @Override
    public boolean canStep() {
        return rowsDone < settings.grid().rhoCount();
    }

    private void clear() {
        settings = params.settings();
        rows = new Row[settings.grid().rhoCount()];
        gradientDescent = null;
        rowsDone = 0;
        trace = newTrace();
        status = Status.ready("a " + params.resolution() + " × " + params.resolution() + " map of " + params.steps()
                + "-step runs from (" + Numbers.format(params.x1()) + ", " + Numbers.format(params.x2())
                + "): press Play or Step to compute it row by row");
    }

    private void computeAll() {
        PhaseMap.Result result = PhaseMap.compute(settings, Workers.shared(), THREADS);
        if (!result.complete()) {
            return;
        }
        gradientDescent = result.gradientDescent();
        for (Row r : result.rows()) {
            accept(r);
        }
        status = statusNow();
    }

    private void accept(Row row) {
        rows[row.index()] = row;
        rowsDone++;
        Grid grid = settings.grid();
        for (int c = 0; c < grid.etaCount(); c++) {
            Ending gd = row.gradientDescent().get(c);
            Ending sam = row.sam().get(c);
            trace.append(row.index() * grid.etaCount() + c, row.index(), c, grid.eta(c), row.rho(),
                    gd.outcome().ordinal(), sam.outcome().ordinal(), gd.x(), gd.y(), gd.value(), sam.x(), sam.y(),
                    sam.value(), gd.period(), sam.period(), gd.settledAt(), sam.settledAt(), gd.divergedAt(),
                    sam.divergedAt());
        }
    }

    private Status statusNow() {
        Grid grid = settings.grid();
        String counts = summaryCounts();
        if (rowsDone < grid.rhoCount()) {
            return Status.running(rowsDone + " of " + grid.rhoCount() + " rows (ρ ≤ "
                    + Numbers.format(rows[rowsDone - 1].rho()) + "): " + counts);
        }
        return Status.finished(params.steps() + "-step runs from (" + Numbers.format(params.x1()) + ", "
                + Numbers.format(params.x2()) + "): " + counts);
    }

    /** The sentence of the status line, read from the map. */
    private String summaryCounts() {
        Grid grid = settings.grid();
        Map<Outcome, Integer> gd = gradientDescentCounts();
        int prefix = sharpPrefix();
        StringBuilder sb = new StringBuilder("GD ends in A for ").append(gd.get(Outcome.SHARP_BASIN)).append(" of ")
                .append(grid.etaCount()).append(" step sizes");
        if (prefix > 0) {
            sb.append(" (every η ≤ ").append(Numbers.format(grid.eta(prefix - 1))).append(")");
        }
        sb.append(", in B for ").append(gd.get(Outcome.FLAT_BASIN)).append(", elsewhere for ")
                .append(gd.get(Outcome.ELSEWHERE));
        if (gd.get(Outcome.DIVERGED) > 0) {
            sb.append(", diverged for ").append(gd.get(Outcome.DIVERGED));
        }
        sb.append(" (2/λ(A) = ").append(Numbers.format(2 / TwoBasinMinima.SHARP.largerCurvature()))
                .append("); ");
        Map<Outcome, Integer> sam = samCounts();
        int cells = rowsDone * grid.etaCount();
        sb.append("of ").append(cells).append(" SAM cells ").append(sam.get(Outcome.SHARP_BASIN)).append(" end in A, ")
                .append(sam.get(Outcome.FLAT_BASIN)).append(" in B, ").append(sam.get(Outcome.ELSEWHERE))
                .append(" elsewhere");
        if (sam.get(Outcome.DIVERGED) > 0) {
            sb.append(", ").append(sam.get(Outcome.DIVERGED)).append(" diverged");
        }
        return sb.toString();
    }

    /** The number of leading columns (smallest η first) in which GD ends in the sharp well. */
    private int sharpPrefix() {
        int k = 0;
        while (gradientDescent != null && k < gradientDescent.size()
                && gradientDescent.get(k).outcome() == Outcome.SHARP_BASIN) {
            k++;
        }
        return k;
    }

    private Map<Outcome, Integer> gradientDescentCounts() {
        Map<Outcome, Integer> counts = zeroCounts();
        if (gradientDescent != null) {
            for (Ending e : gradientDescent) {
                counts.merge(e.outcome(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private Map<Outcome, Integer> samCounts() {
        Map<Outcome, Integer> counts = zeroCounts();
        for (Row r : rows) {
            if (r != null) {
                for (Ending e : r.sam()) {
                    counts.merge(e.outcome(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static Map<Outcome, Integer> zeroCounts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        return counts;
    }

    @Override
    public PhaseMapSnapshot snapshot() {
        Grid grid = settings.grid();
        int[] gd = new int[grid.etaCount()];
        Arrays.fill(gd, -1);
        if (gradientDescent != null) {
            for (int c = 0; c < gd.length; c++) {
                gd[c] = gradientDescent.get(c).outcome().ordinal();
            }
        }
        int[][] sam = new int[grid.rhoCount()][grid.etaCount()];
        double[] rho = new double[grid.rhoCount()];
        for (int r = 0; r < sam.length; r++) {
            Arrays.fill(sam[r], -1);
            rho[r] = grid.rho(r);
            if (rows[r] != null) {
                for (int c = 0; c < grid.etaCount(); c++) {
                    sam[r][c] = rows[r].sam().get(c).outcome().ordinal();
                }
            }
        }
        int prefix = sharpPrefix();
        PhaseMapSummary summary = new PhaseMapSummary(status.word(), rowsDone, rowsDone * grid.etaCount(),
                grid.etaMin(), grid.etaMax(), grid.rhoMin(), grid.rhoMax(), 2 / TwoBasinMinima.SHARP.largerCurvature(),
                2 / TwoBasinMinima.FLAT.largerCurvature(), named(gradientDescentCounts()), named(samCounts()),
                prefix > 0 ? grid.eta(prefix - 1) : null,
                gradientDescent != null && prefix < grid.etaCount() ? grid.eta(prefix) : null, codesByName());
        return new PhaseMapSnapshot(params, rowsDone, status, trace.view(), summary, grid, rho, gd, sam);
    }

    private static Counts named(Map<Outcome, Integer> counts) {
        return new Counts(counts.getOrDefault(Outcome.SHARP_BASIN, 0), counts.getOrDefault(Outcome.FLAT_BASIN, 0),
                counts.getOrDefault(Outcome.ELSEWHERE, 0), counts.getOrDefault(Outcome.DIVERGED, 0));
    }

    /** Cells by where a method ended. */
    public record Counts(@JsonProperty("sharp-basin") int sharpBasin, @JsonProperty("flat-basin") int flatBasin,
                         int elsewhere, int diverged) {

        /** The count of one ending. */
        public int of(Outcome o) {
            return switch (o) {
                case SHARP_BASIN -> sharpBasin;
                case FLAT_BASIN -> flatBasin;
                case ELSEWHERE -> elsewhere;
                case DIVERGED -> diverged;
            };
        }
    }

    private static Map<String, String> codesByName() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            m.put(Integer.toString(o.ordinal()), TwoBasinExperiment.outcomeKey(o) + ": " + OUTCOME_CODES.get(o.ordinal()));
        }
        return m;
    }

    /**
     * The outcome of {@code sam-phase-map}: over a grid of step sizes η and radii ρ, where GD and SAM end from the
     * same start.
     *
     * @param rowsDone               the rows of ρ done so far
     * @param cells                  the cells done so far
     * @param gdStabilityLimitSharp  2/λ_max at the sharp minimum: GD cannot stay there for larger η
     * @param gdCounts               the cells by where GD ended
     * @param samCounts              the same for SAM
     * @param gdSharpForEveryEtaUpTo the largest η up to which GD ends at the sharp minimum for every η, null if
     *                               none
     * @param gdFirstEtaNotSharp     the first η at which it does not, null if none
     * @param outcomeCodes           the code of each ending in the CSV file: code → "key: meaning"
     */
    public record PhaseMapSummary(String outcome, int rowsDone, int cells, double etaMin, double etaMax, double rhoMin,
                                  double rhoMax, double gdStabilityLimitSharp, double gdStabilityLimitFlat,
                                  Counts gdCounts, Counts samCounts, Double gdSharpForEveryEtaUpTo,
                                  Double gdFirstEtaNotSharp, Map<String, String> outcomeCodes) {
    }

    /**
     * What the views of {@code sam-phase-map} draw: the grid, each row's ρ, GD's outcome per column and SAM's per
     * cell as codes ({@link Outcome#ordinal()}, −1 where not yet computed).
     */
    public record PhaseMapSnapshot(PhaseMapParams params, long step, Status status, Trace.View trace,
                                   PhaseMapSummary summary, Grid grid, double[] rho, int[] gradientDescent,
                                   int[][] sam) implements Snapshot {

        public PhaseMapSnapshot {
            rho = rho.clone();
            gradientDescent = gradientDescent.clone();
            int[][] copy = new int[sam.length][];
            for (int r = 0; r < sam.length; r++) {
                copy[r] = sam[r].clone();
            }
            sam = copy;
        }

        /** SAM's outcome code in a cell, −1 if not yet computed. */
        public int samOutcome(int row, int column) {
            return sam[row][column];
        }

        /** GD's outcome code in a column, −1 if not yet computed. */
        public int gradientDescentOutcome(int column) {
            return gradientDescent[column];
        }
    }
}
