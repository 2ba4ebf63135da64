package frontierslab.math.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.Landscape;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.GradientDescent;
import frontierslab.math.optim.Optimizer;
import frontierslab.math.optim.Sam;
import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap.Ending;
import frontierslab.math.sam.PhaseMap.Grid;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.math.sam.PhaseMap.Result;
import frontierslab.math.sam.PhaseMap.Row;
import frontierslab.math.sam.PhaseMap.Settings;
import frontierslab.sim.Workers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PhaseMapTest {

    private static final TwoBasinSurface F = TwoBasinSurface.LECTURE;
    private static final Settings SMALL = Settings.fromLectureStart(Grid.standard(14, 11), 700);

    /** w after exactly N steps, with no early stopping. */
    private static double[] plainRun(Optimizer optimizer, Settings settings) {
        double[] w = {settings.startX(), settings.startY()};
        for (int t = 0; t < settings.steps(); t++) {
            optimizer.step(F, w);
        }
        return w;
    }

    @Test
    void gridIsLogSpacedInEtaAndLinearInRho() {
        Grid grid = Grid.standard(40, 40);
        assertEquals(0.005, grid.eta(0), 0.0);
        assertEquals(2.0, grid.eta(39), 1e-15);
        double ratio = grid.eta(1) / grid.eta(0);
        for (int c = 1; c < 40; c++) {
            assertEquals(ratio, grid.eta(c) / grid.eta(c - 1), 1e-13);
        }
        assertEquals(Math.pow(400, 1.0 / 39), ratio, 1e-14);
        assertEquals(0.0, grid.rho(0));
        assertEquals(1.5, grid.rho(39), 1e-15);
        assertEquals(1.5 / 39, grid.rho(1), 1e-16);
        assertThrows(IllegalArgumentException.class, () -> new Grid(0, 1, 4, 0, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new Grid(0.1, 1, 4, -0.1, 1, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.eta(40));
    }

    @Test
    void classificationFollowsTheWellLevelAndTheNearestMinimum() {
        assertEquals(Outcome.SHARP_BASIN, PhaseMap.classify(-2, -2));
        assertEquals(Outcome.FLAT_BASIN, PhaseMap.classify(2, 2));
        assertEquals(Outcome.ELSEWHERE, PhaseMap.classify(0, 0)); // f = −2e^{−4} ≈ −0.037
        // the well level 0.05 is reached at r = √(ln 100 / 5) ≈ 0.960 from the sharp minimum, √(2 ln 40) ≈ 2.716 from B
        assertEquals(Outcome.SHARP_BASIN, PhaseMap.classify(-2 + 0.955, -2));
        assertEquals(Outcome.ELSEWHERE, PhaseMap.classify(-2 + 0.965, -2));
        assertEquals(Outcome.FLAT_BASIN, PhaseMap.classify(2 - 2.71, 2));
        assertEquals(Outcome.ELSEWHERE, PhaseMap.classify(2 - 2.72, 2));
        assertEquals(Outcome.ELSEWHERE, PhaseMap.classify(8, 8));
    }

    @Test
    void cellsEqualSingleRunsOfGradientDescentAndSamBitForBit() {
        for (int steps : new int[] {700, 701}) {
            Settings settings = Settings.fromLectureStart(Grid.standard(14, 11), steps);
            Result map = PhaseMap.compute(settings, Workers.shared(), 2);
            Grid grid = settings.grid();
            for (int c = 0; c < grid.etaCount(); c++) {
                double[] gd = plainRun(new GradientDescent(grid.eta(c)), settings);
                Ending ending = map.gradientDescent().get(c);
                assertEquals(gd[0], ending.x(), 0.0);
                assertEquals(gd[1], ending.y(), 0.0);
                assertEquals(PhaseMap.classify(gd[0], gd[1]), ending.outcome());
                for (int r = 0; r < grid.rhoCount(); r++) {
                    double[] sam = plainRun(new Sam(grid.eta(c), grid.rho(r)), settings);
                    Ending cell = map.rows().get(r).sam().get(c);
                    assertEquals(sam[0], cell.x(), 0.0, "η = " + grid.eta(c) + ", ρ = " + grid.rho(r));
                    assertEquals(sam[1], cell.y(), 0.0);
                    assertEquals(PhaseMap.classify(sam[0], sam[1]), cell.outcome());
                    assertEquals(F.value(sam), cell.value(), 0.0);
                }
            }
        }
    }

    @Test
    void earlyStopsFindExactCyclesAndLeaveTheEndPointUnchanged() {
        // GD at η = 0.3 falls into the flat well and reaches a fixed point; SAM at η = 0.5, ρ = 0.1 ends on a 2-cycle
        // about the flat minimum; GD at η = 0.1 lands on an 8-cycle in the sharp well, bit for bit from step ≈ 3500.
        Object[][] cases = {{new GradientDescent(0.3), 1}, {new Sam(0.5, 0.1), 2}, {new GradientDescent(0.1), 8}};
        for (Object[] c : cases) {
            Optimizer optimizer = (Optimizer) c[0];
            for (int steps : new int[] {5000, 5001, 5002, 5005}) {
                Ending ending = PhaseMap.run(optimizer, -1.5, -1.5, steps);
                assertEquals(c[1], ending.period());
                assertTrue(ending.settledAt() > 0 && ending.settledAt() < 5000);
                double[] w = plainRun(optimizer, new Settings(Grid.standard(1, 1), -1.5, -1.5, steps,
                        GradientSource.EXACT));
                assertEquals(w[0], ending.x(), 0.0);
                assertEquals(w[1], ending.y(), 0.0);
            }
        }
    }

    @Test
    void sameMapWhateverTheThreadCount() {
        Result one = PhaseMap.compute(SMALL, Workers.shared(), 1);
        Result two = PhaseMap.compute(SMALL, Workers.shared(), 2);
        Result five = PhaseMap.compute(SMALL, Workers.shared(), 5);
        assertTrue(one.complete() && two.complete() && five.complete());
        assertEquals(one.rows(), two.rows());
        assertEquals(one.rows(), five.rows());
        assertEquals(one.gradientDescent(), five.gradientDescent());
    }

    @Test
    void samWithZeroRadiusIsGradientDescent() {
        Result map = PhaseMap.compute(SMALL, Workers.shared(), 2);
        assertEquals(0.0, map.rows().get(0).rho());
        assertEquals(map.gradientDescent(), map.rows().get(0).sam());
    }

    @Test
    void callbackReceivesEveryRowOnceAndNeverTwoAtATime() {
        Set<Integer> seen = new HashSet<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Result map = PhaseMap.compute(SMALL, Workers.shared(), 2, row -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            seen.add(row.index());
            assertEquals(SMALL.grid().rho(row.index()), row.rho());
            Thread.onSpinWait();
            inside.decrementAndGet();
        }, () -> false);
        assertEquals(0, overlaps.get());
        assertEquals(SMALL.grid().rhoCount(), seen.size());
        assertEquals(SMALL.grid().rhoCount(), map.rows().size());
        for (int r = 0; r < map.rows().size(); r++) {
            assertEquals(r, map.rows().get(r).index());
        }
    }

    @Test
    void cancellingStopsBetweenRowsAndKeepsTheFinishedOnes() {
        AtomicInteger delivered = new AtomicInteger();
        Result map = PhaseMap.compute(SMALL, Workers.shared(), 2, row -> delivered.incrementAndGet(),
                () -> delivered.get() >= 2);
        assertFalse(map.complete());
        assertTrue(map.rows().size() >= 2 && map.rows().size() < SMALL.grid().rhoCount());
        Result full = PhaseMap.compute(SMALL, Workers.shared(), 1);
        for (Row row : map.rows()) {
            assertEquals(full.rows().get(row.index()), row);
        }
    }

    @Test
    void interruptingTheCallerStopsTheMapAndKeepsTheFlag() {
        List<Integer> rows = new ArrayList<>();
        Result map = PhaseMap.compute(SMALL, Workers.shared(), 1, row -> {
            rows.add(row.index());
            Thread.currentThread().interrupt();
        }, () -> false);
        assertTrue(Thread.interrupted());
        assertFalse(map.complete());
        assertEquals(1, rows.size());
    }

    @Test
    void aRunThatBlowsUpIsReportedAsDivergedWithItsLastFinitePoint() {
        Optimizer tenfold = new Optimizer() {
            @Override
            public void step(Landscape f, double[] w) {
                w[0] *= 10;
                w[1] *= 10;
            }
        };
        Ending ending = PhaseMap.run(tenfold, -1.5, -1.5, 100);
        assertEquals(Outcome.DIVERGED, ending.outcome());
        assertEquals(6, ending.divergedAt());
        assertEquals(-1.5e5, ending.x(), 1e-9);
    }

    @Test
    void atTheLecturesSettingsBothMethodsStayInTheSharpWell() {
        Settings lecture = Settings.fromLectureStart(new Grid(0.1, 0.1, 1, 0.5, 0.5, 1), 2000);
        Result map = PhaseMap.compute(lecture, Workers.shared(), 1);
        assertEquals(Outcome.SHARP_BASIN, map.gradientDescentOutcome(0));
        assertEquals(Outcome.SHARP_BASIN, map.samOutcome(0, 0));
    }
}
