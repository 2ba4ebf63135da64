package frontierslab.export;

import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what an experiment shows into a folder: the figure (all charts, or one) as PNG/SVG/PDF, the trace as CSV and
 * the parameters with the outcome as JSON. The GUI's export dialog and the command line's {@code run} both call it, so
 * the files are the same whichever way they were made.
 */
public final class ExperimentExport {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private ExperimentExport() {
    }

    /** What to write. {@code chartId} null means the whole figure. */
    public record Request(Path folder, Collection<Format> formats, double scale, boolean caption, String chartId,
                          String preset) {

        public Request {
            if (scale < 1 || scale > 4) {
                throw new IllegalArgumentException("scale = " + scale + " is out of range: allowed 1 … 4");
            }
        }
    }

    /** Writes the files and returns their paths. */
    public static <P extends Record> List<Path> write(ExperimentType<P> type, Snapshot snapshot,
                                                      ExperimentFigure<Snapshot> figure, Palette palette,
                                                      Request request) throws ExportException {
        AtomicFiles.ensureDirectory(request.folder().toAbsolutePath());
        List<Path> written = new ArrayList<>();
        String base = request.chartId() == null ? type.id() : type.id() + "-" + request.chartId();
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
                charts.stream().map(FigureChart::chart).toList(), figure.columns(), caption);
        for (Format format : request.formats()) {
            Path target = request.folder().resolve(base + "." + format.extension());
            switch (format) {
                case PNG -> writer.writePng(target, width, height, request.scale());
                case SVG -> writer.writeSvg(target, width, height);
                case PDF -> writer.writePdf(target, width, height);
                case CSV -> DataWriter.writeCsv(target, snapshot.trace());
                case JSON -> DataWriter.writeJson(target, document(type, snapshot, request.preset()));
            }
            written.add(target);
        }
        return written;
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
        doc.put("summary", snapshot.summary());
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
