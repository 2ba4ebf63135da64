package frontierslab.panels.demos.model;

import frontierslab.io.Json;
import frontierslab.io.Messages;
import frontierslab.sim.Numbers;
import frontierslab.sim.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * "Run the real Python": a coding demo's script, exactly as the listing shows it (the lecture's code with the edited
 * literals written in), run by python3 in a temporary folder through {@code harness.py}, which runs it unchanged as
 * {@code __main__}, records the data of every line it plots (label, x, y) and writes its figure as a PNG instead of
 * where the script saves it. Each interpreter is started as a process whose output goes to files, and waited for with
 * a timeout; nothing here starts a thread, so the caller chooses where it runs (never the FX thread).
 *
 * <p>The interpreter is the first {@code python3} on the PATH that imports numpy and matplotlib; where there is none,
 * {@link Lookup#problem} says in one line what is missing.
 */
public final class RealPython {

    /** How long the probe of one interpreter may take (importing numpy on a busy machine is slow). */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    /** How long the script may run. */
    public static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    private RealPython() {
    }

    /** Whether an experiment is a coding demo whose listing can run in python3. */
    public static boolean hasScript(String experimentId) {
        return experimentId.equals(EdgeDemo.TYPE.id()) || experimentId.equals(SamDemo.TYPE.id());
    }

    /** A python3 that has numpy and matplotlib. */
    public record Interpreter(Path executable, String python, String numpy, String matplotlib) {

        public String describe() {
            return executable + " (Python " + python + ", numpy " + numpy + ", matplotlib " + matplotlib + ")";
        }
    }

    /** The interpreter found, or why there is none (one line). */
    public record Lookup(Optional<Interpreter> interpreter, String problem) {
    }

    /** One plotted line of the script's figure: its label and data (NaN where the script had a non-finite value). */
    public record Line(String label, double[] x, double[] y) {
    }

    /** What the script did: the lines it plotted, its figure, and the versions it ran with. */
    public record Run(Interpreter interpreter, List<Line> lines, byte[] figurePng, double seconds) {
    }

    /** The outcome of a run: the run, or why there is none (one line). */
    public record Outcome(Optional<Run> run, String problem) {

        static Outcome failed(String problem) {
            return new Outcome(Optional.empty(), problem);
        }
    }

    /** Every python3 on the PATH, in PATH order, each once. */
    public static List<Path> candidatesOnPath() {
        String path = System.getenv("PATH");
        Set<Path> found = new LinkedHashSet<>();
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                for (String name : List.of("python3", "python3.exe")) {
                    Path p = Path.of(dir, name);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                        found.add(p.toAbsolutePath());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The first candidate that imports numpy and matplotlib; otherwise what the first candidate lacks. */
    public static Lookup find(List<Path> candidates) {
        if (candidates.isEmpty()) {
            return new Lookup(Optional.empty(), "Run the real Python needs python3 with numpy and matplotlib on the "
                    + "PATH: there is no python3");
        }
        String first = null;
        for (Path candidate : candidates) {
            String problem;
            try {
                Started p = start(List.of(candidate.toString(), "-c", PROBE), null);
                ProcessOutput out = finish(p, PROBE_TIMEOUT);
                String[] words = out.stdout().strip().split(" ");
                if (out.exitCode() != 0 || words.length != 3) {
                    problem = candidate + " does not run as python3: " + lastLine(out);
                } else if (!words[1].equals("-") && !words[2].equals("-")) {
                    return new Lookup(Optional.of(new Interpreter(candidate, words[0], words[1], words[2])), "");
                } else {
                    problem = candidate + " (Python " + words[0] + ") has no " + (words[1].equals("-") ? "numpy"
                            + (words[2].equals("-") ? " and no matplotlib" : "") : "matplotlib")
                            + ": install it to run the lecture's script";
                }
            } catch (IOException e) {
                problem = candidate + " does not start: " + Messages.clean(e.getMessage());
            } catch (TimedOut e) {
                problem = candidate + " did not answer within " + PROBE_TIMEOUT.toSeconds() + " s";
            }
            first = first == null ? problem : first;
        }
        return new Lookup(Optional.empty(), Messages.oneLine(first));
    }

    private static final String PROBE = "import importlib.util as u, sys\n"
            + "print(sys.version.split()[0], *[__import__(m).__version__ if u.find_spec(m) else '-' "
            + "for m in ('numpy', 'matplotlib')])";

    /** Runs the script (its lines, as shown) through the harness in a temporary folder, deleted afterwards. */
    public static Outcome run(Interpreter interpreter, List<String> script, Duration timeout) {
        Path dir = null;
        long start = System.nanoTime();
        try {
            dir = Files.createTempDirectory("frontiers-lab-python");
            Files.writeString(dir.resolve("script.py"), String.join("\n", script) + "\n", StandardCharsets.UTF_8);
            Files.write(dir.resolve("harness.py"), resource("harness.py"));
            Started p = start(List.of(interpreter.executable().toString(), "harness.py", "script.py", "data.json",
                    "figure.png"), dir);
            ProcessOutput out = finish(p, timeout);
            if (out.exitCode() != 0 || !Files.isRegularFile(dir.resolve("data.json"))) {
                return Outcome.failed("the script failed in python3: " + lastLine(out));
            }
            List<Line> lines = lines(Files.readString(dir.resolve("data.json")));
            byte[] png = Files.isRegularFile(dir.resolve("figure.png")) ? Files.readAllBytes(dir.resolve("figure.png"))
                    : new byte[0];
            return new Outcome(Optional.of(new Run(interpreter, lines, png, (System.nanoTime() - start) / 1e9)), "");
        } catch (IOException e) {
            return Outcome.failed("python3 could not be run: " + Messages.clean(e.getMessage()));
        } catch (TimedOut e) {
            return Outcome.failed("the script did not finish within " + timeout.toSeconds() + " s: stopped");
        } catch (IllegalArgumentException e) {
            return Outcome.failed("the script's data could not be read: " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    /** Lookup, then run: the outcome of "Run the real Python" for a script. */
    public static Outcome lookUpAndRun(List<Path> candidates, List<String> script) {
        Lookup lookup = find(candidates);
        return lookup.interpreter().map(i -> run(i, script, RUN_TIMEOUT))
                .orElseGet(() -> Outcome.failed(lookup.problem()));
    }

    @SuppressWarnings("unchecked")
    static List<Line> lines(String json) {
        Object doc = Json.parse(json);
        if (!(doc instanceof Map<?, ?> map) || !(map.get("lines") instanceof List<?> list)) {
            throw new IllegalArgumentException("expected an object with the plotted lines");
        }
        List<Line> lines = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> line = (Map<String, Object>) o;
            lines.add(new Line(String.valueOf(line.get("label")), numbers(line.get("x")), numbers(line.get("y"))));
        }
        return List.copyOf(lines);
    }

    private static double[] numbers(Object values) {
        List<?> list = (List<?>) values;
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RealPython.class.getResourceAsStream("/frontierslab/demos/" + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private record ProcessOutput(int exitCode, String stdout, String stderr) {
    }

    private static final class TimedOut extends Exception {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    /** A started process and the folder its output goes to (its own, deleted when done, for a probe). */
    private record Started(Process process, Path logs, boolean own) {
    }

    private static Started start(List<String> command, Path dir) throws IOException {
        Path logs = dir == null ? Files.createTempDirectory("frontiers-lab-probe") : dir;
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(logs.resolve("stdout.txt").toFile())
                .redirectError(logs.resolve("stderr.txt").toFile());
        if (dir != null) {
            b.directory(dir.toFile());
        }
        b.environment().put("MPLBACKEND", "Agg");
        b.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        try {
            Process p = b.start();
            p.getOutputStream().close();
            return new Started(p, logs, dir == null);
        } catch (IOException e) {
            if (dir == null) {
                delete(logs);
            }
            throw e;
        }
    }

    private static ProcessOutput finish(Started started, Duration timeout) throws IOException, TimedOut {
        Process p = started.process();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new TimedOut();
            }
            return new ProcessOutput(p.exitValue(), Files.readString(started.logs().resolve("stdout.txt")),
                    Files.readString(started.logs().resolve("stderr.txt")));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new TimedOut();
        } finally {
            if (started.own()) {
                delete(started.logs());
            }
        }
    }

    private static String lastLine(ProcessOutput out) {
        String text = (out.stderr().isBlank() ? out.stdout() : out.stderr()).strip();
        String[] lines = text.split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? "exit status " + out.exitCode() : last;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** The app's trace columns a plotted line of the script corresponds to (x null: the line's index). */
    public record Plotted(String label, String xColumn, String yColumn) {
    }

    /** How far numpy's data and the app's are apart along one plotted line. */
    public record Difference(String label, int points, double largest, int largestAt, int firstDiffering,
                             int parted) {

        public boolean identical() {
            return largest == 0;
        }
    }

    /** Threshold above which two paths count as parted. */
    public static final double PARTED = 1e-6;

    /**
     * The difference along each plotted line: its y (and x, where it is a trace column) against the app's trace
     * columns, point by point; a point where either is NaN counts as differing unless both are.
     */
    public static List<Difference> compare(List<Line> lines, List<Plotted> plotted, Trace.View app) {
        List<Difference> out = new ArrayList<>();
        for (Plotted p : plotted) {
            Line line = lines.stream().filter(l -> l.label().equals(p.label())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the script plotted no line '" + p.label() + "'"));
            int n = Math.min(line.y().length, app.rows());
            double largest = line.y().length == app.rows() ? 0 : Double.POSITIVE_INFINITY;
            int largestAt = -1;
            int first = -1;
            int parted = -1;
            for (int i = 0; i < n; i++) {
                double d = distance(line.y()[i], app.get(i, p.yColumn()));
                if (p.xColumn() != null) {
                    d = Math.hypot(d, distance(line.x()[i], app.get(i, p.xColumn())));
                }
                if (d > 0 && first < 0) {
                    first = i;
                }
                if (d > PARTED && parted < 0) {
                    parted = i;
                }
                if (d > largest || largestAt < 0 && d == largest) {
                    largest = d;
                    largestAt = i;
                }
            }
            out.add(new Difference(p.label(), n, largest, largestAt, first, parted));
        }
        return List.copyOf(out);
    }

    /** The script's run beside the app's: the differences along each plotted line and what explains them. */
    public record Comparison(Run run, CodeDemoSnapshot app, List<Difference> differences, List<String> explanation) {

        /** The largest difference over all lines. */
        public double largest() {
            return differences.stream().mapToDouble(Difference::largest).max().orElse(0);
        }
    }

    /** The comparison, or why there is none (one line). */
    public record Checked(Optional<Comparison> comparison, String problem) {
    }

    /**
     * "Run the real Python" for a demo: runs {@code fresh} (a new experiment with the parameters on screen) to its end,
     * runs its listing in python3, and compares the two. Blocks for as long as python3 runs: call it off the FX thread.
     */
    public static Checked check(CodeDemoExperiment<?> fresh, List<Path> candidates) {
        fresh.run(Long.MAX_VALUE);
        CodeDemoSnapshot app = fresh.snapshot();
        Outcome outcome = lookUpAndRun(candidates, app.code());
        if (outcome.run().isEmpty()) {
            return new Checked(Optional.empty(), outcome.problem());
        }
        Run run = outcome.run().get();
        List<Difference> differences;
        try {
            differences = compare(run.lines(), fresh.plotted(), app.trace());
        } catch (IllegalArgumentException e) {
            return new Checked(Optional.empty(), e.getMessage());
        }
        return new Checked(Optional.of(new Comparison(run, app, differences, explain(differences,
                app.summary().facts() instanceof SamDemo.Facts sam ? sam.samEndMovedByNudgedStart() : null))),
                "");
    }

    /**
     * One sentence per line, then why they differ where they do; every number from the comparison or the run.
     * {@code samSpread}: how far SAM's end moves for a nudged start (Demo 2), null for a demo without it.
     */
    static List<String> explain(List<Difference> differences, Double samSpread) {
        List<String> out = new ArrayList<>();
        boolean parted = false;
        boolean differ = false;
        for (Difference d : differences) {
            if (d.identical()) {
                out.add(d.label() + ": numpy's " + d.points() + " points and the app's are identical, bit for bit");
                continue;
            }
            differ = true;
            parted |= d.parted() >= 0;
            out.add(d.label() + ": the first bits differ at point " + d.firstDiffering()
                    + (d.parted() >= 0 ? ", the two part (|Δ| > " + Numbers.format(PARTED) + ") at point " + d.parted()
                    : ", and stay within " + Numbers.format(PARTED)) + "; the largest |Δ| is "
                    + Numbers.format(d.largest()) + " at point " + d.largestAt());
        }
        if (differ) {
            out.add("Why: numpy's exp, power and norm may round the last bit differently from the app's (the app's exp"
                    + " is correctly rounded, numpy's norm uses a fused multiply-add), so single results differ by an"
                    + " ulp" + (samSpread != null ? ", and the code's forward"
                    + " differences divide each rounding error of f by eps = " + Numbers.format(SamDemo.H) : "") + ".");
        }
        if (parted && samSpread != null) {
            out.add("The SAM path is chaotic: in the app, a start moved by " + Numbers.format(SamDemo.NUDGE)
                    + " moves its end by "
                    + Numbers.format(samSpread) + ", so an ulp grows until the paths part.");
        } else if (differ && !parted) {
            out.add("The run is stable, so the difference stays at the level of rounding.");
        }
        return List.copyOf(out);
    }

    private static double distance(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b);
    }
}
