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
import frontierslab.panels.References;
import frontierslab.panels.CardDeck;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.panels.sam.model.PhaseMapExperiment;
import frontierslab.panels.sam.model.PhaseMapExperiment.PhaseMapSnapshot;
import frontierslab.panels.sam.model.SamValleyExperiment;
import frontierslab.panels.sam.model.Settling;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.panels.sam.model.TwoBasinExperiment.UpdateParts;
import frontierslab.panels.sam.model.TwoBasinMinima;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamPanelTest {

    private static final PanelDefinition PANEL = SamPanel.definition();

    @TempDir
    Path dir;

    private static final References TEXTS = References.of(PANEL);

    /** A card, its note filled from the runs. */
    private static Card card(String title) {
        Card c = PANEL.cards().stream().filter(k -> k.title().equals(title)).findFirst().orElseThrow();
        return new Card(c.title(), c.body(), TEXTS.fill(c.note()), c.experimentId(), c.presetName(), c.buttonLabel());
    }

    private static TwoBasinSnapshot twoBasin(String preset) {
        return (TwoBasinSnapshot) new TwoBasinExperiment(TwoBasinExperiment.TYPE.preset(preset).params()).snapshot();
    }

    private static PhaseMapSnapshot phaseMap(String preset) {
        return (PhaseMapSnapshot) new PhaseMapExperiment(PhaseMapExperiment.TYPE.preset(preset).params()).snapshot();
    }

    @Test
    void thePanelsAreRegisteredInLectureOrderWithSamFourth() {
        assertEquals(java.util.List.of("intro", "eos", "bias", "sam", "generalization", "examples", "demos"),
                Registry.panels().stream().map(frontierslab.panels.PanelDefinition::id).toList());
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
        assertTrue(note.contains("by at most " + References.format(largestGap, "sci.0") + " over"), note);
    }

    @Test
    void theOuterGradientNoteIsWhatTheMapsShow() {
        String note = card("Proof of Theorem 4.1, Step 2").note();
        PhaseMapSnapshot longRuns = phaseMap("long-runs");
        PhaseMapSnapshot short100 = phaseMap("lecture-start");
        assertEquals(0.20, SamPanel.samFlatSmallestEta(longRuns), 0.005);
        assertEquals(0.27, SamPanel.samFlatSmallestEta(short100), 0.005);
        assertTrue(SamPanel.samFlatSmallestEta(short100) >= 0.27);
        double gdOut = (double) longRuns.summary().gdFirstEtaNotSharp();
        assertEquals(0.17, gdOut, 0.005);
        assertTrue(gdOut < SamPanel.samFlatSmallestEta(longRuns));
        assertTrue(note.contains(String.format(Locale.ROOT, "η ≥ %.2f (after 1000 steps; ≥ %.2f after 100)",
                SamPanel.samFlatSmallestEta(longRuns), SamPanel.samFlatSmallestEta(short100))), note);
        assertTrue(note.contains(String.format(Locale.ROOT, "from η = %.2f on", gdOut)), note);
        int[] leaving = SamPanel.leaving(longRuns);
        assertTrue(note.contains(String.format(Locale.ROOT, "only for ρ ≥ %.3f, in %d of those %d cells (%.0f %%)",
                longRuns.rho()[leaving[0]], leaving[1], leaving[2], 100.0 * leaving[1] / leaving[2])), note);
        assertEquals(0, SamPanel.leaving(short100)[1], "after 100 steps none has");
        assertTrue(note.contains("after 100 steps none has"), note);
    }

    @Test
    void theValleyNoteSaysHowCloseSamCirclesTheFlattestMinimum() {
        String note = card("Where SAM does find the flat minimum").note();
        var e = frontierslab.panels.sam.model.SamValleyExperiment.TYPE;
        var run = e.create(e.preset("sam-drifts").params());
        run.run(Long.MAX_VALUE);
        var summary = ((SamValleyExperiment.SamValleySnapshot) run.snapshot()).summary();
        double distance = summary.sam().lastTenthMaxDistance();
        int steps = summary.steps();
        assertTrue(note.contains(String.format(Locale.ROOT, "over its last %d steps it stays within %.4f of",
                steps / 10, distance)), note);
        assertTrue(distance > 0.02, "not within 0.02: " + distance);
        assertTrue(note.contains(String.format(Locale.ROOT, "λ_max = %.1f",
                (double) summary.gd().finalSharpness())), note);
    }

    /** docs/panels/sam.md: how high the loss rises on the straight path between the wells. */
    @Test
    void theDocsRidgeBetweenTheWellsIsTheHighestLossOnTheDiagonal() throws IOException {
        double bestT = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 400_000; i++) {
            double t = -2 + 4.0 * i / 400_000;
            double v = TwoBasinSurface.value(t, t);
            if (v > best) {
                best = v;
                bestT = t;
            }
        }
        String doc = Files.readString(Path.of("docs/panels/sam.md"));
        assertTrue(doc.contains(String.format(Locale.ROOT, "rises only to −%.1f·10⁻⁴ (at\n  (%.2f, %.2f))",
                -best * 1e4, bestT, bestT).replace('-', '−')), best + " at " + bestT);
        assertTrue(best < -4e-4, "not flat to 10⁻⁵");
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
        assertTrue(note.contains(String.format(Locale.ROOT, "SAM ends at (−%.2f, −%.2f)", -asCoded.sam().x1(),
                -asCoded.sam().x2())), note);
        double samGap = (double) twoBasin("twin-runs").summary().twinSamGap();
        double gdGap = (double) twoBasin("twin-runs").summary().twinGdGap();
        assertTrue(samGap > 0.1 && gdGap < 1e-8, "SAM's twins part, GD's do not: " + samGap + ", " + gdGap);
        assertTrue(note.contains(String.format(Locale.ROOT, "end %.2f apart", samGap)), note);
        assertTrue(note.contains("(L = −5 < −2)") && note.contains("eigenvalues 50, 50"), note);
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

    @Tag("slow")
    @Test
    void everyNoteAndDescriptionOfThePanelFillsFromItsRuns() {
        for (Card c : PANEL.cards()) {
            if (c.hasNote()) {
                assertFalse(TEXTS.fill(c.note()).contains("{{"));
            }
        }
        CardDeck.of("sam").presetDescriptions().values().forEach(d -> assertFalse(TEXTS.fill(d).contains("{{")));
    }

    /** The PAC-Bayes note: P(‖ε‖ > r) for ε ~ N(0, r²I₂) is e^{−1/2}, and the minima's losses at r = 0. */
    @Test
    void thePacBayesNoteStatesTheGaussianTailAndTheRunsFlip() {
        String note = card("Example 2: PAC-Bayes derivation of SAM (Sketch)").note();
        java.util.Random random = new java.util.Random(7);
        int outside = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            if (Math.hypot(random.nextGaussian(), random.nextGaussian()) > 1) {
                outside++;
            }
        }
        assertEquals(Math.exp(-0.5), (double) outside / n, 0.005, "the Monte Carlo tail");
        assertTrue(note.contains(String.format(Locale.ROOT, "\\approx %.2f", Math.exp(-0.5))), note);
        var e = frontierslab.panels.sam.model.PacBayesExperiment.TYPE;
        var run = e.create(e.preset("sharp-ball").params());
        run.run(Long.MAX_VALUE);
        var summary = ((PacBayesExperiment.PacBayesSnapshot) run.snapshot()).summary();
        assertTrue(note.contains(String.format(Locale.ROOT, "from r ≈ %.3f on by the SAM objective",
                (double) summary.flipWorstCase())), note);
        assertTrue(note.contains(String.format(Locale.ROOT, "(−%.0f vs −%.0f)", -TwoBasinSurface.value(-2, -2),
                -TwoBasinSurface.value(2, 2))), note);
    }

    /** Numbers of the preset descriptions against closed forms and a dense eigen-decomposition. */
    @Test
    void thePresetDescriptionsNumbersAreTheirClosedForms() {
        double[][] h = TwoBasinSurface.LECTURE.hessian(new double[] {-2, -2});
        double lambdaA = java.util.Arrays.stream(new org.hipparchus.linear.EigenDecompositionSymmetric(
                org.hipparchus.linear.MatrixUtils.createRealMatrix(h)).getEigenvalues()).max().orElseThrow();
        String lectureStart = TEXTS.fill(CardDeck.of("sam").presetDescription("sam-phase-map", "lecture-start"));
        assertTrue(lectureStart.contains(String.format(Locale.ROOT, "\\(2/\\lambda(A)\\) = %.2f", 2 / lambdaA)),
                lectureStart);
        String lands = TEXTS.fill(CardDeck.of("sam").presetDescription("sam-two-basin", "gd-lands-in-flat"));
        double eta = TwoBasinExperiment.TYPE.preset("gd-lands-in-flat").params().eta();
        assertTrue(lands.contains(String.format(Locale.ROOT, "η·λ(B) = %.2f", eta * 2 * 0.5 * 2)), lands);
        String sharpBall = TEXTS.fill(CardDeck.of("sam").presetDescription("sam-pac-bayes", "sharp-ball"));
        assertTrue(sharpBall.contains(String.format(Locale.ROOT, "L rises from −%.0f", 5 + 2 * Math.exp(-16))),
                sharpBall);
        String valley = card("Where SAM does find the flat minimum").note();
        assertTrue(valley.contains("λ = 2, coming within"), "the flattest minimum of w₁w₂ = 1 has sharpness 2y = 2");
        var drifts = frontierslab.panels.sam.model.SamValleyExperiment.TYPE;
        var run = drifts.create(drifts.preset("sam-drifts").params());
        run.run(Long.MAX_VALUE);
        Trace.View t = run.snapshot().trace();
        int first = -1;
        for (int r = 0; r < t.rows() && first < 0; r++) {
            if (Math.hypot(t.get(r, "sam_w1") - 1, t.get(r, "sam_w2") - 1) <= 0.1) {
                first = (int) t.get(r, "step");
            }
        }
        assertTrue(valley.contains(String.format(Locale.ROOT, "of it at step %,d", first)), first + ": " + valley);
    }

    @Tag("slow")
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

    @Tag("slow")
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
