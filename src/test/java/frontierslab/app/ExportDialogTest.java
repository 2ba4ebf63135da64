package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.ExperimentExport;
import frontierslab.export.Format;
import frontierslab.ui.ExperimentView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's form: what it refuses and says, what it remembers, and what a typed folder means. */
@Tag("gui")
class ExportDialogTest extends ShellFixture {

    ExportDialogTest() {
        super(1400, 900);
    }

    @TempDir
    Path dir;

    private PreferencesFile prefs;

    @BeforeEach
    void openPreferences() {
        prefs = PreferencesFile.load(dir.resolve("preferences.json"));
    }

    private ExportDialog form() {
        return FxPlatform.call(() -> new ExportDialog(shell.current(), null, dir, prefs));
    }

    private Optional<ExportDialog.Choice> choose(ExportDialog form, String folder, Set<Format> chosen) {
        return FxPlatform.call(() -> {
            form.where.setText(folder);
            form.formats.forEach((f, box) -> box.setSelected(chosen.contains(f)));
            return form.choice();
        });
    }

    @Test
    void aChoiceThatCannotBeWrittenIsShownUnderTheFormAndNothingIsChosen() throws Exception {
        ExportDialog form = form();
        assertTrue(choose(form, dir.toString(), Set.of()).isEmpty());
        assertEquals("Choose at least one format.", FxPlatform.call(form.problem::getText));
        assertTrue(choose(form, "  ", Set.of(Format.PNG)).isEmpty());
        assertEquals("The folder is empty: give a path", FxPlatform.call(form.problem::getText));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertTrue(choose(form, file.toString(), Set.of(Format.PNG)).isEmpty());
        assertTrue(FxPlatform.call(form.problem::getText).endsWith("is a file, not a folder"));
        assertTrue(choose(form, dir.toString(), Set.of(Format.PNG)).isPresent());
        assertEquals("", FxPlatform.call(form.problem::getText));
    }

    @Test
    void aTildeIsTheHomeFolderAndARelativeFolderIsRelativeToWhereTheAppStarted() {
        ExportDialog form = form();
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(home.resolve("frontiers-lab-exports"),
                choose(form, "~/frontiers-lab-exports", Set.of(Format.PNG)).orElseThrow().request().folder());
        assertEquals(Path.of(System.getProperty("user.dir")).resolve("figs"),
                choose(form, "figs", Set.of(Format.PNG)).orElseThrow().request().folder());
    }

    @Test
    void theFolderFormatsScaleAndCaptionAreRememberedForTheNextExport() {
        ExportDialog first = form();
        FxPlatform.run(() -> {
            first.scale.setValue("3×");
            first.caption.setSelected(false);
        });
        ExperimentExport.Request r = choose(first, dir.resolve("slides").toString(), Set.of(Format.SVG, Format.PDF))
                .orElseThrow().request();
        assertTrue(r.numbered(), "a GUI export never replaces an earlier one");
        ExportDialog next = form();
        assertEquals(dir.resolve("slides").toString(), FxPlatform.call(next.where::getText));
        assertEquals(List.of(Format.SVG, Format.PDF), FxPlatform.call(() -> next.formats.entrySet().stream()
                .filter(e -> e.getValue().isSelected()).map(java.util.Map.Entry::getKey).toList()));
        assertEquals("3×", FxPlatform.call(next.scale::getValue));
        assertFalse(FxPlatform.call(next.caption::isSelected));
    }

    @Test
    void aSecondGuiExportIsNumberedAndTheFirstIsKept() throws Exception {
        ExportDialog form = form();
        ExperimentExport.Request r = choose(form, dir.toString(), Set.of(Format.CSV, Format.JSON)).orElseThrow()
                .request();
        ExperimentView<?> view = FxPlatform.call(shell::current);
        view.runner().awaitIdle();
        FxPlatform.run(view::refresh);
        assertTrue(FxPlatform.call(() -> shell.export(r)), FxPlatform.call(shell::messageText));
        Files.writeString(dir.resolve("eos-quadratic.csv"), "the first export, edited");
        assertTrue(FxPlatform.call(() -> shell.export(r)), FxPlatform.call(shell::messageText));
        assertEquals("the first export, edited", Files.readString(dir.resolve("eos-quadratic.csv")));
        assertTrue(Files.readString(dir.resolve("eos-quadratic-2.csv")).startsWith("step,"));
        assertTrue(Files.exists(dir.resolve("eos-quadratic-2.json")));
    }

    @Test
    void aSecondPictureOfThePanelIsNumberedAndTheFirstIsKept() throws Exception {
        assertTrue(FxPlatform.call(() -> shell.exportPanelPng(dir, 1)), FxPlatform.call(shell::messageText));
        byte[] first = Files.readAllBytes(dir.resolve("eos-quadratic-panel.png"));
        assertTrue(FxPlatform.call(() -> shell.exportPanelPng(dir, 1)), FxPlatform.call(shell::messageText));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("eos-quadratic-panel.png"))));
        assertTrue(Files.size(dir.resolve("eos-quadratic-panel-2.png")) > 0);
    }
}
