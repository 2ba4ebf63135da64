package frontierslab.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BuiltInLectureTest {

    private static final Lecture LECTURE = Lecture.builtIn();

    @Test
    void coversEveryPanelInLectureOrder() {
        List<String> panels = Registry.panels().stream().map(PanelDefinition::id).toList();
        Set<String> visited = new LinkedHashSet<>();
        for (Scene s : LECTURE.scenes()) {
            visited.add(Registry.panelOf(s.experiment()).id());
        }
        assertEquals(panels, List.copyOf(visited));
    }

    @Test
    void everyTitleIsDistinctAndNoNoteQuotesAMeasuredValue() {
        assertEquals(LECTURE.scenes().size(), LECTURE.scenes().stream().map(Scene::title).distinct().count());
        Pattern decimal = Pattern.compile("\\d\\.\\d");
        for (Scene s : LECTURE.scenes()) {
            assertFalse(s.note().isBlank(), s.title());
            assertFalse(decimal.matcher(s.note()).find(), s.title() + ": " + s.note());
        }
    }

    @Tag("slow")
    @Test
    void everySceneOpens() {
        Palette palette = Palette.of(Theme.LIGHT);
        for (Scene s : LECTURE.scenes()) {
            SceneRestorer.Restored restored = SceneRestorer.restore(s, palette);
            assertFalse(restored.charts().isEmpty(), s.title());
            assertTrue(restored.snapshot().step() > 0 || !restored.experiment().canStep(), s.title());
        }
    }
}
