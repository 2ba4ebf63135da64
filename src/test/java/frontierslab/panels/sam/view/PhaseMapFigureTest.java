package frontierslab.panels.sam.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap.Grid;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.panels.sam.model.PhaseMapExperiment;
import frontierslab.panels.sam.model.PhaseMapExperiment.PhaseMapSnapshot;
import frontierslab.panels.sam.model.PhaseMapParams;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.panels.sam.model.TwoBasinParams;
import frontierslab.plot.ExperimentFigure.Link;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseMapFigureTest {

    private static final PhaseMapParams PARAMS = new PhaseMapParams(-1.2, -1.7, 120, GradientSource.EXACT, 9);
    private static final PhaseMapSnapshot MAP = (PhaseMapSnapshot) new PhaseMapExperiment(PARAMS).snapshot();

    private static PhaseMapFigure shown() {
        PhaseMapFigure figure = new PhaseMapFigure(Palette.of(Theme.LIGHT));
        figure.show(MAP);
        return figure;
    }

    @Test
    void aClickAnywhereInACellLinksToTheSingleRunOfThatCell() {
        PhaseMapFigure figure = shown();
        Grid grid = MAP.grid();
        double ratio = grid.eta(1) / grid.eta(0);
        double rhoStep = grid.rho(1) - grid.rho(0);
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                for (double[] offset : new double[][] {{0, 0}, {0.45, 0.45}, {-0.45, -0.45}, {0.45, -0.45}}) {
                    double eta = grid.eta(c) * Math.pow(ratio, offset[0]);
                    double rho = grid.rho(r) + offset[1] * rhoStep;
                    for (String chart : new String[] {PhaseMapFigure.GD_MAP, PhaseMapFigure.SAM_MAP}) {
                        Link link = figure.linkAt(chart, eta, rho).orElseThrow();
                        assertEquals("sam-two-basin", link.experimentId());
                        assertEquals(grid.eta(c), link.parameters().get("eta"), "column " + c);
                        assertEquals(grid.rho(r), link.parameters().get("rho"), "row " + r);
                        assertEquals(PARAMS.x1(), link.parameters().get("x1"));
                        assertEquals(PARAMS.x2(), link.parameters().get("x2"));
                        assertEquals(PARAMS.steps(), link.parameters().get("steps"));
                        assertEquals(GradientSource.EXACT, link.parameters().get("gradient"));
                    }
                }
            }
        }
    }

    @Test
    void theLinkedRunEndsWhereTheCellSays() {
        PhaseMapFigure figure = shown();
        TwoBasinParams defaults = TwoBasinParams.SPACE.defaults();
        for (int r = 0; r < 9; r += 2) {
            for (int c = 0; c < 9; c++) {
                Link link = figure.linkAt(PhaseMapFigure.SAM_MAP, MAP.grid().eta(c), MAP.rho()[r]).orElseThrow();
                TwoBasinParams p = TwoBasinParams.SPACE.withAll(defaults, link.parameters());
                TwoBasinSnapshot single = (TwoBasinSnapshot) new TwoBasinExperiment(p).snapshot();
                assertEquals(MAP.samOutcome(r, c), single.sam().outcome().ordinal());
                assertEquals(MAP.gradientDescentOutcome(c), single.gd().outcome().ordinal());
                boolean sharp = MAP.samOutcome(r, c) == Outcome.SHARP_BASIN.ordinal();
                assertEquals(sharp ? TwoBasinParams.View.SHARP_WELL : TwoBasinParams.View.BOTH_WELLS, p.view());
            }
        }
    }

    @Test
    void clicksOutsideTheGridClampToItsEdgeAndOtherChartsOrNothingShownLinkNowhere() {
        PhaseMapFigure figure = shown();
        Link corner = figure.linkAt(PhaseMapFigure.SAM_MAP, 1e-4, 9).orElseThrow();
        assertEquals(MAP.grid().eta(0), corner.parameters().get("eta"));
        assertEquals(MAP.grid().rho(8), corner.parameters().get("rho"));
        assertEquals(Optional.empty(), figure.linkAt("elsewhere", 0.1, 0.5));
        assertEquals(Optional.empty(), new PhaseMapFigure(Palette.of(Theme.LIGHT)).linkAt(PhaseMapFigure.SAM_MAP, 0.1, 0.5));
    }

    @Test
    void cellEdgesLieHalfwayBetweenGridPointsOnTheLogAndLinearScales() {
        Grid grid = MAP.grid();
        double[] e = PhaseMapFigure.edges(grid);
        assertEquals(Math.sqrt(grid.eta(0) * grid.eta(0) / (grid.eta(1) / grid.eta(0))), e[0], 1e-15);
        assertEquals(grid.eta(8) * Math.sqrt(grid.eta(8) / grid.eta(7)), e[1], 1e-12);
        assertEquals(-(grid.rho(1) - grid.rho(0)) / 2, e[2], 1e-15);
        assertEquals(1.5 + (grid.rho(1) - grid.rho(0)) / 2, e[3], 1e-15);
    }

    @Test
    void outcomesAreColouredFromThePaletteAndPendingCellsAreLeftBlank() {
        for (Theme theme : Theme.values()) {
            Palette palette = Palette.of(theme);
            PhaseMapFigure figure = new PhaseMapFigure(palette);
            assertEquals(palette.color("map-sharp"), figure.colour(Outcome.SHARP_BASIN.ordinal()));
            assertEquals(palette.color("map-flat"), figure.colour(Outcome.FLAT_BASIN.ordinal()));
            assertEquals(palette.color("map-elsewhere"), figure.colour(Outcome.ELSEWHERE.ordinal()));
            assertEquals(palette.color("map-diverged"), figure.colour(Outcome.DIVERGED.ordinal()));
            assertNull(figure.colour(-1));
        }
    }

    @Test
    void readoutsCountTheComputedCells() {
        PhaseMapExperiment e = new PhaseMapExperiment(PARAMS);
        e.reset();
        PhaseMapSnapshot empty = (PhaseMapSnapshot) e.snapshot();
        assertTrue(Double.isNaN(PhaseMapFigure.share(empty, Outcome.SHARP_BASIN)), "— before any cell");
        e.step();
        PhaseMapSnapshot two = (PhaseMapSnapshot) e.snapshot();
        int sharp = 0;
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 9; c++) {
                sharp += two.samOutcome(r, c) == 0 ? 1 : 0;
            }
        }
        assertEquals(100.0 * sharp / 18, PhaseMapFigure.share(two, Outcome.SHARP_BASIN), 1e-12);
        shown().readouts(two);
    }
}
