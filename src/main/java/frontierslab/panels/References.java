package frontierslab.panels;

import com.fasterxml.jackson.databind.JsonNode;
import frontierslab.io.Json;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Foreground;
import frontierslab.sim.Numbers;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Workers;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a card's note or a preset's description, written as references to a run and filled from it:
 *
 * <pre>
 *   {{experiment:run:quantity:format}}
 *   {{sam-two-basin:sam-large-rho:loss_at_eps_hat:%.3f}}
 *   {{eos-valley:log-cosh-drift[steps=200,eta=0.3]:final_sharpness:%.2f}}
 * </pre>
 *
 * <ul>
 *   <li><b>experiment</b>: an experiment id of the panel.</li>
 *   <li><b>run</b>: a preset name, optionally followed by parameter changes {@code [name=value,…]} in the
 *       command line's syntax ({@code --set name=value}); {@code [..]} alone changes the defaults.</li>
 *   <li><b>quantity</b>: a key of the finished run's summary (its JSON; a dotted path such as {@code gd.period} or
 *       {@code sharp_minimum.eigenvalues.0} reaches into nested values), {@code param.name} (a parameter of the run),
 *       {@code trace.column@row} (a row number or {@code last}), or a quantity a panel defines with
 *       {@link #define}.</li>
 *   <li><b>format</b>: a {@link java.util.Formatter} pattern ({@code %.2f}, {@code %d}, {@code %,d}), or
 *       {@code sci.N} (N decimals times a power of ten: 2.5×10⁻⁷), or {@code pct.N} (the value × 100, N decimals).</li>
 * </ul>
 *
 * <p>Each run is computed once, to its horizon, on this set's own background thread, and kept; {@link #fillLater}
 * never blocks its caller; the runs pause while a run that needs its own core plays ({@link Foreground}). Until a text is filled, {@link #placeholders} shows it with {@value #PLACEHOLDER} for each
 * number.
 */
public final class References {

    /** What a reference shows until its run is done. */
    public static final String PLACEHOLDER = "…";

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern RUN = Pattern.compile("([a-z0-9-]*)(?:\\[([^\\]]*)])?");
    private static final Map<String, Function<Snapshot, Object>> DEFINED = new ConcurrentHashMap<>();

    /** One reference: the run (experiment, preset, changes), the quantity and the format. */
    public record Reference(String experiment, String preset, Map<String, String> changes, String quantity,
                            String format, String source) {
    }

    private final Map<String, ExperimentType<?>> types = new LinkedHashMap<>();
    private final Map<Object, CompletableFuture<Snapshot>> runs = new ConcurrentHashMap<>();
    /**
     * The queue of this set's runs (one per panel in the app), so that one panel's long runs (the grokking notes) do
     * not hold back another's.
     */
    private final ExecutorService background = Workers.single("references", Thread.MIN_PRIORITY);

    /** References to the runs of these experiments. */
    public References(List<? extends ExperimentType<?>> experiments) {
        for (ExperimentType<?> t : experiments) {
            types.put(t.id(), t);
        }
    }

    private static final Map<String, References> PANELS = new ConcurrentHashMap<>();

    /** The references of a panel's texts, to its own experiments; one per panel, so its runs are computed once. */
    public static References of(PanelDefinition panel) {
        return PANELS.computeIfAbsent(panel.id(), id -> new References(
                panel.experiments().stream().map(e -> (ExperimentType<?>) e.type()).toList()));
    }

    /** A quantity computed from the finished run of {@code experiment}, for whatever its summary does not hold. */
    public static void define(String experiment, String quantity, Function<Snapshot, Object> value) {
        DEFINED.put(experiment + "/" + quantity, value);
    }

    /** The references in a text, in order; a malformed one fails with its text. */
    public static List<Reference> parse(String text) {
        List<Reference> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text == null ? "" : text);
        while (m.find()) {
            String[] parts = m.group(1).split(":", 4);
            if (parts.length != 4) {
                throw new IllegalArgumentException("a reference reads {{experiment:run:quantity:format}}, not "
                        + m.group());
            }
            Matcher run = RUN.matcher(parts[1].trim());
            if (!run.matches()) {
                throw new IllegalArgumentException("the run of " + m.group() + " reads preset[name=value,…]");
            }
            Map<String, String> changes = new LinkedHashMap<>();
            if (run.group(2) != null && !run.group(2).isBlank()) {
                for (String change : run.group(2).split(",")) {
                    String[] nv = change.split("=", 2);
                    if (nv.length != 2) {
                        throw new IllegalArgumentException("in " + m.group() + ": '" + change + "' is not name=value");
                    }
                    changes.put(nv[0].trim(), nv[1].trim());
                }
            }
            found.add(new Reference(parts[0].trim(), run.group(1), Map.copyOf(changes), parts[2].trim(),
                    parts[3].trim(), m.group()));
        }
        return found;
    }

    /** The text with each reference shown as {@value #PLACEHOLDER}. */
    public static String placeholders(String text) {
        return text == null ? null : REFERENCE.matcher(text).replaceAll(PLACEHOLDER);
    }

    /** The text without its references (for checking what is left). */
    public static String withoutReferences(String text) {
        return text == null ? null : REFERENCE.matcher(text).replaceAll("");
    }

    /** The finished run a reference is about, computed once (on the calling thread if nobody has asked yet). */
    public Snapshot run(Reference r) {
        return future(r, Runnable::run).join();
    }

    private CompletableFuture<Snapshot> future(Reference r, java.util.concurrent.Executor executor) {
        ExperimentType<?> type = type(r);
        Record params = params(type, r);
        return runs.computeIfAbsent(List.of(r.experiment(), params),
                k -> CompletableFuture.supplyAsync(() -> finish(type, params), executor));
    }

    private static <P extends Record> Record params(ExperimentType<P> type, Reference r) {
        P p = r.preset().isEmpty() ? type.space().defaults() : type.preset(r.preset()).params();
        for (Map.Entry<String, String> change : r.changes().entrySet()) {
            p = type.space().parse(p, change.getKey(), change.getValue());
        }
        return p;
    }

    /** The run to its horizon; between steps it waits while a run that needs its own core plays ({@link Foreground}). */
    @SuppressWarnings("unchecked")
    private static <P extends Record> Snapshot finish(ExperimentType<P> type, Record params) {
        Experiment<P> e = type.create((P) params);
        while (e.canStep()) {
            try {
                Foreground.awaitIdle();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("filling a card's numbers was interrupted");
            }
            e.step();
        }
        return e.snapshot();
    }

    /** The value a reference stands for, from its run (a parameter needs no run). */
    public Object value(Reference r) {
        if (r.quantity().startsWith("param.")) {
            return component(params(type(r), r), r.quantity().substring("param.".length()), r);
        }
        return quantity(run(r), r);
    }

    private ExperimentType<?> type(Reference r) {
        ExperimentType<?> type = types.get(r.experiment());
        if (type == null) {
            throw new IllegalArgumentException(r.source() + ": no experiment " + r.experiment() + " here");
        }
        return type;
    }

    /** The value of a reference's quantity in a finished run. */
    public static Object quantity(Snapshot s, Reference r) {
        String q = r.quantity();
        Object v;
        if (q.startsWith("param.")) {
            v = component(s.params(), q.substring("param.".length()), r);
        } else if (q.startsWith("trace.")) {
            String[] cr = q.substring("trace.".length()).split("@", 2);
            Trace.View t = s.trace();
            if (cr.length != 2) {
                throw new IllegalArgumentException(r.source() + ": trace quantities read trace.column@row");
            }
            int row = cr[1].equals("last") ? t.rows() - 1 : Integer.parseInt(cr[1]);
            v = t.get(row, cr[0]);
        } else if (DEFINED.containsKey(r.experiment() + "/" + q)) {
            v = DEFINED.get(r.experiment() + "/" + q).apply(s);
        } else {
            v = path(s.summary(), q);
        }
        if (v == null) {
            throw new IllegalArgumentException(r.source() + ": the run has no value '" + q + "'");
        }
        if (v instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException(r.source() + ": '" + q + "' is not a finite number");
        }
        return v;
    }

    /**
     * A summary value by its JSON key, or by a dotted path into nested objects and arrays ("gd.period",
     * "minimum.values.0"): the summary's JSON ({@link Json#summary(Record)}), the names the export writes.
     */
    private static Object path(Record summary, String key) {
        JsonNode v = Json.summary(summary);
        for (String part : key.split("\\.")) {
            v = v.isArray() && part.matches("\\d+") ? v.get(Integer.parseInt(part)) : v.isObject() ? v.get(part) : null;
            if (v == null) {
                return null;
            }
        }
        return v.isContainerNode() ? null : Json.plain(v);
    }

    private static Object component(Record params, String name, Reference r) {
        for (var c : params.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(params);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(r.source() + ": no parameter '" + name + "'");
    }

    /** A value in a reference's format. */
    public static String format(Object value, String format) {
        if (format.startsWith("sci.")) {
            return scientific(((Number) value).doubleValue(), Integer.parseInt(format.substring(4)));
        }
        if (format.startsWith("pct.")) {
            return String.format(Locale.ROOT, "%." + Integer.parseInt(format.substring(4)) + "f",
                    100 * ((Number) value).doubleValue()).replace('-', '−');
        }
        Object v = value;
        if (format.endsWith("d") && value instanceof Double d && d == Math.rint(d)) {
            v = d.longValue();
        }
        String text = String.format(Locale.ROOT, format, v);
        return value instanceof Number ? text.replace('-', '−') : text;
    }

    /**
     * m×10ⁿ with m to {@code decimals} places (1 ≤ |m| &lt; 10), or just 10ⁿ when m rounds to 1 with no decimals
     * ({@link Numbers#power}); "—" when not finite.
     */
    static String scientific(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v == 0) {
            return "0";
        }
        return Numbers.power(v, (int) Math.floor(Math.log10(Math.abs(v))), decimals, false);
    }

    /** The text with every reference filled from its run (computing runs on the calling thread as needed). */
    public String fill(String text) {
        return substitute(text, r -> format(value(r), r.format()));
    }

    /**
     * The text filled as far as possible now, without computing: parameters and runs already done are filled, every
     * other reference shows {@value #PLACEHOLDER}.
     */
    public String fillAvailable(String text) {
        return substitute(text, r -> ready(r) ? format(value(r), r.format()) : PLACEHOLDER);
    }

    /** The text with each reference replaced by {@code shown} of it, in order. */
    private static String substitute(String text, Function<Reference, String> shown) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = REFERENCE.matcher(text);
        int i = 0;
        for (Reference r : parse(text)) {
            m.find();
            out.append(text, i, m.start()).append(shown.apply(r));
            i = m.end();
        }
        return out.append(text.substring(i)).toString();
    }

    private boolean ready(Reference r) {
        try {
            if (r.quantity().startsWith("param.")) {
                return true;
            }
            CompletableFuture<Snapshot> f = runs.get(List.of(r.experiment(), params(type(r), r)));
            return f != null && f.isDone() && !f.isCompletedExceptionally();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The text filled on the background thread; completes as soon as its runs are done (at once if cached). */
    public CompletableFuture<String> fillLater(String text) {
        return fillLater(text, background);
    }

    /** The text filled with its runs computed on {@code executor} (the command line spreads them over the cores). */
    public CompletableFuture<String> fillLater(String text, Executor executor) {
        List<CompletableFuture<Snapshot>> needed = new ArrayList<>();
        try {
            for (Reference r : parse(text)) {
                if (r.quantity().startsWith("param.")) {
                    params(type(r), r);
                } else {
                    needed.add(future(r, executor));
                }
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(needed.toArray(CompletableFuture[]::new))
                .thenApplyAsync(done -> fill(text), executor);
    }
}
