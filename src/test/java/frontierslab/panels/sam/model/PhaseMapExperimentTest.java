package frontierslab.panels.sam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap;
import frontierslab.math.sam.PhaseMap.Ending;
import frontierslab.math.sam.PhaseMap.Grid;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.panels.sam.model.PhaseMapExperiment.PhaseMapSnapshot;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import frontierslab.sim.Workers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhaseMapExperimentTest {

    private static PhaseMapSnapshot snapshot(PhaseMapExperiment e) {
        return (PhaseMapSnapshot) e.snapshot();
    }

    private static PhaseMapSnapshot map(PhaseMapParams p) {
        return snapshot(new PhaseMapExperiment(p));
    }

    private static String filled(String preset) {
        return frontierslab.panels.References.of(frontierslab.panels.sam.SamPanel.definition())
                .fill(PhaseMapExperiment.TYPE.preset(preset).description());
    }

    private static PhaseMapSnapshot preset(String name) {
        return map(PhaseMapExperiment.TYPE.preset(name).params());
    }

    @Test
    void aNewExperimentHoldsTheWholeMap() {
        PhaseMapExperiment e = new PhaseMapExperiment(PhaseMapParams.SPACE.defaults());
        PhaseMapSnapshot s = snapshot(e);
        assertFalse(e.canStep());
        assertEquals(40, s.step());
        assertEquals(1600, s.trace().rows());
        assertEquals(Status.State.FINISHED, s.status().state());
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 40; c++) {
                assertTrue(s.samOutcome(r, c) >= 0);
            }
        }
    }

    /** Row by row in steps of two, and the finished map is the same bits as one call of PhaseMap over the grid. */
    @ParameterizedTest
    @CsvSource({"7, 60, EXACT", "10, 35, LECTURE_FORWARD_DIFFERENCE"})
    void stepsFillTwoRowsAtATimeAndEndWithTheMapOfOnePhaseMapCall(int n, int steps, GradientSource source) {
        PhaseMapParams p = new PhaseMapParams(-1.3, -1.8, steps, source, n);
        PhaseMapExperiment e = new PhaseMapExperiment(p);
        e.reset();
        assertTrue(e.canStep());
        assertEquals(0, snapshot(e).trace().rows());
        assertEquals(-1, snapshot(e).samOutcome(0, 0));
        e.step();
        assertEquals(2, snapshot(e).step());
        assertEquals(2 * n, snapshot(e).trace().rows());
        assertEquals(-1, snapshot(e).samOutcome(2, 0));
        assertEquals(Status.State.RUNNING, snapshot(e).status().state());
        e.run(Long.MAX_VALUE);
        assertFalse(e.canStep());
        assertEquals(n, snapshot(e).step());

        PhaseMap.Result reference = PhaseMap.compute(p.settings(), Workers.shared(), 1);
        Trace.View t = snapshot(e).trace();
        Grid grid = p.grid();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int i = r * n + c;
                Ending gd = reference.gradientDescent().get(c);
                Ending sam = reference.rows().get(r).sam().get(c);
                assertEquals(i, t.get(i, "step"));
                assertEquals(grid.eta(c), t.get(i, "eta"), 0.0);
                assertEquals(grid.rho(r), t.get(i, "rho"), 0.0, "row " + r);
                assertEquals(gd.outcome().ordinal(), t.get(i, "gd_outcome"));
                assertEquals(sam.outcome().ordinal(), t.get(i, "sam_outcome"));
                assertEquals(gd.x(), t.get(i, "gd_x1"), 0.0);
                assertEquals(sam.x(), t.get(i, "sam_x1"), 0.0);
                assertEquals(sam.y(), t.get(i, "sam_x2"), 0.0);
                assertEquals(sam.value(), t.get(i, "sam_loss"), 0.0);
                assertEquals(sam.period(), t.get(i, "sam_period"));
            }
        }
    }

    /** Every cell says what a single run of sam-two-basin at that cell's η and ρ says, and ends at the same point. */
    @ParameterizedTest
    @CsvSource({"12, 100, -1.5, -1.5, EXACT", "9, 250, 0.7, -2.4, EXACT", "8, 100, -1.5, -1.5, LECTURE_FORWARD_DIFFERENCE"})
    void cellsAgreeWithSingleRunsOfTheTwoBasinExperiment(int n, int steps, double x1, double x2,
                                                         GradientSource source) {
        PhaseMapParams p = new PhaseMapParams(x1, x2, steps, source, n);
        PhaseMapSnapshot s = map(p);
        Trace.View t = s.trace();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                TwoBasinSnapshot single = (TwoBasinSnapshot) new TwoBasinExperiment(new TwoBasinParams(
                        s.grid().eta(c), s.rho()[r], x1, x2, steps, source)).snapshot();
                assertEquals(single.gd().outcome().ordinal(), s.gradientDescentOutcome(c), "GD column " + c);
                assertEquals(single.sam().outcome().ordinal(), s.samOutcome(r, c), "SAM cell " + r + ", " + c);
                int i = r * n + c;
                assertEquals(single.sam().x1(), t.get(i, "sam_x1"), 0.0);
                assertEquals(single.sam().x2(), t.get(i, "sam_x2"), 0.0);
                assertEquals(single.gd().x1(), t.get(i, "gd_x1"), 0.0);
                assertEquals(TwoBasinExperiment.outcomeKey(Outcome.values()[s.samOutcome(r, c)]),
                        single.summary().sam().basin());
            }
        }
    }

    @Test
    void aCheapChangeRecomputesAtOnceAndACostlyOneStartsEmpty() {
        PhaseMapExperiment e = new PhaseMapExperiment(new PhaseMapParams(-1.5, -1.5, 50, GradientSource.EXACT, 8));
        PhaseMapParams cheap = new PhaseMapParams(-1.0, -1.5, 300, GradientSource.EXACT, 40);
        assertTrue(PhaseMapExperiment.cost(cheap) <= PhaseMapExperiment.AT_ONCE_CELL_STEPS);
        e.setParams(cheap);
        assertFalse(e.canStep());
        assertEquals(40, snapshot(e).step());

        for (var preset : PhaseMapExperiment.TYPE.presets()) {
            assertTrue(PhaseMapExperiment.cost(preset.params()) <= PhaseMapExperiment.AT_ONCE_CELL_STEPS, preset.name());
        }
        PhaseMapParams costly = new PhaseMapParams(-1.0, -1.5, 2000, GradientSource.EXACT, 80);
        assertTrue(PhaseMapExperiment.cost(costly) > PhaseMapExperiment.AT_ONCE_CELL_STEPS);
        e.setParams(costly);
        assertTrue(e.canStep());
        PhaseMapSnapshot empty = snapshot(e);
        assertEquals(0, empty.step());
        assertEquals(Status.State.READY, empty.status().state());
        assertTrue(empty.status().message().contains("press Play"), empty.status().message());
        assertEquals(80, empty.grid().etaCount());

        e.setParams(cheap);
        PhaseMapSnapshot again = snapshot(e);
        assertEquals(40, again.step());
        e.setParams(cheap);
        assertEquals(again.trace().serial(), snapshot(e).trace().serial(), "the same parameters change nothing");
    }

    @Test
    void theCsvHasOneRowPerCellWithOutcomeCodesFirstTheStepAsCellIndex() {
        PhaseMapSnapshot s = map(new PhaseMapParams(-1.5, -1.5, 100, GradientSource.EXACT, 6));
        Trace.View t = s.trace();
        assertEquals("step", t.columns().get(0));
        assertEquals(List.of("step", "row", "column", "eta", "rho", "gd_outcome", "sam_outcome"),
                t.columns().subList(0, 7));
        assertEquals(36, t.rows());
        for (int i = 0; i < 36; i++) {
            assertEquals(i / 6, t.get(i, "row"));
            assertEquals(i % 6, t.get(i, "column"));
            double code = t.get(i, "sam_outcome");
            assertTrue(PhaseMapExperiment.OUTCOME_CODES.containsKey((int) code));
        }
        assertEquals(4, PhaseMapExperiment.OUTCOME_CODES.size());
        assertTrue(PhaseMapExperiment.OUTCOME_CODES.get(0).contains("sharp well A"));
        assertTrue(((Map<?, ?>) s.summary().outcomeCodes()).containsKey("3"));
    }

    @Test
    void theSummaryCountsWhatTheMapShows() {
        PhaseMapSnapshot s = preset("lecture-start");
        int[] counts = new int[4];
        int gdSharpPrefix = 0;
        while (gdSharpPrefix < 40 && s.gradientDescentOutcome(gdSharpPrefix) == 0) {
            gdSharpPrefix++;
        }
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 40; c++) {
                counts[s.samOutcome(r, c)]++;
            }
        }
        PhaseMapExperiment.Counts sam = s.summary().samCounts();
        assertEquals(counts[0], sam.sharpBasin());
        assertEquals(counts[1], sam.flatBasin());
        assertEquals(counts[2], sam.elsewhere());
        assertEquals(counts[3], sam.diverged());
        assertEquals(s.grid().eta(gdSharpPrefix - 1), s.summary().gdSharpForEveryEtaUpTo());
        assertTrue(s.status().message().contains("of 1600 SAM cells " + counts[0] + " end in A"),
                s.status().message());
    }

    @Test
    void theLecturePresetShowsGradientDescentInTheSharpWellFarAboveItsStabilityLimit() {
        PhaseMapSnapshot s = preset("lecture-start");
        double upTo = (double) s.summary().gdSharpForEveryEtaUpTo();
        assertEquals(0.147, upTo, 0.0005);
        assertTrue(upTo > 3 * 2 / TwoBasinMinima.SHARP.largerCurvature());
        assertTrue(filled("lecture-start").contains("for every η up to 0.147"), filled("lecture-start"));
        assertEquals(Outcome.ELSEWHERE.ordinal(), s.gradientDescentOutcome(23));
    }

    @Test
    void samStaysInTheSharpWellOverAWedgeThatWidensWithTheRadius() {
        PhaseMapSnapshot s = preset("lecture-start");
        assertEquals(0.769, s.rho()[20], 0.001);
        for (int c = 0; c <= 38; c++) {
            assertEquals(Outcome.SHARP_BASIN.ordinal(), s.samOutcome(20, c), "column " + c);
        }
        assertEquals(1.71, s.grid().eta(38), 0.01);
        int widthAtZero = 0;
        while (s.samOutcome(0, widthAtZero) == Outcome.SHARP_BASIN.ordinal()) {
            widthAtZero++;
        }
        assertTrue(widthAtZero < 25, "ρ = 0 is gradient descent: " + widthAtZero);
    }

    @Test
    void theAsCodedPresetDiffersOnlyNearTheEdgeOfTheSharpRegion() {
        PhaseMapSnapshot exact = preset("lecture-start");
        PhaseMapSnapshot coded = preset("lecture-start-as-coded");
        int differing = 0;
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 40; c++) {
                if (exact.samOutcome(r, c) != coded.samOutcome(r, c)) {
                    differing++;
                    assertTrue(exact.grid().eta(c) > 0.1, "cell " + r + ", " + c);
                }
            }
        }
        assertTrue(differing < 200, differing + " cells differ");
    }

    /**
     * What the {@code long-runs} description claims: below η = 0.1 SAM leaves A only from the first radius at which
     * any cell does (ρ = 0.885 on this grid), and there in a minority of the cells, which depends on the horizon.
     */
    @Test
    void inLongRunsSamLeavesTheSharpWellOnlyForTheLargestRadiiAndThereInAMinorityOfCells() {
        PhaseMapSnapshot s = preset("long-runs");
        PhaseMapSnapshot short100 = preset("lecture-start");
        String description = filled("long-runs");
        int smallEta = 0;
        while (s.grid().eta(smallEta) < 0.1) {
            smallEta++;
        }
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < smallEta; c++) {
                assertEquals(Outcome.SHARP_BASIN.ordinal(), s.gradientDescentOutcome(c));
                assertTrue(s.samOutcome(r, c) != Outcome.FLAT_BASIN.ordinal(), "never into B at small η");
                assertEquals(Outcome.SHARP_BASIN.ordinal(), short100.samOutcome(r, c), "after 100 steps none left");
            }
        }
        int[] leaving = frontierslab.panels.sam.SamPanel.leaving(s);
        int firstRow = leaving[0];
        int left = leaving[1];
        int cells = leaving[2];
        assertEquals(0.885, s.rho()[firstRow], 0.0005);
        assertTrue(description.contains(String.format(Locale.ROOT, "ρ ≥ %.3f", s.rho()[firstRow])), description);
        assertTrue(description.contains(String.format(Locale.ROOT, "in %d of %d cells (%.0f %%)", left, cells,
                100.0 * left / cells)), description);
        assertTrue(left < cells / 2, "a minority: " + left + " of " + cells);
    }

    /** The GD column at η = 0.147 after 1000 steps depends on the start's last bits: the descriptions say so. */
    @Test
    void gradientDescentAtTheEdgeOfTheSharpColumnsIsChaoticInLongRunsButNotInShortOnes() {
        PhaseMapSnapshot s = preset("long-runs");
        int column = 22;
        double eta = s.grid().eta(column);
        assertEquals(0.147, eta, 0.0005);
        assertEquals(Outcome.SHARP_BASIN.ordinal(), s.gradientDescentOutcome(column));
        var gd = frontierslab.math.optim.Sam.gradientDescent(eta, GradientSource.EXACT);
        assertEquals(Outcome.ELSEWHERE, PhaseMap.run(gd, -1.5 + 1e-12, -1.5, 1000).outcome(), "chaotic at N = 1000");
        for (double shift : new double[] {1e-12, -1e-12}) {
            for (int c = 0; c <= column; c++) {
                var method = frontierslab.math.optim.Sam.gradientDescent(s.grid().eta(c), GradientSource.EXACT);
                assertEquals(Outcome.SHARP_BASIN, PhaseMap.run(method, -1.5 + shift, -1.5, 100).outcome(),
                        "robust at N = 100, column " + c);
            }
        }
        assertTrue(filled("long-runs").contains("η = 0.147 is chaotic here: a shift of the start by "),
                filled("long-runs"));
    }

    @Test
    void mapsAreIdenticalBitForBit() {
        PhaseMapParams p = new PhaseMapParams(0.3, -2.2, 150, GradientSource.EXACT, 9);
        Trace.View a = map(p).trace();
        Trace.View b = map(p).trace();
        for (int c = 0; c < a.columns().size(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                assertEquals(Double.doubleToRawLongBits(a.get(r, c)), Double.doubleToRawLongBits(b.get(r, c)));
            }
        }
    }

    @Property(tries = 40)
    void noParameterInRangeMakesTheMapEmitANonFiniteNumber(
            @ForAll @DoubleRange(min = -4, max = 4) double x1,
            @ForAll @DoubleRange(min = -4, max = 4) double x2,
            @ForAll @IntRange(min = 1, max = 2000) int steps,
            @ForAll GradientSource gradient,
            @ForAll @IntRange(min = 4, max = 7) int resolution) {
        PhaseMapSnapshot s = map(new PhaseMapParams(x1, x2, steps, gradient, resolution));
        Trace.View t = s.trace();
        for (int c = 0; c < t.columns().size(); c++) {
            for (int r = 0; r < t.rows(); r++) {
                assertTrue(Double.isFinite(t.get(r, c)), t.columns().get(c) + " at " + r);
            }
        }
        TwoBasinExperimentTest.assertAllFinite(s.summary());
        assertFalse(s.status().message().contains("NaN"));
    }
}
