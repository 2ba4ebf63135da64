package frontierslab.scenes;

import frontierslab.export.ExportException;
import frontierslab.export.FigureWriter;
import frontierslab.export.FileSet;
import frontierslab.export.Format;
import frontierslab.io.InputException;
import frontierslab.io.UserPaths;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Workers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.awt.geom.Rectangle2D;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * A lecture as slides: each scene restored ({@link SceneRestorer}) and drawn as one figure per format
 * ({@code NN-<experiment>[-<preset>].png|svg|pdf}), and {@code slides.pdf}, one page per scene with its title and, on
 * request, a caption of its parameters, readouts and status. Every file is written all or none ({@link FileSet}).
 * While one scene is drawn, the runs of the next ones are replayed on the other cores ({@link Workers}); drawing stays
 * on the calling thread.
 */
public final class Slides {

    /** The name of the deck in the output folder. */
    public static final String DECK = "slides.pdf";

    /** Scenes replayed ahead of the one being drawn, on the shared compute threads: one per further core. */
    private static final int AHEAD = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private static final int MIN_SIDE = 320;
    private static final int MAX_SIDE = 7680;

    private Slides() {
    }

    /**
     * What to write.
     *
     * @param theme null: each scene's own theme, light when it names none
     */
    public record Request(Path folder, List<Format> formats, Theme theme, int width, int height, boolean caption) {

        public Request {
            formats = List.copyOf(formats);
            for (Format f : formats) {
                if (!f.isFigure()) {
                    throw new IllegalArgumentException("--format " + f.extension()
                            + " is not a figure format: allowed png, svg, pdf");
                }
            }
            if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException("--size " + width + "x" + height + " is out of range: each side "
                        + MIN_SIDE + " … " + MAX_SIDE);
            }
        }
    }

    /** {@code slides --scenes FILE|lecture --out DIR [--theme T] [--size WxH] [--format png,svg,pdf] [--caption]}. */
    public static int command(List<String> args, PrintStream out) throws ExportException {
        String scenes = null;
        Path folder = null;
        Theme theme = null;
        int[] size = {1920, 1080};
        List<Format> formats = List.of(Format.PNG);
        boolean caption = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--scenes" -> scenes = value(args, ++i, a);
                case "--out" -> folder = UserPaths.resolve(value(args, ++i, a), "--out");
                case "--theme" -> theme = Theme.parse(value(args, ++i, a));
                case "--size" -> size = size(value(args, ++i, a));
                case "--format" -> formats = Format.parseList(value(args, ++i, a));
                case "--caption" -> caption = true;
                default -> throw new IllegalArgumentException("unknown option '" + a
                        + "' for slides: allowed --scenes, --out, --theme, --size, --format, --caption");
            }
        }
        if (scenes == null || folder == null) {
            throw new IllegalArgumentException("slides needs --scenes FILE|" + Lecture.BUILT_IN + " and --out DIR");
        }
        Request request = new Request(folder, formats, theme, size[0], size[1], caption);
        Lecture lecture;
        try {
            lecture = Lecture.open(scenes, Lecture.BUILT_IN.equals(scenes) ? null : UserPaths.resolve(scenes, "--scenes"))
                    .orRefuse();
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (lecture.scenes().isEmpty()) {
            throw new IllegalArgumentException("cannot open " + scenes + ": it has no scenes");
        }
        FileSet.check(folder);
        List<Path> written = write(lecture, request);
        out.println("slides: " + lecture.scenes().size() + (lecture.scenes().size() == 1 ? " scene" : " scenes"));
        for (Path p : written) {
            out.println("wrote " + p);
        }
        return 0;
    }

    /** Writes the figures and the deck, all or none, and returns their paths. */
    public static List<Path> write(Lecture lecture, Request request) throws ExportException {
        return write(lecture, request, drawn -> { });
    }

    /** As {@link #write(Lecture, Request)}, telling {@code progress} the number of scenes drawn after each one. */
    public static List<Path> write(Lecture lecture, Request request, IntConsumer progress) throws ExportException {
        int w = request.width();
        int h = request.height();
        PDFDocument deck = new PDFDocument();
        deck.setTitle(lecture.title().isBlank() ? "Frontiers Lab" : lecture.title());
        deck.setAuthor("Frontiers Lab");
        List<Scene> scenes = lecture.scenes();
        Deque<FutureTask<SceneRestorer.Replayed>> ahead = new ArrayDeque<>();
        int next = 0;
        try (FileSet set = FileSet.in(request.folder())) {
            for (int i = 0; i < scenes.size(); i++) {
                for (; next < scenes.size() && next <= i + AHEAD; next++) {
                    Scene later = scenes.get(next);
                    FutureTask<SceneRestorer.Replayed> task = new FutureTask<>(() -> SceneRestorer.replay(later));
                    Workers.shared().execute(task);
                    ahead.add(task);
                }
                Scene scene = scenes.get(i);
                Theme theme = request.theme() != null ? request.theme()
                        : scene.view().theme() != null ? Theme.parse(scene.view().theme()) : Theme.LIGHT;
                Palette palette = Palette.of(theme);
                SceneRestorer.Restored restored = SceneRestorer.show(replayed(ahead.remove(), scene), palette);
                FigureWriter writer = restored.writer(palette, scene.title(), request.caption());
                Page page = deck.createPage(new Rectangle2D.Double(0, 0, w, h));
                PDFGraphics2D g = page.getGraphics2D();
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                writer.draw(g, w, h);
                Map<Format, FileSet.Content> files = new EnumMap<>(Format.class);
                for (Format f : request.formats()) {
                    files.put(f, switch (f) {
                        case PNG -> writer.png(w, h, 1);
                        case SVG -> bytes(writer.svg(w, h).getBytes(StandardCharsets.UTF_8));
                        default -> bytes(writer.pdf(w, h));
                    });
                }
                String base = fileName(i, scene);
                for (Map.Entry<Format, FileSet.Content> e : files.entrySet()) {
                    set.add(base + "." + e.getKey().extension(), e.getValue());
                }
                progress.accept(i + 1);
            }
            set.add(DECK, bytes(deck.getPDFBytes()));
            return set.commit();
        } finally {
            ahead.forEach(t -> t.cancel(true));
        }
    }

    private static SceneRestorer.Replayed replayed(FutureTask<SceneRestorer.Replayed> task, Scene scene)
            throws ExportException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while replaying \"" + scene.title() + "\"; nothing was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@code 03-eos-quadratic-edge}: the position in the lecture first, so that a folder lists in lecture order. */
    static String fileName(int index, Scene scene) {
        return String.format("%02d-%s%s", index + 1, scene.experiment(), scene.preset() == null ? "" : "-" + scene.preset());
    }

    private static FileSet.Content bytes(byte[] bytes) {
        return o -> o.write(bytes);
    }

    private static int[] size(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--size '" + text + "' is not WIDTHxHEIGHT: allowed 1920x1080, 1280x720 or "
                + "any WxH with sides " + MIN_SIDE + " … " + MAX_SIDE);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
