package frontierslab.panels.intro.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.intro.model.InterpolationExperiment.InterpolationSnapshot;
import frontierslab.sim.SummaryJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterpolationExperimentTest {

    private static Map<String, Object> summary(String preset) {
        InterpolationExperiment e = new InterpolationExperiment(InterpolationExperiment.TYPE.preset(preset).params());
        return SummaryJson.of(((InterpolationSnapshot) e.snapshot()).summary());
    }

    private static double d(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /** src/test/resources/reference/intro_interpolation.py: the same samples and fits in numpy. */
    private static String[] reference(String preset) throws IOException {
        try (InputStream in = InterpolationExperimentTest.class.getResourceAsStream("/reference/intro_interpolation.out")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().filter(l -> l.startsWith(preset + " ")).findFirst().orElseThrow().split(" ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"three-interpolants", "more-data", "wide-spikes", "no-noise"})
    void testErrorsMatchNumpyAndEveryInterpolantFitsItsSamples(String preset) throws IOException {
        Map<String, Object> m = summary(preset);
        String[] ref = reference(preset);
        String[] keys = {"narrow", "laplace", "spiky_smooth", "ridge"};
        for (int i = 0; i < 4; i++) {
            double want = Double.parseDouble(ref[8 + i]);
            assertEquals(want, d(m, "test_error_" + keys[i]), 1e-7 * Math.max(1, want) + 1e-9, keys[i]);
        }
        for (String k : List.of("narrow", "laplace", "spiky_smooth")) {
            assertTrue(d(m, "train_error_" + k) < 1e-12, k + " interpolates");
        }
    }

    @Test
    void withNoisyDataTheNarrowFitLearnsNothingLaplaceIsTemperedAndSpikySmoothIsNearTheBestRidge() {
        Map<String, Object> m = summary("three-interpolants");
        assertTrue(d(m, "test_error_narrow") > 0.9, "about as bad as predicting 0");
        assertTrue(d(m, "test_error_laplace") < 0.5 * d(m, "test_error_narrow"));
        assertTrue(d(m, "test_error_spiky_smooth") < d(m, "test_error_laplace"));
        assertTrue(d(m, "test_error_spiky_smooth") < 3 * d(m, "test_error_ridge"));
    }

    @Test
    void thePresetsSayWhatTheirRunsShow() {
        Map<String, Object> base = summary("three-interpolants");
        Map<String, Object> more = summary("more-data");
        Map<String, Object> wide = summary("wide-spikes");
        Map<String, Object> clean = summary("no-noise");
        assertTrue(d(more, "test_error_narrow") > 0.9);
        assertTrue(d(more, "test_error_spiky_smooth") > d(base, "test_error_spiky_smooth"));
        assertTrue(d(wide, "test_error_spiky_smooth") > 5 * d(base, "test_error_spiky_smooth"));
        assertTrue(d(clean, "test_error_laplace") < 0.01 && d(clean, "test_error_spiky_smooth") < 0.01);
        assertTrue(d(clean, "test_error_narrow") > 0.9);
    }

    @Test
    void theSpikeReachesItsSampleWhileTheSmoothPartStaysOnTheRidgeFit() {
        InterpolationSnapshot s = (InterpolationSnapshot) new InterpolationExperiment(InterpolationParams.defaults())
                .snapshot();
        double centre = d(SummaryJson.of(s.summary()), "zoom_centre");
        int i = java.util.stream.IntStream.range(0, s.xs().length).filter(k -> s.xs()[k] == centre).findFirst()
                .orElseThrow();
        int mid = s.zoom().rows() / 2;
        assertEquals(s.ys()[i], s.zoom().get(mid, "spiky_smooth"), 1e-9, "the spike passes through the sample");
        double edge = s.zoom().get(0, "spiky_smooth");
        assertTrue(Math.abs(edge - s.zoom().get(0, "ridge")) < Math.abs(s.ys()[i] - s.zoom().get(mid, "ridge")),
                "four spike widths away, the fit is back near the smooth fit");
    }

    @Test
    void aKernelMatrixSingularToWorkingPrecisionIsSaidNotDrawnAsANumber() {
        InterpolationParams p = new InterpolationParams(125, 0.59, 0.015, 0.136, 0.1, 0.0128, 1);
        InterpolationSnapshot s = (InterpolationSnapshot) new InterpolationExperiment(p).snapshot();
        assertTrue(s.status().message().startsWith("no exact interpolant for"), s.status().message());
        assertTrue(Double.isNaN(d(SummaryJson.of(s.summary()), "test_error_spiky_smooth")));
        assertTrue(Double.isFinite(d(SummaryJson.of(s.summary()), "test_error_ridge")));
    }
}
