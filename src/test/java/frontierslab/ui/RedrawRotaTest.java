package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RedrawRotaTest {

    @Test
    void withANewSnapshotEveryFrameOneChartPerFrameVisitsEachChartInTurn() {
        RedrawRota rota = new RedrawRota(3);
        int[] drawn = new int[7];
        for (int frame = 0; frame < drawn.length; frame++) {
            rota.markAllStale();
            drawn[frame] = rota.take(1)[0];
        }
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2, 0}, drawn);
    }

    @Test
    void withoutNewSnapshotsTheStaleChartsAreDrawnOnceAndThenNothing() {
        RedrawRota rota = new RedrawRota(3);
        rota.markAllStale();
        assertArrayEquals(new int[] {0}, rota.take(1));
        assertArrayEquals(new int[] {1}, rota.take(1));
        assertArrayEquals(new int[] {2}, rota.take(1));
        assertArrayEquals(new int[0], rota.take(1));
    }

    @Test
    void aPausedFrameRedrawsEveryStaleChartStartingWhereThePlayingFramesStopped() {
        RedrawRota rota = new RedrawRota(3);
        rota.markAllStale();
        rota.take(1);
        rota.take(1);
        rota.markAllStale();
        assertArrayEquals(new int[] {2, 0, 1}, rota.take(3));
        assertArrayEquals(new int[0], rota.take(3));
    }

    @Test
    void aFigureWithNoChartsHasNothingToDraw() {
        RedrawRota rota = new RedrawRota(0);
        rota.markAllStale();
        assertArrayEquals(new int[0], rota.take(1));
    }
}
