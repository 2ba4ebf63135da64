package frontierslab.panels.demos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamDemoTest {

    /**
     * The lecture's script run by numpy with a correctly rounded exp (src/test/resources/reference/
     * lecture_demo2_paths.py): the points of steps 0..30 of the section {@code name}, then step 100.
     */
    static List<double[]> reference(String name) throws IOException {
        try (InputStream in = SamDemoTest.class.getResourceAsStream("/reference/lecture_demo2_paths.out")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<double[]> points = new ArrayList<>();
            int at = lines.indexOf("correctly-rounded-exp " + name + " steps 0..30");
            for (int i = at + 1; lines.get(i).startsWith("  {"); i++) {
                String[] c = lines.get(i).replaceAll("[{},]", " ").trim().split("\\s+");
                points.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1])});
            }
            String last = lines.stream().filter(l -> l.startsWith("correctly-rounded-exp " + name + " step 100:"))
                    .findFirst().orElseThrow();
            String[] c = last.split(":")[1].trim().split("\\s+");
            points.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1])});
            return points;
        }
    }

    @Test
    void theListingIsTheLecturesCodeByteForByte() throws IOException {
        assertEquals(EdgeDemoTest.lectureBlock(2), String.join("\n", DemoCode.resource("demo-2.py")) + "\n");
        assertEquals(DemoCode.resource("demo-2.py"), new SamDemo(SamDemoParams.lecture()).snapshot().code());
    }

    @Test
    void bothPathsMatchNumpyRunningTheLecturesScript() throws IOException {
        CodeDemoSnapshot s = new SamDemo(SamDemoParams.lecture()).snapshot();
        List<double[]> gd = reference("GD");
        List<double[]> sam = reference("SAM");
        for (int t = 0; t <= 30; t++) {
            assertEquals(gd.get(t)[0], s.trace().get(t, "sgd_x"), 1e-12, "GD step " + t);
            assertEquals(sam.get(t)[0], s.trace().get(t, "sam_x"), 1e-12, "SAM step " + t);
            assertEquals(sam.get(t)[1], s.trace().get(t, "sam_y"), 1e-12, "SAM step " + t);
        }
        assertEquals(gd.get(31)[0], s.trace().get(100, "sgd_x"), 1e-9);
        assertEquals(sam.get(31)[0], s.trace().get(100, "sam_x"), 1e-9);
    }

    @Test
    void atTheLecturesSettingsTheMinimaAreSwappedSamStaysAndThePathIsChaotic() {
        CodeDemoSnapshot s = new SamDemo(SamDemoParams.lecture()).snapshot();
        assertEquals(List.of(Verdict.FAILS, Verdict.FAILS, Verdict.HOLDS, Verdict.FAILS),
                s.claims().stream().map(DerivationRow::verdict).toList());
    }

    @Test
    void eachStepHighlightsTheNextLineOfTheLoopAndTheFigureGrowsOnePointPerIteration() {
        SamDemo demo = new SamDemo(SamDemoParams.lecture());
        demo.reset();
        int[] lines = {31, 33, 34, 35, 38, 39, 40, 41, 42, 31};
        for (int want : lines) {
            demo.step();
            assertEquals(want, demo.snapshot().line());
        }
        CodeDemoSnapshot s = demo.snapshot();
        assertEquals(2, s.trace().rows(), "the start and one completed iteration");
        assertEquals("1", s.watch().get("_"));
    }

    @Test
    void editingRhoRewritesItsLiteralInTheListing() {
        CodeDemoSnapshot s = new SamDemo(new SamDemoParams(-1.5, -1.5, 0.1, 1.2, 100)).snapshot();
        assertEquals("    rho = 1.2", s.code().get(25));
        assertEquals("    eta = 0.1", s.code().get(24));
    }
}
