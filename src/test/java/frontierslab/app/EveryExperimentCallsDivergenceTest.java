package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.SummaryJson;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every experiment that can diverge calls a diverging run diverged, with the step, on its status line and in its
 * summary; the runs that oscillate on purpose (the edge of stability, a period-2 orbit) are not called diverged. Each
 * experiment of the registry is in exactly one of the two lists below, so a new one must be placed.
 */
class EveryExperimentCallsDivergenceTest {

    /** A parameter set (as --set would give it) whose run diverges, per experiment that can diverge. */
    private static final Map<String, Map<String, String>> DIVERGING = new LinkedHashMap<>();

    /** Why the others cannot diverge. */
    private static final Map<String, String> CANNOT = Map.ofEntries(
            Map.entry("intro-interpolation", "a kernel solve, no iteration"),
            Map.entry("intro-random-labels", "least-squares solves on the random-feature sweep, no iteration"),
            Map.entry("example-2-pac-bayes", "expected losses and a KL term over a radius, no iteration"),
            Map.entry("sam-phase-map", "a map: each cell says where its run ends; the map itself is a grid being filled"),
            Map.entry("sam-pac-bayes", "closed-form losses over a radius, no iteration"),
            Map.entry("sam-two-basin", "−7 ≤ L ≤ 0 with a bounded gradient: each step moves at most η·sup‖∇L‖"),
            Map.entry("demo-2-code", "the same bounded surface as sam-two-basin"),
            Map.entry("dd-random-features", "least-squares solves, no iteration"),
            Map.entry("dd-linear-features", "closed-form risks and solves, no iteration"),
            Map.entry("dd-epochwise", "η = 1/λ_max is fixed by the data: ηλ ≤ 1 < 2 on every direction"));

    static {
        DIVERGING.put("bias-scalar", Map.of("model", "sum", "alpha", "1", "ratio", "3", "y", "4", "x", "4",
                "eta", "0.2", "time", "1"));
        DIVERGING.put("bias-sparse", Map.of("eta", "1", "alpha", "1", "steps", "100"));
        DIVERGING.put("bias-low-rank", Map.of("eta", "0.3", "alpha", "3", "steps", "50"));
        DIVERGING.put("eos-quadratic", Map.of("eta", "0.6", "steps", "2000"));
        DIVERGING.put("eos-valley", Map.of("eta", "2", "steps", "100"));
        DIVERGING.put("eos-mlp", Map.of("eta", "1", "steps", "50"));
        DIVERGING.put("eos-power-law", Map.of("eta", "10", "x0", "20", "steps", "100"));
        DIVERGING.put("sam-valley", Map.of("eta", "1", "steps", "100"));
        DIVERGING.put("grok-modadd", Map.of("lr", "10", "optimizer", "gd", "steps", "50", "every", "5"));
        DIVERGING.put("example-1-power-law", Map.of("eta", "10", "x0", "5", "steps", "50"));
        DIVERGING.put("example-3-two-weights", Map.of("x", "3", "eta", "2", "steps", "50"));
        DIVERGING.put("demo-1-code", Map.of("eta", "5", "x0", "20", "iterations", "100"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Snapshot runToEnd(String id, Map<String, String> set) {
        ExperimentType type = Registry.experiment(id).type();
        Record params = type.space().withAll((Record) type.space().defaults(), set);
        Experiment<?> run = type.create(params);
        run.run(1_000_000);
        return run.snapshot();
    }

    @Test
    void everyExperimentIsEitherCheckedForDivergenceOrSaysWhyItCannotDiverge() {
        Set<String> placed = new HashSet<>(DIVERGING.keySet());
        placed.addAll(CANNOT.keySet());
        assertEquals(DIVERGING.size() + CANNOT.size(), placed.size(), "no experiment in both lists");
        Set<String> all = new HashSet<>(Registry.experiments().stream().map(e -> e.type().id()).toList());
        assertEquals(all, placed);
    }

    static Stream<Arguments> diverging() {
        return DIVERGING.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diverging")
    void aDivergingRunIsCalledDivergedWithItsStep(String id, Map<String, String> set) {
        Snapshot s = runToEnd(id, set);
        assertEquals(Status.State.DIVERGED, s.status().state(), s.status().message());
        assertTrue(s.status().message().matches("(?s).*(step|iteration) \\d+.*"), s.status().message());
        Object outcome = SummaryJson.of(s.summary()).get("outcome");
        if (outcome != null) {
            assertEquals("diverged", outcome);
        }
    }

    @Test
    void biasScalarSumModelAboveTheStabilityLimitIsDivergedAtItsFirstStepNotFinished() {
        Snapshot s = runToEnd("bias-scalar", DIVERGING.get("bias-scalar"));
        // L = ½((w₁ + w₂)x − y)²: each step multiplies it by (1 − 2ηx²)² = (1 − 6.4)² = 29.16 > 1
        assertEquals(Status.State.DIVERGED, s.status().state());
        assertTrue(s.status().message().contains("at step 1"), s.status().message());
        assertEquals(72.0, ((ScalarBiasExperiment.ScalarBiasSnapshot) s).summary().lossFinal(), 1e-12,
                "the last point inside the range, the start, is kept: ½((1 + 3)·4 − 4)² = 72");
    }

    static Stream<Arguments> oscillatingButBounded() {
        return Stream.of(
                // η·λ₁ = 0.495·4 = 1.98, just below 2: the x₁ mode flips sign every step and shrinks by 0.98
                Arguments.of("eos-quadratic", Map.of("eta", "0.495", "steps", "2000")),
                // heavy ball at η·λ₁ = 2.8, below its threshold 2 + 2β = 3
                Arguments.of("eos-quadratic", Map.of("eta", "0.7", "method", "heavy-ball", "beta", "0.5",
                        "steps", "2000")),
                Arguments.of("eos-valley", Map.of()),
                Arguments.of("eos-valley", Map.of("eta", "0.35")),
                Arguments.of("eos-mlp", Map.of("steps", "600")),
                // q < 2: the run grows onto the period-2 orbit x ↦ −x and stays there
                Arguments.of("eos-power-law", Map.of("q", "1.5", "eta", "1", "x0", "0.01", "steps", "500")),
                Arguments.of("example-1-power-law", Map.of("q", "1.5", "x0", "0.01")),
                Arguments.of("demo-1-code", Map.of()),
                Arguments.of("bias-scalar", Map.of()),
                Arguments.of("example-3-two-weights", Map.of("x", "1", "eta", "0.999", "steps", "300")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oscillatingButBounded")
    void aRunThatOscillatesButStaysBoundedIsNotCalledDiverged(String id, Map<String, String> set) {
        Snapshot s = runToEnd(id, set);
        assertNotEquals(Status.State.DIVERGED, s.status().state(), s.status().message());
    }
}
