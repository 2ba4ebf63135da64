package frontierslab.panels.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import frontierslab.app.Cli;
import frontierslab.app.Registry;
import frontierslab.export.ExperimentExport;
import frontierslab.export.Format;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.ValleyExperiment;
import frontierslab.panels.eos.view.PowerLawFigure;
import frontierslab.panels.eos.view.ValleyFigure;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eos-power-law} and {@code eos-valley} export every preset as the command line does (figure, CSV, JSON), with
 * lower-case CSV columns, {@code step} first, and no NaN or infinity anywhere; and, once they are listed in the
 * registry, run through the command line itself.
 */
class PowerLawAndValleyExportTest {

    @TempDir
    Path dir;

    private static final List<Entry<?, ?>> ENTRIES = List.of(
            new Entry<>(PowerLawExperiment.TYPE, PowerLawFigure::new),
            new Entry<>(ValleyExperiment.TYPE, ValleyFigure::new));

    @Tag("slow")
    @Test
    void everyPresetExportsAFigureACsvAndAJsonWithoutNonFiniteNumbers() throws Exception {
        for (Entry<?, ?> entry : ENTRIES) {
            exportAll(entry);
        }
    }

    private <P extends Record> void exportAll(Entry<P, ?> entry) throws Exception {
        Palette palette = Palette.of(Theme.PROJECTOR);
        for (Preset<P> preset : entry.type().presets()) {
            var experiment = entry.type().create(preset.params());
            experiment.run(Long.MAX_VALUE);
            Snapshot s = experiment.snapshot();
            ExperimentFigure<Snapshot> figure = entry.newFigure(palette);
            figure.show(s);
            Path folder = dir.resolve(entry.type().id() + "-" + preset.name());
            ExperimentExport.write(entry.type(), s, figure, palette, new ExperimentExport.Request(folder,
                    List.of(Format.PNG, Format.CSV, Format.JSON), 1, true, null, preset.name()));
            String id = entry.type().id();
            assertTrue(Files.size(folder.resolve(id + ".png")) > 0);
            List<String> csv = Files.readAllLines(folder.resolve(id + ".csv"));
            assertTrue(csv.get(0).startsWith("step,"), csv.get(0));
            assertEquals(csv.get(0).toLowerCase(java.util.Locale.ROOT), csv.get(0));
            assertTrue(csv.get(0).contains("loss"));
            assertEquals(s.trace().rows() + 1, csv.size());
            String all = String.join("\n", csv) + Files.readString(folder.resolve(id + ".json"));
            assertFalse(all.contains("NaN") || all.contains("Infinity"), id + " " + preset.name());
            for (String line : csv.subList(1, csv.size())) {
                assertFalse(line.contains(",,") || line.endsWith(","), "an empty cell in " + line);
            }
        }
    }

    @Test
    void theCsvColumnsAreTheOnesAsked() {
        assertEquals(List.of("step", "x", "y", "loss", "eta_lambda_max"),
                new PowerLawExperiment(PowerLawExperiment.TYPE.preset("lecture-demo-1").params()).snapshot().trace()
                        .columns());
        assertEquals(List.of("step", "x", "loss", "eta_lambda_max"),
                new PowerLawExperiment(PowerLawExperiment.TYPE.preset("example-1-sign-flips").params()).snapshot()
                        .trace().columns());
        assertTrue(ValleyExperiment.newTrace().columns().containsAll(
                List.of("step", "w1", "w2", "loss", "d", "sharpness", "flow_limit_sharpness")));
    }

    /** Runs once the lead lists both experiments in EosPanel; skipped (not failed) before that. */
    @Test
    void everyPresetRunsThroughTheCommandLine() {
        for (Entry<?, ?> entry : ENTRIES) {
            String id = entry.type().id();
            assumeTrue(Registry.experiments().stream().anyMatch(e -> e.type().id().equals(id)),
                    id + " is not registered yet");
            for (Preset<?> preset : entry.type().presets()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)).execute("run", id, "--preset",
                        preset.name(), "--out", dir.resolve(id + "-cli-" + preset.name()).toString(), "--format",
                        "csv,json");
                assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
