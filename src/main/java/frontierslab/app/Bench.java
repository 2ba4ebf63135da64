package frontierslab.app;

import frontierslab.export.FigureWriter;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.panels.generalization.model.GrokExperiment.GrokSnapshot;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code bench [NAME]}: speed figures printed, never asserted in a test. Each benchmark warms up, then reports the
 * median and the 90th percentile of its repetitions. The figures and the command go into docs/benchmarks.md.
 */
final class Bench {

    private static final Map<String, Consumer<PrintStream>> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("quadratic-frame", Bench::quadraticFrame);
        BENCHMARKS.put("eos-mlp", out -> frontierslab.bench.EosMlpBench.main(new String[0]));
        BENCHMARKS.put("gui-eos-mlp", Bench::guiWhileTraining);
        BENCHMARKS.put("sam-phase-map", out -> frontierslab.bench.SamPhaseMapBench.main(new String[0]));
        BENCHMARKS.put("eos-math", out -> frontierslab.bench.EosMathBench.main(new String[0]));
        BENCHMARKS.put("drag-frames", Bench::dragFrames);
        BENCHMARKS.put("bias-scalar", out -> frontierslab.bench.ScalarBiasBench.main(new String[0]));
        BENCHMARKS.put("bias-sparse", out -> frontierslab.bench.SparseBiasBench.main(new String[0]));
        BENCHMARKS.put("bias-sparse-sweep", out -> frontierslab.bench.SparseBiasBench.main(new String[] {"sweep"}));
        BENCHMARKS.put("bias-low-rank", out -> frontierslab.bench.LowRankBiasBench.main(new String[0]));
        BENCHMARKS.put("sam-panel", out -> frontierslab.bench.SamPanelBench.main(new String[0]));
        BENCHMARKS.put("dd-random-features", out -> frontierslab.bench.DoubleDescentBench.main(new String[0]));
        BENCHMARKS.put("grok", Bench::grok);
    }

    private Bench() {
    }

    static int command(List<String> args, PrintStream out) {
        if (!args.isEmpty() && args.get(0).equals("monkey")) {
            return monkey(args.subList(1, args.size()), out);
        }
        if (!args.isEmpty() && args.getFirst().equals("lecture-soak")) {
            return lectureSoak(args.subList(1, args.size()), out);
        }
        if (args.isEmpty()) {
            BENCHMARKS.forEach((name, b) -> b.accept(out));
            return Cli.OK;
        }
        for (String name : args) {
            Consumer<PrintStream> b = BENCHMARKS.get(name);
            if (b == null) {
                throw new IllegalArgumentException("unknown benchmark '" + name + "': allowed "
                        + String.join(", ", BENCHMARKS.keySet()));
            }
            b.accept(out);
        }
        return Cli.OK;
    }

    /** {@code bench monkey [--minutes N]} (default 1): see {@link Monkey#bench}. */
    private static int monkey(List<String> args, PrintStream out) {
        int minutes = 1;
        if (args.size() == 2 && args.get(0).equals("--minutes")) {
            try {
                minutes = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                minutes = 0;
            }
            if (minutes < 1 || minutes > 24 * 60) {
                throw new IllegalArgumentException("--minutes needs a whole number from 1 to 1440, got '"
                        + frontierslab.io.Messages.quote(args.get(1)) + "'");
            }
        } else if (!args.isEmpty()) {
            throw new IllegalArgumentException("bench monkey takes only --minutes N");
        }
        try {
            return Monkey.bench(minutes, out) == 0 ? Cli.OK : 1;
        } catch (InterruptedException | java.io.IOException e) {
            throw new IllegalStateException("the monkey stopped: " + e.getMessage(), e);
        }
    }

    /** {@code lecture-soak [--minutes N]} (default 30): not part of a run of every benchmark. */
    private static int lectureSoak(List<String> args, PrintStream out) {
        double minutes = 30;
        if (args.size() == 2 && args.get(0).equals("--minutes")) {
            try {
                minutes = Double.parseDouble(args.get(1));
            } catch (NumberFormatException e) {
                minutes = Double.NaN;
            }
        }
        if (!(args.isEmpty() || args.size() == 2 && args.get(0).equals("--minutes")) || !(minutes > 0)
                || minutes > 24 * 60) {
            throw new IllegalArgumentException("usage: bench lecture-soak [--minutes N], N a number of minutes in "
                    + "(0, 1440]");
        }
        frontierslab.bench.LectureSoak.run(out, minutes);
        return Cli.OK;
    }

    /**
     * The app while {@code eos-mlp} trains the spiral network at full speed (η = 0.04, 4000 steps, sharpness on two
     * consecutive steps every 10): the wall time of the run, and the frames the FX thread drew meanwhile (pulses of
     * JavaFX's headless platform, each taking the newest snapshot and redrawing one of the three charts in turn), with
     * the longest gap between two frames and the count in each second. Twice: the first run after the JVM starts, while
     * the JIT is still compiling the drawing code, and a second run.
     */
    private static void guiWhileTraining(PrintStream out) {
        OnScreen screen = OnScreen.open("eos", "eos-mlp", "spiral");
        var view = screen.view();
        try {
            for (String run : List.of("first run after start", "second run")) {
                view.runner().reset();
                view.runner().awaitIdle();
                screen.frames().restart();
                view.runner().setStepsPerSecond(Double.POSITIVE_INFINITY);
                long start = System.nanoTime();
                view.runner().play();
                while (view.runner().isPlaying()) {
                    Thread.sleep(5);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                FrameCounter frames = screen.frames().halt();
                out.printf(Locale.ROOT, "gui-eos-mlp, %s (spiral, η = 0.04, 4000 steps, sharpness pairs every 10, "
                        + "drawn live): %.2f s; %d frames drawn meanwhile = %.1f frames/s; longest gap between frames "
                        + "%.1f ms%n", run, seconds, frames.frames, frames.frames / seconds, frames.longest / 1e6);
                out.println("  frames in each second of the run: " + framesPerSecond(frames.times, start));
            }
            double[] redraw = new double[20];
            for (int i = 0; i < redraw.length; i++) {
                redraw[i] = FxPlatform.call(() -> {
                    long t0 = System.nanoTime();
                    for (var chart : view.figure().charts()) {
                        view.viewer(chart.id()).getCanvas().draw();
                    }
                    return (System.nanoTime() - t0) / 1e6;
                });
            }
            Arrays.sort(redraw);
            out.printf(Locale.ROOT, "gui-eos-mlp: redrawing the three charts of the finished run on the FX thread: median "
                    + "%.1f ms%n", redraw[redraw.length / 2]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            FxPlatform.run(screen.shell()::dispose);
        }
    }

    /** {@code bench grok}: the trainer and the headless run ({@link frontierslab.bench.GrokBench}), then on screen. */
    private static void grok(PrintStream out) {
        frontierslab.bench.GrokBench.run(out);
        grokOnScreen(out);
    }

    /**
     * {@code grok-modadd}'s main preset played at full speed in the app's own window (JavaFX's headless platform,
     * software rendering at 1200×760): the runner, timeline, pacing and views of the app, every chart drawn by the FX
     * thread as on screen. The wall time from Play until the snapshot on screen shows test accuracy ≥ 95 %, the
     * frames drawn meanwhile, and the CPU time of the process and of the simulation thread.
     */
    private static void grokOnScreen(PrintStream out) {
        OnScreen screen = OnScreen.open("generalization", "grok-modadd", "main");
        var view = screen.view();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try {
            view.runner().awaitIdle();
            screen.frames().restart();
            view.runner().setStepsPerSecond(Double.POSITIVE_INFINITY);
            long cpu = os.getProcessCpuTime();
            long simCpu = threads.getThreadCpuTime(view.runner().thread().threadId());
            long start = System.nanoTime();
            view.runner().play();
            int grokked = -1;
            while (grokked < 0 && view.runner().isPlaying()) {
                Thread.sleep(2);
                if (FxPlatform.call(view::shownSnapshot) instanceof GrokSnapshot g) {
                    grokked = g.grokStep();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            simCpu = threads.getThreadCpuTime(view.runner().thread().threadId()) - simCpu;
            cpu = os.getProcessCpuTime() - cpu;
            view.runner().pause();
            FrameCounter frames = screen.frames().halt();
            out.printf(Locale.ROOT, "grok, drawn live in the app's window (1200×760, software rendering): test accuracy "
                    + "≥ 95 %% on screen at step %d after %.1f s; %d frames = %.0f frames/s, longest gap %.0f ms; "
                    + "process CPU %.1f s, simulation thread CPU %.1f s; load average %.2f%n", grokked, seconds,
                    frames.frames, frames.frames / seconds, frames.longest / 1e6, cpu / 1e9, simCpu / 1e9,
                    os.getSystemLoadAverage());
            out.println("  frames in each second of the run: " + framesPerSecond(frames.times, start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            FxPlatform.run(screen.shell()::dispose);
        }
    }

    /** The app's window on JavaFX's headless platform, one experiment of one panel loaded, frames counted. */
    private record OnScreen(Shell shell, frontierslab.ui.ExperimentView<?> view, FrameCounter frames) {

        static OnScreen open(String panel, String experiment, String preset) {
            FxPlatform.startHeadless();
            Shell shell = FxPlatform.call(() -> {
                Shell s = new Shell(Theme.LIGHT, panel);
                javafx.scene.Scene scene = new javafx.scene.Scene(s, 1200, 760);
                Shell.applyStyles(scene, Theme.LIGHT);
                javafx.stage.Stage stage = new javafx.stage.Stage();
                stage.setScene(scene);
                stage.show();
                s.currentSection().load(experiment, preset);
                return s;
            });
            return new OnScreen(shell, FxPlatform.call(shell::current), new FrameCounter());
        }
    }

    /** Counts the FX thread's pulses: how many, when, and the longest gap between two. */
    private static final class FrameCounter extends javafx.animation.AnimationTimer {
        private long frames;
        private long last;
        private long longest;
        private final List<Long> times = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            if (last != 0) {
                longest = Math.max(longest, t - last);
            }
            last = t;
            frames++;
            times.add(t);
        }

        /** Starts counting from zero. */
        void restart() {
            FxPlatform.run(() -> {
                frames = 0;
                last = 0;
                longest = 0;
                times.clear();
                start();
            });
        }

        /** Stops counting; the counts stay to be read. */
        FrameCounter halt() {
            FxPlatform.call(() -> {
                stop();
                return this;
            });
            return this;
        }
    }

    private static String framesPerSecond(List<Long> frameTimes, long start) {
        java.util.TreeMap<Long, Integer> counts = new java.util.TreeMap<>();
        synchronized (frameTimes) {
            for (long t : frameTimes) {
                counts.merge((t - start) / 1_000_000_000L, 1, Integer::sum);
            }
        }
        return counts.values().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Every experiment whose figure has a draggable point, its default parameters: the point dragged round a small
     * circle, and per frame the recompute ({@code setParams} and the snapshot), {@code figure.show} and the drawing of
     * every chart into a 1280×800 image (the export's Java2D path; the screen draws the same through FXGraphics2D).
     */
    private static void dragFrames(PrintStream out) {
        Palette palette = Palette.of(Theme.LIGHT);
        for (var entry : Registry.experiments()) {
            dragFrames(entry, palette, out);
        }
    }

    private static <P extends Record> void dragFrames(frontierslab.panels.PanelDefinition.Entry<P, ?> entry,
                                                       Palette palette, PrintStream out) {
        var figure = entry.newFigure(palette);
        var handle = figure.dragHandle();
        if (handle.isEmpty()) {
            return;
        }
        var type = entry.type();
        var space = type.space();
        P base = space.defaults();
        var experiment = type.create(base);
        String xName = handle.get().xParameter();
        String yName = handle.get().yParameter();
        var xSpec = (frontierslab.sim.ParamSpec.Real) space.spec(xName);
        var ySpec = (frontierslab.sim.ParamSpec.Real) space.spec(yName);
        double x0 = (double) space.value(base, xName);
        double y0 = (double) space.value(base, yName);
        double radius = 0.03 * Math.min(xSpec.max() - xSpec.min(), ySpec.max() - ySpec.min());
        FigureWriter writer = new FigureWriter(palette, null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        int warmup = 60;
        int runs = 200;
        double[] recompute = new double[runs];
        double[] total = new double[runs];
        double[] cpu = new double[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // one gesture: pressed before the first frame, released after the last
        figure.dragging(true);
        for (int i = 0; i < warmup + runs; i++) {
            double angle = 2 * Math.PI * i / 50;
            double x = Math.max(xSpec.min(), Math.min(xSpec.max(), x0 + radius * Math.cos(angle)));
            double y = Math.max(ySpec.min(), Math.min(ySpec.max(), y0 + radius * Math.sin(angle)));
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            experiment.setParams(space.withAll(base, Map.of(xName, x, yName, y)));
            var snapshot = experiment.snapshot();
            long computed = System.nanoTime();
            figure.show(snapshot);
            Graphics2D g = image.createGraphics();
            writer.draw(g, 1280, 800);
            g.dispose();
            long end = System.nanoTime();
            if (i >= warmup) {
                recompute[i - warmup] = (computed - start) / 1e6;
                total[i - warmup] = (end - start) / 1e6;
                cpu[i - warmup] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        figure.dragging(false);
        Arrays.sort(recompute);
        Arrays.sort(total);
        Arrays.sort(cpu);
        // the thread's CPU time does not count the time other processes take the cores: on a loaded machine it is the
        // figure to compare
        out.printf(Locale.ROOT, "drag-frames %-14s (%s, %s dragged; %d charts at 1280x800): frame median %.2f ms, "
                + "p90 %.2f ms; of which recompute median %.2f ms; CPU time median %.2f ms, p90 %.2f ms%n", type.id(),
                xName, yName, figure.charts().size(), total[runs / 2], total[runs * 9 / 10], recompute[runs / 2],
                cpu[runs / 2], cpu[runs * 9 / 10]);
    }

    /**
     * From a parameter change to a rendered figure on {@code eos-quadratic}: recompute a 500-step trajectory, update
     * the three charts and draw them (contour with heat map and iso-lines, loss, η·λ_max) into a 1280×800 image.
     * Two cases: η dragged (the surface is unchanged), and λ₁ dragged (the contour field is re-sampled too).
     */
    private static void quadraticFrame(PrintStream out) {
        Palette palette = Palette.of(Theme.LIGHT);
        QuadraticParams base = new QuadraticParams(0.4, 4, 1, 2, 2.5, 500);
        QuadraticExperiment experiment = new QuadraticExperiment(base);
        QuadraticFigure figure = new QuadraticFigure(palette);
        FigureWriter writer = new FigureWriter(palette, null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        for (String mode : List.of("eta", "lambda1")) {
            int warmup = 200;
            int runs = 400;
            double[] millis = new double[runs];
            for (int i = 0; i < warmup + runs; i++) {
                double t = (i % 50) / 50.0;
                QuadraticParams p = mode.equals("eta")
                        ? new QuadraticParams(0.3 + 0.25 * t, 4, 1, 2, 2.5, 500)
                        : new QuadraticParams(0.4, 3 + 2 * t, 1, 2, 2.5, 500);
                long start = System.nanoTime();
                experiment.setParams(p);
                figure.show((QuadraticExperiment.QuadraticSnapshot) experiment.snapshot());
                Graphics2D g = image.createGraphics();
                writer.draw(g, 1280, 800);
                g.dispose();
                long end = System.nanoTime();
                if (i >= warmup) {
                    millis[i - warmup] = (end - start) / 1e6;
                }
            }
            Arrays.sort(millis);
            out.printf(Locale.ROOT, "quadratic-frame (%s dragged, 500 steps, 3 charts at 1280x800): median %.2f ms, "
                    + "p90 %.2f ms, max %.2f ms over %d frames%n", mode, millis[runs / 2], millis[runs * 9 / 10],
                    millis[runs - 1], runs);
        }
    }
}
