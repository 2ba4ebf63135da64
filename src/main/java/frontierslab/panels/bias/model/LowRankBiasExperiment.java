package frontierslab.panels.bias.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import frontierslab.panels.CardDeck;
import frontierslab.math.bias.MatrixCompletionProblem;
import frontierslab.math.bias.MatrixCompletionRun;
import frontierslab.math.bias.MatrixCompletionSpectrum;
import frontierslab.math.bias.MatrixFactorization;
import frontierslab.math.random.SeededRandom;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Forkable;
import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bias-low-rank}: the lecture's Theorem 3.2 in matrix form (docs/science.md §3; Arora et al. 2019, arXiv 1905.13655;
 * Razin and Cohen 2020, arXiv 2005.06398). A 20×20 truth M = U·diag(10, 4)·Vᵀ of rank 2, a random fraction p of its
 * entries observed, and W = W_d ⋯ W₁ with full-width 20×20 factors initialized at α·G/√20, trained by full-batch GD
 * on the sum L = ½ Σ_Ω (W_ij − M_ij)² ({@link MatrixFactorization}, {@link MatrixCompletionRun}).
 *
 * <p>From small α the singular values of W are learned one at a time, with a plateau between them, and GD ends close
 * to rank 2 with a small error on the unobserved entries. From large α it fits Ω just as well but keeps the
 * initialization's noise on the rest, and does worse there than predicting zero. The small-init solution is low rank,
 * but nothing here shows (or claims) that it is the minimum-nuclear-norm completion; Razin and Cohen show that in
 * general it is not.
 *
 * <p>One {@link #step()} does a bounded batch of {@link #ITERATIONS_PER_CALL} GD iterations. A row is recorded every
 * {@link #recordEvery(int)} iterations (and at the horizon): the loss, the relative errors on Ω and off Ω, the top
 * five singular values of W, the numerical rank (σ_i &gt; 0.1·σ₁) and the entropy effective rank.
 */
public final class LowRankBiasExperiment extends LiveExperiment<LowRankBiasParams>
        implements Forkable<LowRankBiasParams> {

    public static final int SIZE = 20;
    public static final double[] TRUTH_SINGULAR_VALUES = {10, 4};
    public static final int ITERATIONS_PER_CALL = 10;
    public static final int SHOWN_SINGULAR_VALUES = 5;

    public static final ExperimentType<LowRankBiasParams> TYPE = new ExperimentType<>(
            "bias-low-rank",
            "Small init learns low rank, one singular value at a time",
            "§3 Implicit bias",
            "Matrix completion with W = W₂W₁ from small init: σ₁ then σ₂, ending near rank 2; from large init it "
                    + "fits the observed entries and is worse than zero on the rest.",
            LowRankBiasParams.SPACE,
            List.of(
                    new Preset<>("small-init", CardDeck.preset("bias", "bias-low-rank", "small-init"),
                            new LowRankBiasParams(1e-3, 0.05, 300, 1, 0.5, 2)),
                    new Preset<>("large-init", CardDeck.preset("bias", "bias-low-rank", "large-init"),
                            new LowRankBiasParams(2.0, 0.05, 300, 1, 0.5, 2)),
                    new Preset<>("fewer-observations", CardDeck.preset("bias", "bias-low-rank", "fewer-observations"),
                            new LowRankBiasParams(1e-3, 0.05, 600, 1, 0.3, 2))),
            LowRankBiasExperiment::new,
            ExperimentType.Markers.none());

    static final String[] COLUMNS = {"step", "eta", "loss", "observed_error", "unobserved_error", "sigma_1", "sigma_2",
        "sigma_3", "sigma_4", "sigma_5", "numerical_rank", "entropy_rank"};

    private MatrixCompletionProblem problem;
    private MatrixCompletionRun run;
    private Trace trace;
    private Status status;
    private int every;
    private int sigma1HalfStep;
    private int sigma2HalfStep;
    private double[] lastSigma;

    public LowRankBiasExperiment(LowRankBiasParams params) {
        super(params);
        start();
    }

    /** A row every this many GD iterations: every one up to 1000 steps, about 1000 rows beyond. */
    public static int recordEvery(int steps) {
        return Math.max(1, (steps + 999) / 1000);
    }

    /** The problem and the initial factorization of these parameters (the same for equal seeds, observed and depth). */
    public static MatrixFactorization initialModel(LowRankBiasParams p) {
        SeededRandom random = new SeededRandom(p.seed());
        MatrixCompletionProblem problem = MatrixCompletionProblem.lowRank(SIZE, TRUTH_SINGULAR_VALUES, p.observed(),
                random);
        return MatrixFactorization.initialized(problem, p.depth(), p.alpha(), random);
    }

    private LowRankBiasExperiment(LowRankBiasExperiment o) {
        super(o.params());
        problem = o.problem;
        run = o.run.copy();
        trace = o.trace.copy();
        status = o.status;
        every = o.every;
        sigma1HalfStep = o.sigma1HalfStep;
        sigma2HalfStep = o.sigma2HalfStep;
        lastSigma = o.lastSigma == null ? null : o.lastSigma.clone();
    }

    @Override
    public LowRankBiasExperiment fork() {
        return new LowRankBiasExperiment(this);
    }

    @Override
    public long forkBytes() {
        return run.copyBytes() + trace.bytes();
    }

    @Override
    protected void begin(LowRankBiasParams previous) {
        MatrixFactorization model = initialModel(params());
        problem = model.problem();
        run = new MatrixCompletionRun(model, params().eta());
        every = recordEvery(params().steps());
        trace = new Trace(COLUMNS);
        sigma1HalfStep = -1;
        sigma2HalfStep = -1;
        record();
        status = currentStatus();
    }

    @Override
    protected void change(LowRankBiasParams previous, LowRankBiasParams next) {
        if (next.eta() != previous.eta()) {
            run.setEta(next.eta());
        }
        if (next.steps() != previous.steps()) {
            every = Math.max(every, recordEvery(next.steps()));
        }
        status = currentStatus();
    }

    @Override
    protected boolean hasDiverged() {
        return run.hasDiverged();
    }

    @Override
    protected long stepsTaken() {
        return run.iterations();
    }

    @Override
    public void step() {
        for (int i = 0; i < ITERATIONS_PER_CALL && canStep(); i++) {
            if (!run.iterate()) {
                break;
            }
            int t = run.iterations();
            if (t % every == 0 || t == params().steps()) {
                record();
            }
        }
        status = currentStatus();
    }

    private void record() {
        double[][] w = run.product();
        double[] sigma = MatrixCompletionSpectrum.singularValues(w);
        lastSigma = sigma;
        int t = run.iterations();
        if (sigma1HalfStep < 0 && sigma[0] >= 0.5 * TRUTH_SINGULAR_VALUES[0]) {
            sigma1HalfStep = t;
        }
        if (sigma2HalfStep < 0 && sigma[1] >= 0.5 * TRUTH_SINGULAR_VALUES[1]) {
            sigma2HalfStep = t;
        }
        double[] row = new double[COLUMNS.length];
        row[0] = t;
        row[1] = run.eta();
        row[2] = run.loss();
        row[3] = problem.relativeObservedError(w);
        row[4] = problem.relativeUnobservedError(w);
        for (int i = 0; i < SHOWN_SINGULAR_VALUES; i++) {
            row[5 + i] = sigma[i];
        }
        row[10] = MatrixCompletionSpectrum.numericalRank(sigma);
        row[11] = MatrixCompletionSpectrum.entropyEffectiveRank(sigma);
        trace.append(row);
    }

    private Status currentStatus() {
        int t = run.iterations();
        double[][] w = run.product();
        double unobserved = problem.relativeUnobservedError(w);
        String text = String.format(Locale.ROOT,
                "step %d of %d: σ₁ %s, σ₂ %s, σ₃ %s (truth 10, 4, 0); rank %d; unobserved error %s × "
                        + "predicting zero%s%s",
                t, params().steps(), Numbers.format(lastSigma[0]), Numbers.format(lastSigma[1]),
                Numbers.show(lastSigma[2], 2), MatrixCompletionSpectrum.numericalRank(lastSigma),
                Numbers.format(unobserved),
                unobserved > 1 ? " (worse than zero)" : "", halfSteps());
        if (run.hasDiverged()) {
            return Status.diverged(run.divergence().orElseThrow().reason()
                    + ". Lower η to resume from the last finite state.");
        }
        if (t >= params().steps()) {
            return Status.finished(text);
        }
        return t == 0 ? Status.ready(text + ": press Play") : Status.running(text);
    }

    private String halfSteps() {
        if (sigma1HalfStep < 0) {
            return "";
        }
        if (sigma2HalfStep < 0) {
            return "; σ₁ reached 5 at step " + sigma1HalfStep + ", σ₂ not yet 2";
        }
        return sigma1HalfStep == sigma2HalfStep
                ? "; σ₁ ≥ 5 and σ₂ ≥ 2 together at step " + sigma1HalfStep
                : "; σ₁ reached 5 at step " + sigma1HalfStep + ", σ₂ reached 2 at step " + sigma2HalfStep;
    }

    @Override
    public LowRankBiasSnapshot snapshot() {
        double[][] w = run.product();
        double[] sigma = MatrixCompletionSpectrum.singularValues(w);
        LowRankBiasSummary summary = new LowRankBiasSummary(status.word(), run.iterations(), run.eta(),
                params().alpha(), params().depth(), problem.observedCount(), run.loss(),
                problem.relativeObservedError(w), problem.relativeUnobservedError(w), problem.unobservedError(w),
                problem.predictZeroUnobservedError(), Arrays.stream(sigma, 0, SHOWN_SINGULAR_VALUES).boxed().toList(),
                MatrixCompletionSpectrum.numericalRank(sigma), MatrixCompletionSpectrum.entropyEffectiveRank(sigma),
                MatrixCompletionSpectrum.nuclearNorm(sigma),
                MatrixCompletionSpectrum.nuclearNorm(TRUTH_SINGULAR_VALUES),
                sigma1HalfStep >= 0 ? sigma1HalfStep : null, sigma2HalfStep >= 0 ? sigma2HalfStep : null,
                run.divergence().map(d -> d.iteration()).orElse(null));
        return new LowRankBiasSnapshot(params(), run.iterations(), status, trace.view(), summary, problem.truth(),
                problem.observed(), w, sigma, sigma1HalfStep, sigma2HalfStep);
    }

    /**
     * The outcome of {@code bias-low-rank}: W is the product of the factors, its singular values σ₁ ≥ σ₂ ≥ …;
     * errors are Frobenius norms.
     *
     * @param relativeObservedError      ‖W − truth‖ on the observed entries over ‖truth‖ there
     * @param relativeUnobservedError    the same on the unobserved entries
     * @param predictZeroUnobservedError the unobserved error of predicting zero, the baseline
     * @param singularValues             the leading singular values of W
     * @param entropyEffectiveRank       exp of the entropy of σᵢ/Σσⱼ
     * @param sigma1HalfStep             the first step at which σ₁ reached half of its target, null if not yet
     * @param sigma2HalfStep             the same for σ₂
     * @param divergedAtStep             the iteration at which the run diverged; absent if it did not
     */
    public record LowRankBiasSummary(String outcome, int steps, double eta, double alpha, int depth,
                                     int observedEntries, double finalLoss, double relativeObservedError,
                                     double relativeUnobservedError, double unobservedError,
                                     double predictZeroUnobservedError, List<Double> singularValues, int numericalRank,
                                     double entropyEffectiveRank, double nuclearNorm, double truthNuclearNorm,
                                     Integer sigma1HalfStep, Integer sigma2HalfStep,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer divergedAtStep) {
    }

    /**
     * What the views of {@code bias-low-rank} draw: besides the trace, the truth M, the mask Ω, W now and all its
     * singular values, and the steps at which σ₁ first reached 5 and σ₂ first reached 2 (half the truth's; −1 if not).
     */
    public record LowRankBiasSnapshot(LowRankBiasParams params, long step, Status status, Trace.View trace,
                                      LowRankBiasSummary summary, double[][] truth, boolean[][] observed,
                                      double[][] current, double[] singularValues, int sigma1HalfStep,
                                      int sigma2HalfStep) implements Snapshot {
    }
}
