package frontierslab.ui;

import java.util.Arrays;

/**
 * Which charts to redraw this frame. Every new snapshot makes all charts stale; each frame then redraws up to a given
 * number of stale charts, taking them in turn from where the previous frame stopped, so that with one per frame and a
 * new snapshot every frame each of n charts is redrawn every n-th frame and none is starved.
 */
final class RedrawRota {

    private final boolean[] stale;
    private int next;

    RedrawRota(int charts) {
        stale = new boolean[charts];
    }

    void markAllStale() {
        Arrays.fill(stale, true);
    }

    /** Up to {@code count} stale charts, now no longer stale, in the order they should be redrawn. */
    int[] take(int count) {
        int[] taken = new int[Math.min(count, stale.length)];
        int n = 0;
        int start = next;
        for (int k = 0; k < stale.length && n < taken.length; k++) {
            int i = (start + k) % stale.length;
            if (stale[i]) {
                stale[i] = false;
                taken[n++] = i;
                next = (i + 1) % stale.length;
            }
        }
        return Arrays.copyOf(taken, n);
    }
}
