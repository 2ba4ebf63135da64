package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec;
import org.junit.jupiter.api.Test;

class MainParameterTest {

    private static String mainOf(String id) {
        return ParamControls.mainParameter(Registry.experiment(id).type().space());
    }

    /** [ and ] and the presenter's large control move a number a lecturer varies, never where a run starts. */
    @Test
    void noExperimentNamesTheStartOfARunAsItsMainParameter() {
        for (Entry<?, ?> entry : Registry.experiments()) {
            ParamSpace<?> space = entry.type().space();
            String main = ParamControls.mainParameter(space);
            if (main != null) {
                assertTrue(space.spec(main) instanceof ParamSpec.Real, entry.type().id() + ": " + main);
                assertFalse(space.spec(main).description().startsWith("start"), entry.type().id() + ": " + main);
            }
        }
    }

    @Test
    void samAndTheEdgeOfStabilityNudgeRhoAndEta() {
        assertEquals("rho", mainOf("sam-valley"));
        assertEquals("eta", mainOf("eos-quadratic"));
        assertEquals("alpha", mainOf("bias-scalar"));
    }

    @Test
    void pacBayesNudgesItsRadiusAndThePhaseMapHasNone() {
        assertEquals("radius", mainOf("sam-pac-bayes"));
        assertNull(mainOf("sam-phase-map"));
    }
}
