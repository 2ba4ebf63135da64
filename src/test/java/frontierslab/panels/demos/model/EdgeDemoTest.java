package frontierslab.panels.demos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeDemoTest {

    /** The lecture's first code block, cut from the lecture's text between "Python" and "Figure". */
    static String lectureBlock(int n) throws IOException {
        try (InputStream in = EdgeDemoTest.class.getResourceAsStream("/reference/lecture-1.5-modern-frontiers.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String block = text.split("\nPython\n")[n].split("\nFigure")[0];
            return block.strip() + "\n";
        }
    }

    @Test
    void theListingIsTheLecturesCodeByteForByte() throws IOException {
        String shown = String.join("\n", new EdgeDemo(EdgeDemoParams.lecture()).snapshot().code()) + "\n";
        assertEquals(lectureBlock(1).strip(), shown.strip());
        assertEquals(lectureBlock(1), String.join("\n", DemoCode.resource("demo-1.py")) + "\n");
    }

    @Test
    void eachStepHighlightsTheLineTheLoopExecutesAndTheWatchFollowsIt() {
        EdgeDemo demo = new EdgeDemo(EdgeDemoParams.lecture());
        demo.reset();
        assertEquals(0, demo.snapshot().line());
        int[] expected = {26, 27, 28, 30, 31, 33, 26, 27};
        List<String> code = demo.snapshot().code();
        for (int want : expected) {
            demo.step();
            CodeDemoSnapshot s = demo.snapshot();
            assertEquals(want, s.line());
            assertTrue(code.get(want - 1).strip().startsWith(switch (want) {
                case 26 -> "for _ in range";
                case 27 -> "g = grad(x)";
                case 28 -> "h_max =";
                case 30 -> "losses.append";
                case 31 -> "eigs.append";
                default -> "x = x - eta * g";
            }), code.get(want - 1));
        }
        CodeDemoSnapshot s = demo.snapshot();
        // second iteration, after g = grad(x): x is x₁, g = 2.2 r^0.2 x₁
        double x1 = 2.0 - 0.5 * 2.2 * Math.pow(Math.sqrt(8), 0.2) * 2.0;
        double g1 = 2.2 * Math.pow(Math.sqrt(2 * x1 * x1), 0.2) * x1;
        assertEquals("1", s.watch().get("_"));
        assertEquals("[" + CodeDemoExperiment.fmt(x1) + ", " + CodeDemoExperiment.fmt(x1) + "]", s.watch().get("x"));
        assertEquals("[" + CodeDemoExperiment.fmt(g1) + ", " + CodeDemoExperiment.fmt(g1) + "]", s.watch().get("g"));
        assertEquals(1, s.trace().rows(), "one completed iteration is plotted");
    }

    @Test
    void theRunMatchesNumpyRunningTheLecturesScript() throws IOException {
        CodeDemoSnapshot s = new EdgeDemo(EdgeDemoParams.lecture()).snapshot();
        try (InputStream in = getClass().getResourceAsStream("/reference/demo1_reference.csv")) {
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            assertEquals(500, s.trace().rows());
            for (int t = 0; t < 500; t++) {
                String[] c = rows.get(t).split(",");
                assertEquals(Double.parseDouble(c[3]), s.trace().get(t, "loss"), 1e-12 * Math.abs(Double.parseDouble(c[3])));
                assertEquals(Double.parseDouble(c[4]), s.trace().get(t, "eta_lambda_max"), 1e-12);
            }
        }
    }

    @Test
    void atTheLecturesSettingsTheChecklistSaysNoHoveringAndNoRiseAndTheEigenvalueIsExact() {
        List<Verdict> v = new EdgeDemo(EdgeDemoParams.lecture()).snapshot().claims().stream()
                .map(DerivationRow::verdict).toList();
        assertEquals(List.of(Verdict.FAILS, Verdict.FAILS, Verdict.HOLDS, Verdict.FAILS), v);
    }

    @Test
    void editingALiteralRewritesItInTheListingAndReRuns() {
        CodeDemoSnapshot s = new EdgeDemo(new EdgeDemoParams(15, 15, 0.5, 500)).snapshot();
        assertEquals("    x = np.array([15.0, 15.0])", s.code().get(19));
        assertEquals(true, facts(s).diverged());
        assertTrue(s.claims().get(0).reason().startsWith("the run diverged"));
        assertEquals(Verdict.HOLDS, s.claims().get(1).verdict(), "the loss rises as it diverges");
    }

    private static EdgeDemo.Facts facts(CodeDemoSnapshot s) {
        return (EdgeDemo.Facts) s.summary().facts();
    }
}
