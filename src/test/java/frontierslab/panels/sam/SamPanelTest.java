package frontierslab.panels.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Cli;
import frontierslab.app.Registry;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.math.sam.RadiusProfile;
import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.sam.model.PhaseMapExperiment;
import frontierslab.panels.sam.model.PhaseMapExperiment.PhaseMapSnapshot;
import frontierslab.panels.sam.model.Settling;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.panels.sam.model.TwoBasinExperiment.UpdateParts;
import frontierslab.panels.sam.model.TwoBasinMinima;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamPanelTest {

    private static final PanelDefinition PANEL = SamPanel.definition();

    @TempDir
    Path dir;

    private static Card card(String title) {
        return PANEL.cards().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    private static TwoBasinSnapshot twoBasin(String preset) {
        return (TwoBasinSnapshot) new TwoBasinExperiment(TwoBasinExperiment.TYPE.preset(preset).params()).snapshot();
    }

    private static PhaseMapSnapshot phaseMap(String preset) {
        return (PhaseMapSnapshot) new PhaseMapExperiment(PhaseMapExperiment.TYPE.preset(preset).params()).snapshot();
    }

    @Test
    void thePanelIsRegisteredInLectureOrderAfterTheEdgeOfStabilityAndImplicitBias() {
        assertEquals(java.util.List.of("eos", "bias", "sam"),
                Registry.panels().stream().map(frontierslab.panels.PanelDefinition::id).toList().subList(0, 3));
        assertEquals("sam-two-basin", Registry.experiment("sam-two-basin").type().id());
        assertEquals("sam", Registry.panelOf("sam-phase-map").id());
    }

    /** Each card's words and formulas, piece by piece, are the lecture's (§4 and Demo 2, copied to test resources). */
    @Test
    void everyCardButtonLoadsAnExperimentAndPresetThatExist() {
        for (Card c : PANEL.cards()) {
            assertTrue(c.hasAction(), c.title());
            var type = Registry.experiment(c.experimentId()).type();
            type.preset(c.presetName());
            assertEquals("sam", Registry.panelOf(c.experimentId()).id());
        }
    }

    @Test
    void theFirstOrderNoteIsWhatTheRunsShow() {
        String note = card("Proof of Theorem 4.1, Step 1").note();
        TwoBasinSnapshot large = twoBasin("sam-large-rho");
        assertEquals(400, large.step());
        UpdateParts parts = large.next();
        double[] eps = parts.update().perturbation();
        double[] star = parts.worstCasePerturbation();
        double angle = Math.toDegrees(Math.acos((eps[0] * star[0] + eps[1] * star[1])
                / (Math.hypot(eps[0], eps[1]) * Math.hypot(star[0], star[1]))));
        assertTrue(eps[0] > 0 && eps[1] > 0 && Math.abs(eps[0] - eps[1]) < 1e-9, "ε̂ along the diagonal towards B");
        assertTrue(note.contains(String.format(Locale.ROOT, "%.0f°", angle)), angle + " in " + note);
        assertTrue(note.contains(String.format(Locale.ROOT, "L(w + ε̂) = −%.3f", -parts.firstOrderLoss())), note);
        assertTrue(note.contains(String.format(Locale.ROOT, "L(w + ε*) = −%.5f", -parts.worstCaseLoss())), note);
        assertEquals(Outcome.ELSEWHERE, large.sam().outcome());

        Trace.View lecture = twoBasin("lecture-demo-2").trace();
        double largestGap = 0;
        for (int t = 0; t < lecture.rows(); t++) {
            double[] w = {lecture.get(t, "sam_x1"), lecture.get(t, "sam_x2")};
            double firstOrder = RadiusProfile.firstOrder(TwoBasinSurface.LECTURE, w, 0.5).orElseThrow().value();
            largestGap = Math.max(largestGap,
                    RadiusProfile.worstCase(TwoBasinSurface.LECTURE, w, 0.5).value() - firstOrder);
        }
        assertTrue(largestGap < 1e-14, "gap " + largestGap);
        assertTrue(note.contains("10⁻¹⁴"));
    }

    @Test
    void theOuterGradientNoteIsWhatTheMapsShow() {
        String note = card("Proof of Theorem 4.1, Step 2").note();
        PhaseMapSnapshot longRuns = phaseMap("long-runs");
        PhaseMapSnapshot short100 = phaseMap("lecture-start");
        assertEquals(0.19, smallestEtaOfSamInTheFlatWell(longRuns), 0.01);
        assertTrue(smallestEtaOfSamInTheFlatWell(longRuns) >= 0.19);
        assertEquals(0.27, smallestEtaOfSamInTheFlatWell(short100), 0.005);
        assertTrue(smallestEtaOfSamInTheFlatWell(short100) >= 0.27);
        double gdOut = (double) longRuns.summary().get("gd_first_eta_not_sharp");
        assertEquals(0.17, gdOut, 0.005);
        assertTrue(gdOut < smallestEtaOfSamInTheFlatWell(longRuns));
        assertTrue(note.contains("η ≥ 0.19") && note.contains("≥ 0.27") && note.contains("η = 0.17"), note);
    }

    private static double smallestEtaOfSamInTheFlatWell(PhaseMapSnapshot s) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < s.rho().length; r++) {
            for (int c = 0; c < s.grid().etaCount(); c++) {
                if (s.samOutcome(r, c) == Outcome.FLAT_BASIN.ordinal()) {
                    smallest = Math.min(smallest, s.grid().eta(c));
                }
            }
        }
        return smallest;
    }

    /**
     * The numpy end point of the lecture's SAM is from src/test/resources/reference/lecture_demo2_paths.out
     * ("numpy-exp SAM step 100").
     */
    @Test
    void theDemoTwoNoteIsWhatTheRunsShow() {
        String note = card("Demo 2: SAM vs. SGD Comparison on a Sharp Potential").note();
        assertTrue(TwoBasinMinima.SHARP.global() && !TwoBasinMinima.FLAT.global());
        assertEquals(-2, TwoBasinMinima.SHARP.x1(), 1e-7);
        assertEquals(2, TwoBasinMinima.FLAT.x1(), 0.0);
        TwoBasinSnapshot asCoded = twoBasin("lecture-demo-2-as-coded");
        assertEquals(Outcome.SHARP_BASIN, asCoded.gd().outcome());
        assertEquals(Outcome.SHARP_BASIN, asCoded.sam().outcome());
        assertEquals(Settling.Kind.CYCLE, asCoded.gd().settling().kind());
        assertEquals(8, asCoded.gd().settling().period());
        assertTrue(note.contains("period 8"));
        assertTrue(note.contains(String.format(Locale.ROOT, "(−%.2f, −%.2f) instead", 1.5364233258849405,
                1.5364233258849405)), note);
        assertTrue(note.contains(String.format(Locale.ROOT, "instead of (−%.2f, −%.2f)", -asCoded.sam().x1(),
                -asCoded.sam().x2())), note);
        assertTrue((double) twoBasin("twin-runs").summary().get("twin_sam_gap") > 0.1);
    }

    @Test
    void theJumpOutNoteIsWhatTheRunShows() {
        String note = card("Demo 2: \"jump out\"").note();
        TwoBasinSnapshot s = twoBasin("gd-lands-in-flat");
        assertTrue(note.contains(String.format(Locale.ROOT, "η = %.2f, η·λ(A) = %.1f", s.params().eta(),
                s.etaLambdaSharp())), note);
        assertTrue(note.contains(String.format(Locale.ROOT, "η·λ(B) = %.2f",
                s.params().eta() * TwoBasinMinima.FLAT.largerCurvature())), note);
        assertEquals(TwoBasinMinima.FLAT, s.gd().convergedTo());
        assertEquals(Outcome.ELSEWHERE, s.sam().outcome());
    }

    @Test
    void theCommandLineRunsEveryPresetOfBothExperiments() throws IOException {
        for (var entry : PANEL.experiments()) {
            String id = entry.type().id();
            for (Preset<?> preset : entry.type().presets()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                Path target = dir.resolve(id + "-" + preset.name());
                int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                        .execute("run", id, "--preset", preset.name(), "--out", target.toString(),
                                "--format", "csv,json");
                assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
                String json = Files.readString(target.resolve(id + ".json"));
                String csv = Files.readString(target.resolve(id + ".csv"));
                assertFalse(json.contains("NaN") || json.contains("Infinity"), id + " " + preset.name());
                assertFalse(csv.contains("NaN") || csv.contains("Infinity"), id + " " + preset.name());
            }
        }
    }

    @Test
    void theCommandLineDrawsBothFiguresInEveryFormat() throws IOException {
        for (var entry : PANEL.experiments()) {
            String id = entry.type().id();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8))
                    .execute("run", id, "--out", dir.toString(), "--theme", "projector", "--caption");
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            for (String ext : new String[] {"png", "svg", "pdf", "csv", "json"}) {
                assertTrue(Files.size(dir.resolve(id + "." + ext)) > 0, id + "." + ext);
            }
        }
    }
}
