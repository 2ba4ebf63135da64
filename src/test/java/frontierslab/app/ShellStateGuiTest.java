package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Theme;
import frontierslab.sim.SimulationRunner;
import frontierslab.ui.ExperimentView;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a theme change, a zoom and the first step must leave alone: runs, parameters, tabs, histories, the layout. */
@Tag("gui")
class ShellStateGuiTest extends ShellFixture {

    ShellStateGuiTest() {
        super(1366, 768);
    }

    @SuppressWarnings("unchecked")
    private ExperimentView<QuadraticParams> quadratic() {
        return (ExperimentView<QuadraticParams>) FxPlatform.call(() -> shell.currentSection().view("eos-quadratic"));
    }

    @Test
    void aThemeChangeAndAZoomKeepEveryExperimentsParametersTabStepAndHistory() throws Exception {
        ExperimentView<QuadraticParams> q = quadratic();
        FxPlatform.run(() -> q.controls().set("eta", 0.9));
        for (int i = 0; i < 3; i++) {
            q.runner().stepOnce();
        }
        settle(q);
        long stepBefore = FxPlatform.call(() -> (long) q.shownSnapshot().step());
        SimulationRunner<QuadraticParams> runner = q.runner();
        FxPlatform.run(() -> shell.currentSection().load("eos-valley", null));
        ExperimentView<?> valley = FxPlatform.call(shell::current);
        FxPlatform.run(() -> valley.controls().set("eta", 0.3));
        settle(valley);
        Record valleyParams = FxPlatform.call(() -> valley.controls().params());

        FxPlatform.run(() -> shell.setTheme(Theme.PROJECTOR));
        FxPlatform.run(() -> shell.setZoom(1.3));
        FxPlatform.run(() -> shell.setTheme(Theme.DARK));
        settle(valley);
        settle(q);

        assertSame(valley, FxPlatform.call(shell::current), "the same tab, the same view");
        assertEquals(1, FxPlatform.call(() -> shell.currentSection().selectedTab()));
        assertEquals(valleyParams, FxPlatform.call(() -> valley.controls().params()));
        assertSame(runner, quadratic().runner(), "the run goes on in its own runner");
        assertEquals(0.9, FxPlatform.call(() -> q.controls().params().eta()));
        assertEquals(stepBefore, FxPlatform.call(() -> (long) q.shownSnapshot().step()));
        assertTrue(stepBefore > 0, "the run had advanced");
        assertTrue(FxPlatform.call(() -> q.controls().undo()), "the history is kept");
        assertEquals(0.4, FxPlatform.call(() -> q.controls().params().eta()));
    }

    @Test
    void repeatedThemeSwitchesLeaveTheNumberOfSimulationThreadsFlat() throws Exception {
        FxPlatform.run(() -> shell.showPanel("sam"));
        FxPlatform.run(() -> shell.showPanel("eos"));
        long before = liveSimulationThreads();
        for (int i = 0; i < 30; i++) {
            Theme t = Theme.values()[i % Theme.values().length];
            FxPlatform.run(() -> shell.setTheme(t));
        }
        FxPlatform.run(() -> shell.setPresenter(true));
        FxPlatform.run(() -> shell.setPresenter(false));
        assertEquals(before, liveSimulationThreads());
        assertTrue(before >= 2, "the two panels shown have their runners: " + before);
    }

    private static long liveSimulationThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("sim-")).count();
    }

    @Test
    void theChartsDoNotMoveBetweenStepZeroAndStepOne() throws Exception {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.PROJECTOR}) {
            FxPlatform.run(() -> shell.setTheme(theme));
            for (String id : new String[] {"eos-quadratic", "eos-valley", "eos-power-law"}) {
                FxPlatform.run(() -> shell.currentSection().load(id, null));
                ExperimentView<?> view = FxPlatform.call(shell::current);
                view.runner().reset();
                settle(view);
                double atZero = chartsTop(view);
                view.runner().stepOnce();
                settle(view);
                assertEquals(atZero, chartsTop(view), 0.5, id + " in " + theme + ": the charts jumped on the first step");
            }
        }
    }

    private double chartsTop(ExperimentView<?> view) {
        return FxPlatform.call(() -> {
            shell.applyCss();
            shell.layout();
            Node charts = view.lookup("#charts");
            return charts.localToScene(0, 0).getY();
        });
    }

    @Test
    void aParameterFileOfAnotherPanelsExperimentOpensThatPanel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        FxPlatform.run(() -> shell.showPanel("sam"));
        FxPlatform.run(() -> shell.currentSection().load("sam-valley", null));
        java.nio.file.Path file = dir.resolve("valley.json");
        assertTrue(FxPlatform.call(() -> shell.saveParameters(file)));
        FxPlatform.run(() -> shell.showPanel("eos"));
        assertTrue(FxPlatform.call(() -> shell.openParameters(file)), FxPlatform.call(shell::messageText));
        assertEquals("sam", FxPlatform.call(() -> shell.currentSection().definition().id()));
        assertEquals("sam-valley", FxPlatform.call(() -> shell.current().type().id()));
    }

    @Test
    void inPresenterModeAt1280By720TheChartsTakeAtLeast60PercentOfTheWindowAndTheMainParameterStaysVisible() {
        FxPlatform.run(() -> {
            shell.getScene().getRoot();
            shell.resize(1280, 720);
            shell.setPresenter(true);
        });
        for (String panel : new String[] {"eos", "sam", "bias"}) {
            FxPlatform.run(() -> shell.showPanel(panel));
            for (int tab = 0; tab < FxPlatform.call(() -> shell.currentSection().tabCount()); tab++) {
                int index = tab;
                double share = FxPlatform.call(() -> {
                    shell.currentSection().selectTab(index);
                    shell.resize(1280, 720);
                    shell.applyCss();
                    shell.layout();
                    javafx.scene.layout.Region charts = (javafx.scene.layout.Region) shell.current().lookup("#charts");
                    return charts.getWidth() * charts.getHeight() / (1280.0 * 720.0);
                });
                String id = FxPlatform.call(() -> shell.current().type().id());
                assertTrue(share >= 0.6, id + ": the charts take " + share + " of the window");
                String main = FxPlatform.call(() -> shell.current().controls().mainParameter());
                if (main == null) {
                    continue;
                }
                Node slider = FxPlatform.call(() -> shell.current().lookup("#presenter-slider-" + main));
                assertTrue(FxPlatform.call(() -> slider != null && slider.isVisible()
                        && slider.localToScene(slider.getBoundsInLocal()).getMaxY() <= 720), id + ": " + main);
            }
        }
    }
}
