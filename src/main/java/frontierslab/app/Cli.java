package frontierslab.app;

import frontierslab.export.ExperimentExport;
import frontierslab.export.ExportException;
import frontierslab.export.FileSet;
import frontierslab.export.Format;
import frontierslab.export.ParameterFile;
import frontierslab.io.Messages;
import frontierslab.io.UserPaths;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.PlainText;
import frontierslab.panels.References;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.scenes.Slides;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The command line: {@code list}, {@code run}, {@code screenshots}, {@code slides}, {@code bench}. It runs the same experiments and
 * draws the same figures as the GUI, headless. Bad input (an option, a value, a file, an output folder that cannot be
 * used) ends with status 2 and one line naming the problem and the allowed values; a failure while writing ends with
 * status 1, and the output folder as it was. Relative paths are relative to the folder the command was run from.
 */
public final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static final String USAGE_TEXT = """
            usage: frontiers-lab                      start the app
                   frontiers-lab list                 every experiment with its parameters and presets
                   frontiers-lab run <id> [--preset NAME | --params FILE.json] [--set name=value]... [--steps N] --out DIR
                                 [--format png,svg,pdf,csv,json,md,py] [--scale 1|2|3] [--theme light|dark|projector] [--caption]
                   frontiers-lab screenshots --out DIR [--theme light,projector] [--experiment ID [--preset NAME] [--from NAME]] [--presenter] [--size WxH] [--scene N] [--scrub F]
                   frontiers-lab slides --scenes FILE|lecture --out DIR [--theme light|dark|projector]
                                 [--size 1920x1080|1280x720|WxH] [--format png,svg,pdf] [--caption]
                   frontiers-lab bench [NAME]         print speed figures (see docs/benchmarks.md)""";

    public int execute(String... args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        try {
            return switch (args[0]) {
                case "list" -> list();
                case "run" -> run(List.of(args).subList(1, args.length));
                case "screenshots" -> Screenshots.command(List.of(args).subList(1, args.length), out);
                case "bench" -> Bench.command(List.of(args).subList(1, args.length), out);
                case "slides" -> Slides.command(List.of(args).subList(1, args.length), out);
                default -> throw new IllegalArgumentException("unknown command '" + args[0]
                        + "': allowed list, run, screenshots, slides, bench, help");
            };
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return USAGE;
        } catch (ExportException e) {
            say(e.getMessage());
            return e.isRefusal() ? USAGE : FAILED;
        } catch (RuntimeException | StackOverflowError e) {
            say("internal error, please report it: " + e);
            return FAILED;
        }
    }

    /** One line on the error stream: control characters shown as escapes, long echoes of the user's text cut. */
    private void say(String message) {
        err.println("frontiers-lab: " + Messages.oneLine(message));
    }

    /**
     * Every experiment with its parameters and presets; a preset's description with the numbers of its runs filled in
     * (the runs spread over the cores, each experiment printed as soon as its own are done) and its formulas as plain
     * text.
     */
    private int list() {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                task -> Thread.ofPlatform().name("list-runs").daemon(true).unstarted(task));
        try {
            Map<Preset<?>, CompletableFuture<String>> descriptions = new LinkedHashMap<>();
            for (PanelDefinition panel : Registry.panels()) {
                References references = References.of(panel);
                for (Entry<?, ?> e : panel.experiments()) {
                    for (Preset<?> p : e.type().presets()) {
                        descriptions.put(p, references.fillLater(p.description(), pool));
                    }
                }
            }
            for (Entry<?, ?> e : Registry.experiments()) {
                ExperimentType<?> t = e.type();
                out.println(t.id() + "  (" + t.section() + ")  " + t.title());
                out.println("    " + PlainText.of(t.summary()));
                for (ParamSpec s : t.space().specs()) {
                    out.printf("    --set %-10s %-6s default %-8s allowed %s%n", s.name() + "=", s.label(),
                            format(s.byDefault()), s.allowed());
                }
                for (Preset<?> p : t.presets()) {
                    out.printf("    --preset %-16s %s%n", p.name(), PlainText.of(filled(descriptions.get(p))));
                }
            }
            return OK;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String filled(CompletableFuture<String> description) {
        try {
            return description.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static String format(Object v) {
        return v instanceof Enum<?> e ? ParamSpec.Choice.keyOf(e) : String.valueOf(v);
    }

    private int run(List<String> args) throws ExportException {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("run needs an experiment id: allowed " + String.join(", ",
                    Registry.experiments().stream().map(e -> e.type().id()).toList()));
        }
        Entry<?, ?> entry = Registry.experiment(args.get(0));
        return runTyped(entry, args.subList(1, args.size()));
    }

    private <P extends Record> int runTyped(Entry<P, ?> entry, List<String> args) throws ExportException {
        ExperimentType<P> type = entry.type();
        String preset = null;
        Path paramsFile = null;
        Map<String, String> sets = new LinkedHashMap<>();
        Long steps = null;
        Path outDir = null;
        List<Format> formats = Format.standard();
        double scale = 1;
        Theme theme = Theme.LIGHT;
        boolean caption = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--preset" -> preset = value(args, ++i, a);
                case "--params" -> paramsFile = UserPaths.resolve(value(args, ++i, a), "--params");
                case "--set" -> {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--set takes name=value, got '" + kv + "': allowed names "
                                + type.space().names());
                    }
                    type.space().spec(kv.substring(0, eq));
                    sets.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                case "--steps" -> {
                    String v = value(args, ++i, a);
                    try {
                        steps = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--steps = '" + v + "' is not a whole number: allowed 0 … 10000000");
                    }
                    if (steps < 0 || steps > 10_000_000) {
                        throw new IllegalArgumentException("--steps = " + steps + " is out of range: allowed 0 … 10000000");
                    }
                }
                case "--out" -> outDir = UserPaths.resolve(value(args, ++i, a), "--out");
                case "--format" -> formats = Format.parseList(value(args, ++i, a));
                case "--scale" -> {
                    String v = value(args, ++i, a);
                    scale = switch (v) {
                        case "1", "1x" -> 1;
                        case "2", "2x" -> 2;
                        case "3", "3x" -> 3;
                        default -> throw new IllegalArgumentException("--scale = '" + v + "' is not allowed: allowed 1, 2, 3");
                    };
                }
                case "--theme" -> theme = Theme.parse(value(args, ++i, a));
                case "--caption" -> caption = true;
                default -> throw new IllegalArgumentException("unknown option '" + a
                        + "' for run: allowed --preset, --params, --set, --steps, --out, --format, --scale, --theme, "
                        + "--caption");
            }
        }
        if (outDir == null) {
            throw new IllegalArgumentException("run needs --out DIR");
        }
        if (preset != null && paramsFile != null) {
            throw new IllegalArgumentException("--preset and --params both set the parameters: give one of them");
        }
        P params = preset == null ? type.space().defaults() : type.preset(preset).params();
        if (paramsFile != null) {
            ParameterFile.Contents contents;
            try {
                contents = ParameterFile.read(paramsFile);
            } catch (ExportException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            try {
                params = contents.params(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot open " + paramsFile + ": " + e.getMessage());
            }
        }
        params = type.space().withAll(params, sets);
        FileSet.check(outDir);
        Experiment<P> experiment = type.create(params);
        if (steps != null) {
            experiment.reset();
            experiment.run(steps);
        } else {
            experiment.run(Long.MAX_VALUE);
        }
        Snapshot snapshot = experiment.snapshot();
        Palette palette = Palette.of(theme);
        ExperimentFigure<Snapshot> figure = entry.newFigure(palette);
        figure.show(snapshot);
        List<Path> written = ExperimentExport.write(type, snapshot, figure, palette,
                new ExperimentExport.Request(outDir, formats, scale, caption, null, preset));
        out.println(type.id() + ": " + snapshot.status().word() + " after " + snapshot.step() + " steps: "
                + snapshot.status().message());
        for (Path p : written) {
            out.println("wrote " + p);
        }
        return OK;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
