package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A card's button that names an experiment of another panel takes the window there, with its preset loaded. */
@Tag("gui")
class CardButtonsGuiTest extends ShellFixture {

    CardButtonsGuiTest() {
        super(1400, 900);
    }

    /** Clicks the button with this id on panel {@code from}'s cards and says where the window is then. */
    private String click(String from, String buttonId) {
        return FxPlatform.call(() -> {
            shell.showPanel(from);
            shell.applyCss();
            shell.layout();
            Button b = (Button) shell.currentSection().lookup("#" + buttonId);
            assertNotNull(b, buttonId + " on " + from);
            b.fire();
            var view = shell.current();
            String nav = shell.lookupAll(".toggle-button").stream().filter(n -> ((ToggleButton) n).isSelected())
                    .map(n -> n.getId()).findFirst().orElse("");
            boolean presetParams = view.controls().params().equals(view.type().preset(
                    view.controls().presetShown()).params());
            return shell.currentSection().definition().id() + " " + nav + " " + view.type().id() + " "
                    + view.controls().presetShown() + " " + presetParams;
        });
    }

    @Test
    void theIntroductionsEdgeOfStabilityButtonOpensTheNetworkAtTheEdgeOnItsPanel() {
        assertEquals("eos nav-eos eos-mlp spiral true", click("intro", "card-button-eos-mlp-spiral"));
    }

    @Test
    void theIntroductionsImplicitBiasButtonOpensTheSparseRun() {
        assertEquals("bias nav-bias bias-sparse small-init true", click("intro", "card-button-bias-sparse-small-init"));
    }

    @Test
    void demoTwosRepairedVersionOpensSamOnAValleyAndAButtonOfItsOwnPanelStaysThere() {
        assertEquals("sam nav-sam sam-valley sam-drifts true", click("demos", "card-button-sam-valley-sam-drifts"));
        String same = click("intro", "card-button-intro-interpolation-three-interpolants");
        assertTrue(same.startsWith("intro nav-intro intro-interpolation three-interpolants"), same);
    }
}
