package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Forkable;
import frontierslab.sim.LiveExperiment;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Timeline;
import frontierslab.sim.Trace;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every experiment of the registry: a run recorded by a {@link Timeline}, scrubbed back (and forward) and resumed,
 * is at every position the run that a fresh experiment, stepped there with the same calls, is. Snapshots are compared
 * whole and exactly: every record component, every trace cell and summary value by its bit pattern
 * ({@link Double#compare}), so a checkpoint that misses one piece of state fails here. A long run also changes a live
 * parameter mid-run, before the position scrubbed back to, so that the replay must re-apply it in place.
 */
class ScrubAndResumeMatchesAFreshRunTest {

    private static final int END = 18;
    private static final int CHANGE_AT = 5;
    private static final int CHECKPOINT_EVERY = 8;

    static Stream<String> experiments() {
        return RegistryAccess.ids(false);
    }

    static Stream<String> heavyExperiments() {
        return RegistryAccess.ids(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiments")
    void scrubbingBackAndResumingGivesTheFreshRunBitForBit(String id) {
        check(Registry.experiment(id).type());
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("heavyExperiments")
    void scrubbingBackAndResumingGivesTheFreshRunBitForBitForAHeavyExperiment(String id) {
        check(Registry.experiment(id).type());
    }

    private static <P extends Record> void check(ExperimentType<P> type) {
        P start = type.space().defaults();
        P changed = liveChange(type, start);
        java.util.List<Snapshot> fresh = fresh(type, start, changed);
        Timeline<P> timeline = new Timeline<>(type::create, start);
        timeline.reset();
        play(timeline, changed, END);
        long end = timeline.position();
        assertEquals(end, timeline.end());
        if (timeline.experiment() instanceof Forkable<?> && end >= 2 * CHECKPOINT_EVERY) {
            assertTrue(timeline.checkpoints() >= 3, type.id() + ": the seeks below start from checkpoints");
        }
        for (long s : new long[] {11, 3, 17, 0, end}) {
            long at = Math.min(s, end);
            timeline.seek(at);
            assertEquals(at, timeline.position(), type.id() + ": seek to " + at);
            assertSame(type.id() + " scrubbed to " + at, fresh.get((int) at), timeline.snapshot());
        }
        long back = Math.min(11, end);
        timeline.seek(back);
        play(timeline, null, END - back);
        assertEquals(timeline.position(), timeline.end(), "resuming drops the later history");
        assertSame(type.id() + " resumed from " + back, fresh.get((int) timeline.position()), timeline.snapshot());
        assertTrue(timeline.checkpointBytes() <= timeline.budget() || timeline.checkpoints() == 1);
    }

    /** A long run's η (or another live real parameter) lowered by a tenth, or null for a run that replays. */
    private static <P extends Record> P liveChange(ExperimentType<P> type, P start) {
        if (!(start instanceof LiveExperiment.Live<?>)) {
            return null;
        }
        for (ParamSpec spec : type.space().specs()) {
            if (spec instanceof ParamSpec.Real r && !r.name().equals("steps")) {
                double v = (Double) type.space().values(start).get(r.name());
                double w = Math.max(r.min(), v * 0.9);
                P next = type.space().with(start, r.name(), w);
                if (w != v && !structural(start, next)) {
                    return next;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <P> boolean structural(P previous, P next) {
        return ((LiveExperiment.Live<P>) previous).structurallyDifferent(next);
    }

    /** Steps {@code steps} times, changing to {@code changed} on reaching {@link #CHANGE_AT}. */
    private static <P extends Record> void play(Experiment<P> e, P changed, long steps) {
        Timeline<P> timeline = (Timeline<P>) e;
        for (long i = 0; i < steps && e.canStep(); i++) {
            e.step();
            if (changed != null && timeline.position() == CHANGE_AT) {
                e.setParams(changed);
            }
        }
    }

    /** The snapshots of a fresh run at steps 0 to {@link #END} (or until it stops), with the same change. */
    private static <P extends Record> java.util.List<Snapshot> fresh(ExperimentType<P> type, P start, P changed) {
        Experiment<P> e = type.create(start);
        e.reset();
        java.util.List<Snapshot> snapshots = new java.util.ArrayList<>(java.util.List.of(e.snapshot()));
        for (int i = 0; i < END && e.canStep(); i++) {
            e.step();
            if (changed != null && i + 1 == CHANGE_AT) {
                e.setParams(changed);
            }
            snapshots.add(e.snapshot());
        }
        return snapshots;
    }

    private static void assertSame(String where, Object expected, Object actual) {
        String difference = difference("", expected, actual);
        if (difference != null) {
            fail(where + ": " + difference);
        }
    }

    /** Where two values differ, or null: records by component, arrays and collections by element, numbers by bits. */
    private static String difference(String path, Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? null : path + ": " + a + " ≠ " + b;
        }
        if (a.getClass() != b.getClass()) {
            return path + ": a " + a.getClass().getSimpleName() + " ≠ a " + b.getClass().getSimpleName();
        }
        if (a instanceof Trace.View va && b instanceof Trace.View vb) {
            return traceDifference(path, va, vb);
        }
        if (a instanceof Double x) {
            return Double.compare(x, (Double) b) == 0 ? null : path + ": " + x + " ≠ " + b;
        }
        if (a instanceof Float x) {
            return Float.compare(x, (Float) b) == 0 ? null : path + ": " + x + " ≠ " + b;
        }
        if (a.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(a);
            if (n != java.lang.reflect.Array.getLength(b)) {
                return path + ": lengths " + n + " ≠ " + java.lang.reflect.Array.getLength(b);
            }
            for (int i = 0; i < n; i++) {
                String d = difference(path + "[" + i + "]", java.lang.reflect.Array.get(a, i),
                        java.lang.reflect.Array.get(b, i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Map<?, ?> ma) {
            Map<?, ?> mb = (Map<?, ?>) b;
            if (!ma.keySet().equals(mb.keySet())) {
                return path + ": keys " + ma.keySet() + " ≠ " + mb.keySet();
            }
            for (Object k : ma.keySet()) {
                String d = difference(path + "." + k, ma.get(k), mb.get(k));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Collection<?> ca) {
            Collection<?> cb = (Collection<?>) b;
            if (ca.size() != cb.size()) {
                return path + ": sizes " + ca.size() + " ≠ " + cb.size();
            }
            Iterator<?> ib = cb.iterator();
            int i = 0;
            for (Object x : ca) {
                String d = difference(path + "[" + i++ + "]", x, ib.next());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Record) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    String d = difference(path + "." + c.getName(), c.getAccessor().invoke(a),
                            c.getAccessor().invoke(b));
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        }
        return a.equals(b) ? null : path + ": " + a + " ≠ " + b;
    }

    private static String traceDifference(String path, Trace.View a, Trace.View b) {
        if (!a.columns().equals(b.columns()) || a.rows() != b.rows()) {
            return path + ": " + a.rows() + " rows of " + a.columns() + " ≠ " + b.rows() + " rows of " + b.columns();
        }
        for (int c = 0; c < a.columns().size(); c++) {
            for (int r = 0; r < a.rows(); r++) {
                if (Double.compare(a.get(r, c), b.get(r, c)) != 0) {
                    return path + " row " + r + " " + a.columns().get(c) + ": " + a.get(r, c) + " ≠ " + b.get(r, c);
                }
            }
        }
        return null;
    }
}
