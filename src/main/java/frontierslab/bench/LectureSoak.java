package frontierslab.bench;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.scenes.Lecture;
import frontierslab.scenes.Scene;
import frontierslab.scenes.SceneRestorer;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Timeline;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench lecture-soak --minutes N}: a lecture played over and over, for the memory it holds. One loop takes
 * every scene of the built-in lecture in order, as the app does: each experiment keeps one run and one figure (its
 * tab), a scene sets its parameters and plays the run from step 0 to the scene's end, then the scrubber is dragged
 * back to the middle in {@value #DRAG_STOPS} stops, each drawn, and Play resumes to the end. After each loop the live
 * heap after a full collection is printed, with the loop's time and the checkpoints held; the heap must not grow
 * from loop to loop.
 */
public final class LectureSoak {

    static final int DRAG_STOPS = 8;

    private LectureSoak() {
    }

    /** A tab of the app: the run of one experiment, recorded, and its figure. */
    private record Tab(Timeline<?> timeline, ExperimentFigure<Snapshot> figure) {
    }

    public static void run(PrintStream out, double minutes) {
        Lecture lecture = Lecture.builtIn();
        Palette palette = Palette.of(Theme.PROJECTOR);
        Map<String, Tab> tabs = new LinkedHashMap<>();
        long until = System.nanoTime() + (long) (minutes * 60e9);
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "lecture-soak: %d scenes a loop for %.1f min; checkpoint budget %d MiB per "
                + "experiment; heap limit (-Xmx) %d MiB%n", lecture.scenes().size(), minutes,
                Timeline.DEFAULT_BUDGET >> 20, maxHeap >> 20);
        out.printf(Locale.ROOT, "heap after GC before the first loop: %.1f MiB%n", liveHeap() / 1048576.0);
        int loop = 0;
        do {
            long start = System.nanoTime();
            long steps = 0;
            for (Scene scene : lecture.scenes()) {
                steps += play(scene, tabs, palette);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long checkpoints = tabs.values().stream().mapToLong(t -> t.timeline().checkpointBytes()).sum();
            out.printf(Locale.ROOT, "loop %d: %.1f s, %d steps; heap after GC %.1f MiB; checkpoints %.1f MiB in %d "
                    + "tabs%n", ++loop, seconds, steps, liveHeap() / 1048576.0, checkpoints / 1048576.0, tabs.size());
        } while (System.nanoTime() < until);
    }

    private static long play(Scene scene, Map<String, Tab> tabs, Palette palette) {
        Entry<?, ?> entry = Registry.experiment(scene.experiment());
        Tab tab = tabs.computeIfAbsent(scene.experiment(), id -> open(entry, scene, palette));
        return play(scene, entry, tab);
    }

    private static <P extends Record> Tab open(Entry<P, ?> entry, Scene scene, Palette palette) {
        return new Tab(new Timeline<>(entry.type()::create, SceneRestorer.parameters(scene, entry.type())),
                entry.newFigure(palette));
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> long play(Scene scene, Entry<P, ?> entry, Tab tab) {
        Timeline<P> timeline = (Timeline<P>) tab.timeline();
        timeline.setParams(SceneRestorer.parameters(scene, entry.type()));
        timeline.reset();
        long limit = scene.playsToTheEnd() ? Long.MAX_VALUE : scene.steps();
        timeline.run(limit);
        long end = timeline.position();
        tab.figure().show(timeline.snapshot());
        for (int i = 1; i <= DRAG_STOPS; i++) {
            timeline.seek(end - end * i / (2 * DRAG_STOPS));
            tab.figure().show(timeline.snapshot());
        }
        long middle = timeline.position();
        timeline.run(limit - middle);
        tab.figure().show(timeline.snapshot());
        return end + (timeline.position() - middle);
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
