package frontierslab.app;

import frontierslab.export.FileSet;
import frontierslab.io.UserPaths;
import frontierslab.export.ExportException;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.References;
import frontierslab.plot.Theme;
import frontierslab.ui.CardView;
import frontierslab.ui.ExperimentView;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * {@code screenshots}: renders every experiment of every panel (or one, with a preset), in the chosen themes, headless,
 * to {@code <experiment-id>[-<preset>]-<theme>.png}, all or none ({@link FileSet}). The repository's {@code screenshots/}
 * folder is made by this command.
 */
final class Screenshots {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    /** How long a picture waits for the runs behind the numbers of the lecture cards it shows. */
    static final long NOTE_WAIT_MINUTES = 10;

    private Screenshots() {
    }

    static int command(List<String> args, PrintStream out) throws ExportException {
        Path dir = null;
        List<Theme> themes = List.of(Theme.LIGHT, Theme.PROJECTOR);
        String only = null;
        String preset = null;
        String from = null;
        boolean presenter = false;
        double scrub = Double.NaN;
        int width = WIDTH;
        int height = HEIGHT;
        int scene = 0;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--out" -> dir = UserPaths.resolve(next(args, ++i, "--out"), "--out");
                case "--theme" -> {
                    List<Theme> chosen = new ArrayList<>();
                    for (String t : next(args, ++i, "--theme").split(",")) {
                        chosen.add(Theme.parse(t));
                    }
                    themes = List.copyOf(new java.util.LinkedHashSet<>(chosen));
                }
                case "--experiment" -> only = Registry.experiment(next(args, ++i, "--experiment")).type().id();
                case "--preset" -> preset = next(args, ++i, "--preset");
                case "--from" -> from = next(args, ++i, "--from");
                case "--presenter" -> presenter = true;
                case "--scene" -> scene = sceneNumber(next(args, ++i, "--scene"));
                case "--scrub" -> scrub = scrubFraction(next(args, ++i, "--scrub"));
                case "--size" -> {
                    String size = next(args, ++i, "--size");
                    if (!size.matches("[1-9][0-9]{2,3}x[1-9][0-9]{2,3}")) {
                        throw new IllegalArgumentException("--size = '" + size + "': allowed WIDTHxHEIGHT, e.g. 1280x720");
                    }
                    width = Integer.parseInt(size.substring(0, size.indexOf('x')));
                    height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
                }
                default -> throw new IllegalArgumentException("unknown option '" + args.get(i)
                        + "' for screenshots: allowed --out, --theme, --experiment, --preset, --from, --presenter, "
                        + "--scene, --size, --scrub");
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("screenshots needs --out DIR");
        }
        if (preset != null && only == null) {
            throw new IllegalArgumentException("--preset needs --experiment");
        }
        if (from != null && only == null) {
            throw new IllegalArgumentException("--from needs --experiment");
        }
        for (String named : new String[] {preset, from}) {
            if (named != null) {
                Registry.experiment(only).type().preset(named);
            }
        }
        FileSet.check(dir);
        FxPlatform.startHeadless();
        List<Path> written;
        try (FileSet set = FileSet.in(dir)) {
            for (Theme theme : scene > 0 ? themes : List.<Theme>of()) {
                BufferedImage image = renderScene(scene, theme, width, height);
                set.add(String.format("scene-%02d-presenter-%s.png", scene, theme.key()),
                        o -> ImageIO.write(image, "png", o));
            }
            for (PanelDefinition panel : scene > 0 ? List.<PanelDefinition>of() : Registry.panels()) {
                for (Entry<?, ?> entry : panel.experiments()) {
                    String id = entry.type().id();
                    if (only != null && !only.equals(id)) {
                        continue;
                    }
                    for (Theme theme : themes) {
                        String name = id + (preset == null ? "" : "-" + preset) + (from == null ? "" : "-from-" + from)
                                + (presenter ? "-presenter" : "")
                                + (Double.isNaN(scrub) ? "" : "-scrubbed") + "-" + theme.key() + ".png";
                        BufferedImage image = render(panel.id(), id, preset, from, theme, width, height, presenter,
                                scrub);
                        set.add(name, o -> ImageIO.write(image, "png", o));
                    }
                }
            }
            written = set.commit();
        }
        for (Path p : written) {
            out.println("wrote " + p);
        }
        return Cli.OK;
    }

    static BufferedImage render(String panelId, String experimentId, String preset, Theme theme, int width, int height) {
        return render(panelId, experimentId, preset, theme, width, height, false);
    }

    /**
     * The whole window showing one experiment (with a preset, if given), drawn headless; in presenter mode (F5) when
     * {@code presenter}.
     */
    static BufferedImage render(String panelId, String experimentId, String preset, Theme theme, int width, int height,
                                boolean presenter) {
        return render(panelId, experimentId, preset, theme, width, height, presenter, Double.NaN);
    }

    /** {@code --scrub F}: the time slider dragged back to the fraction F of the run, unless F is NaN. */
    private static double scrubFraction(String text) {
        double f;
        try {
            f = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            f = Double.NaN;
        }
        if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException("--scrub = '" + text + "': allowed a fraction of the run from 0 to 1");
        }
        return f;
    }

    static BufferedImage render(String panelId, String experimentId, String preset, Theme theme, int width, int height,
                                boolean presenter, double scrub) {
        return render(panelId, experimentId, preset, null, theme, width, height, presenter, scrub);
    }

    /**
     * {@code from}, when not null: the run of that preset is drawn first, then the parameters change to {@code preset}
     * (the defaults when null), as a lecturer's click would, so that the first run shows as the ghost of the previous
     * run behind the second.
     */
    static BufferedImage render(String panelId, String experimentId, String preset, String from, Theme theme,
                                int width, int height, boolean presenter, double scrub) {
        Shell shell = FxPlatform.call(() -> {
            Shell s = new Shell(theme, panelId);
            Scene scene = new Scene(s, width, height);
            Shell.applyStyles(scene, theme);
            if (presenter) {
                s.setPresenter(true);
                Shell.applyStyles(scene, s.theme());
            }
            s.currentSection().load(experimentId, from == null ? preset : from);
            return s;
        });
        try {
            ExperimentView<?> view = FxPlatform.call(shell::current);
            if (from != null) {
                view.runner().execute(Screenshots::runToTheEnd);
                awaitIdle(view);
                FxPlatform.run(() -> {
                    view.refresh();
                    changeTo(view, preset);
                });
            }
            view.runner().execute(Screenshots::runToTheEnd);
            if (!Double.isNaN(scrub)) {
                view.runner().execute(e -> ((frontierslab.sim.Timeline<?>) e).seek(
                        Math.round(scrub * ((frontierslab.sim.Timeline<?>) e).end())));
            }
            awaitIdle(view);
            awaitNotes(shell, NOTE_WAIT_MINUTES);
            return FxPlatform.call(() -> {
                settle(shell);
                WritableImage image = shell.snapshot(null, null);
                return SwingFXUtils.fromFXImage(image, null);
            });
        } finally {
            FxPlatform.run(shell::dispose);
        }
    }

    /**
     * Waits until every lecture card on screen under {@code root} shows its note's numbers, which runs in the
     * background compute (on another experiment, often), so that no picture shows "…" for a number; fails when a
     * note's runs fail or take longer than {@code minutes}.
     */
    static void awaitNotes(Parent root, long minutes) {
        List<CardView> cards = FxPlatform.call(() -> {
            root.applyCss();
            return root.lookupAll(".card").stream().filter(n -> n instanceof CardView && shown(n, root))
                    .map(n -> (CardView) n).toList();
        });
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        for (CardView card : cards) {
            boolean filled;
            try {
                filled = card.noteSettled().get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("the note of the card '" + card.title() + "' was not filled within "
                        + minutes + " minutes; no picture was taken with '" + References.PLACEHOLDER + "' in it");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            if (!filled) {
                throw new IllegalStateException("the runs of the note of the card '" + card.title() + "' failed");
            }
        }
    }

    private static boolean shown(Node node, Parent root) {
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lays the window out, redraws the experiment on screen at its laid-out size and lays it out again, so that what
     * sizes itself from its first layout (the gauges' tick labels) is drawn at its final size.
     */
    private static void settle(Shell shell) {
        shell.applyCss();
        shell.layout();
        shell.current().refresh();
        shell.applyCss();
        shell.layout();
    }

    private static void awaitIdle(ExperimentView<?> view) {
        try {
            view.runner().awaitIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <P extends Record> void changeTo(ExperimentView<P> view, String preset) {
        if (preset == null) {
            view.controls().accept(view.type().space().defaults());
        } else {
            view.loadPreset(preset);
        }
    }

    private static int sceneNumber(String text) {
        int count = frontierslab.scenes.Lecture.builtIn().scenes().size();
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= count) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--scene '" + text + "': allowed 1 … " + count
                + ", a scene of the built-in lecture");
    }

    /** The window in presenter mode showing scene {@code number} of the built-in lecture, its strip below the charts. */
    static BufferedImage renderScene(int number, Theme theme, int width, int height) {
        Shell shell = FxPlatform.call(() -> {
            Shell s = new Shell(theme, Registry.panels().getFirst().id());
            Scene scene = new Scene(s, width, height);
            Shell.applyStyles(scene, theme);
            s.setPresenter(true);
            Shell.applyStyles(scene, s.theme());
            s.scenes().openBuiltIn();
            return s;
        });
        try {
            try {
                FxPlatform.call(() -> shell.scenes().open(number - 1)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            return FxPlatform.call(() -> {
                settle(shell);
                return SwingFXUtils.fromFXImage(shell.snapshot(null, null), null);
            });
        } finally {
            FxPlatform.run(shell::dispose);
        }
    }

    /** A long experiment (a network) is run to its horizon, for at most a minute, so the picture shows a whole run. */
    private static void runToTheEnd(frontierslab.sim.Experiment<?> experiment) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (experiment.canStep() && System.nanoTime() < end) {
            experiment.step();
        }
    }

    private static String next(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
