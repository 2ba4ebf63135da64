package frontierslab.export;

import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Snapshot;
import frontierslab.io.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes what an experiment shows into a folder: the figure (all charts, or one) as PNG/SVG/PDF, the trace as CSV and
 * the parameters with the outcome as JSON. The GUI's export dialog and the command line's {@code run} both call it, so
 * the files are the same whichever way they were made. The files of one export are written all or none ({@link FileSet}).
 */
public final class ExperimentExport {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private ExperimentExport() {
    }

    /**
     * What to write. {@code chartId} null means the whole figure. {@code numbered}: never replace a file; when a file of
     * the set exists, name the set {@code <id>-2}, {@code <id>-3}, … (the GUI); otherwise the files are replaced (the
     * command line, so that a script's output has fixed names). Formats are kept once each, in order.
     */
    public record Request(Path folder, Collection<Format> formats, double scale, boolean caption, String chartId,
                          String preset, boolean numbered) {

        public Request {
            if (scale < 1 || scale > 4) {
                throw new IllegalArgumentException("scale = " + scale + " is out of range: allowed 1 … 4");
            }
            formats = List.copyOf(new LinkedHashSet<>(formats));
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("choose at least one format: png, svg, pdf, csv, json");
            }
        }

        public Request(Path folder, Collection<Format> formats, double scale, boolean caption, String chartId,
                       String preset) {
            this(folder, formats, scale, caption, chartId, preset, false);
        }
    }

    /** Writes the files, all or none, and returns their paths. */
    public static <P extends Record> List<Path> write(ExperimentType<P> type, Snapshot snapshot,
                                                      ExperimentFigure<Snapshot> figure, Palette palette,
                                                      Request request) throws ExportException {
        return write(type, snapshot, figure, palette, request, FileSet.DISK);
    }

    static <P extends Record> List<Path> write(ExperimentType<P> type, Snapshot snapshot,
                                               ExperimentFigure<Snapshot> figure, Palette palette, Request request,
                                               FileSet.Storage storage) throws ExportException {
        List<FigureChart> charts = request.chartId() == null ? figure.charts()
                : figure.charts().stream().filter(c -> c.id().equals(request.chartId())).toList();
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("unknown chart '" + request.chartId() + "' of " + type.id() + ": allowed "
                    + String.join(", ", figure.charts().stream().map(FigureChart::id).toList()));
        }
        String caption = request.caption() ? caption(type, snapshot, figure) : null;
        int width = charts.size() == 1 ? 960 : WIDTH;
        int height = charts.size() == 1 ? 640 : HEIGHT;
        FigureWriter writer = new FigureWriter(palette, charts.size() == 1 ? null : type.title(),
                charts.stream().map(FigureChart::chart).toList(), figure.columns(), caption)
                .rowShares(charts.size() == figure.charts().size() ? figure.rowShares() : null);
        try (FileSet set = FileSet.in(request.folder(), storage)) {
            String base = request.chartId() == null ? type.id() : type.id() + "-" + request.chartId();
            if (request.numbered()) {
                base = freeName(set.folder(), base, request.formats());
            }
            for (Format format : request.formats()) {
                set.add(base + "." + format.extension(), switch (format) {
                    case PNG -> writer.png(width, height, request.scale());
                    case SVG -> text(writer.svg(width, height));
                    case PDF -> {
                        byte[] pdf = writer.pdf(width, height);
                        yield out -> out.write(pdf);
                    }
                    case CSV -> text(DataWriter.csv(snapshot.trace()));
                    case JSON -> text(Json.write(document(type, snapshot, request.preset())));
                    case MD, PY -> text(textDocument(type, snapshot, figure, format));
                });
            }
            return set.commit();
        }
    }

    /** A handout or a script, where the snapshot has one; otherwise a refusal naming the formats it has. */
    private static <P extends Record> String textDocument(ExperimentType<P> type, Snapshot snapshot,
                                                          ExperimentFigure<Snapshot> figure, Format format) {
        if (!(snapshot instanceof Documents documents) || !documents.documentFormats().contains(format)) {
            throw new IllegalArgumentException(type.id() + " has no " + format.extension() + " document: allowed "
                    + String.join(", ", formats(snapshot).stream().map(Format::extension).toList()));
        }
        String parameters = caption(type, snapshot, figure).lines().findFirst().orElse("");
        return documents.document(format, new Documents.Heading(type.title(), parameters));
    }

    /** The formats a snapshot can be exported in: the standard five and its documents. */
    public static List<Format> formats(Snapshot snapshot) {
        List<Format> all = new java.util.ArrayList<>(Format.standard());
        if (snapshot instanceof Documents documents) {
            all.addAll(documents.documentFormats());
        }
        return List.copyOf(all);
    }

    private static FileSet.Content text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, …: the first under which no file of the formats exists. */
    public static String freeName(Path folder, String base, Collection<Format> formats) {
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            if (formats.stream().noneMatch(f -> Files.exists(folder.resolve(name + "." + f.extension())))) {
                return name;
            }
        }
    }

    /** The JSON document: the experiment, its parameters, the status and the summary of the outcome. */
    public static <P extends Record> Map<String, Object> document(ExperimentType<P> type, Snapshot snapshot,
                                                                  String preset) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("experiment", type.id());
        doc.put("preset", preset);
        doc.put("parameters", type.space().values(type.cast(snapshot.params())));
        doc.put("steps", snapshot.step());
        doc.put("status", snapshot.status().word());
        doc.put("message", snapshot.status().message());
        doc.put("summary", Json.summary(snapshot.summary()));
        return doc;
    }

    /** The parameters, the readouts and the status in a few lines, stamped under a figure. */
    public static <P extends Record> String caption(ExperimentType<P> type, Snapshot snapshot,
                                                    ExperimentFigure<Snapshot> figure) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> values = type.space().values(type.cast(snapshot.params()));
        for (ParamSpec spec : type.space().specs()) {
            Object v = values.get(spec.name());
            String text = v instanceof Double d ? Readout.format(d)
                    : v instanceof Enum<?> e ? ParamSpec.Choice.keyOf(e) : String.valueOf(v);
            sb.append(sb.isEmpty() ? "" : ", ").append(spec.label()).append(" = ").append(text);
        }
        sb.append('\n');
        boolean first = true;
        for (Readout r : figure.readouts(snapshot)) {
            sb.append(first ? "" : ", ").append(r.label()).append(" = ").append(r.text());
            first = false;
        }
        sb.append('\n').append(snapshot.status().word()).append(": ").append(snapshot.status().message());
        return sb.toString();
    }
}
