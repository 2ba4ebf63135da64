package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.Documents;
import frontierslab.export.Format;
import frontierslab.panels.demos.model.CodeDemoSnapshot;
import frontierslab.panels.examples.model.DerivationSnapshot;
import frontierslab.ui.ExperimentView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog offers a worked example's handout (MD) and a coding demo's script (PY), and writes them. */
@Tag("gui")
class DocumentExportGuiTest {

    @TempDir
    Path dir;

    private static Shell open(String panel) {
        return ShellFixture.open(panel, 1400, 900);
    }

    private String exportThrough(Shell shell, Format format) throws Exception {
        ExperimentView<?> view = FxPlatform.call(shell::current);
        ShellFixture.settle(view);
        PreferencesFile prefs = PreferencesFile.load(dir.resolve("preferences-" + System.nanoTime() + ".json"));
        ExportDialog form = FxPlatform.call(() -> new ExportDialog(view, null, dir, prefs));
        assertTrue(FxPlatform.call(() -> form.formats.containsKey(format)), format + " is offered");
        var choice = FxPlatform.call(() -> {
            form.where.setText(dir.toString());
            form.formats.forEach((f, box) -> box.setSelected(f == format));
            return form.choice();
        }).orElseThrow();
        assertTrue(FxPlatform.call(() -> shell.export(choice.request())), FxPlatform.call(shell::messageText));
        return Files.readString(dir.resolve(view.type().id() + "." + format.extension()));
    }

    @Test
    void aWorkedExampleExportsItsHandoutAndACodingDemoItsScript() throws Exception {
        Shell examples = open("examples");
        try {
            String md = exportThrough(examples, Format.MD);
            DerivationSnapshot shown = (DerivationSnapshot) FxPlatform.call(() -> examples.current().shownSnapshot());
            assertFalse(FxPlatform.call(() -> examples.current().shownSnapshot() == null));
            assertEquals(shown.handout(new Documents.Heading(examples.current().type().title(),
                    md.lines().skip(2).findFirst().orElseThrow().substring("Parameters: ".length()))), md);
        } finally {
            FxPlatform.run(examples::dispose);
        }
        Shell demos = open("demos");
        try {
            String py = exportThrough(demos, Format.PY);
            CodeDemoSnapshot shown = (CodeDemoSnapshot) FxPlatform.call(() -> demos.current().shownSnapshot());
            assertEquals(String.join("\n", shown.code()) + "\n", py);
            PreferencesFile prefs = PreferencesFile.load(dir.resolve("preferences-demo.json"));
            assertFalse(FxPlatform.call(() -> Set.copyOf(new ExportDialog(demos.current(), null, dir, prefs)
                    .formats.keySet())).contains(Format.MD), "a demo has no handout");
        } finally {
            FxPlatform.run(demos::dispose);
        }
    }
}
