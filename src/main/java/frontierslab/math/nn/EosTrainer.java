package frontierslab.math.nn;

import frontierslab.math.linalg.EigenEstimate;
import frontierslab.math.linalg.Lanczos;
import frontierslab.math.linalg.SymmetricOperator;
import java.util.Optional;

/**
 * Full-batch gradient descent θ_{t+1} = θ_t − η ∇L(θ_t) on an {@link MlpLoss}, with the sharpness λ_max(∇²L(θ_t))
 * on demand: the experiment behind progressive sharpening and the edge of stability (Cohen et al. 2021,
 * arXiv 2103.00065; docs/science.md §2). Along the sharpest direction GD is stable only while η λ_max &lt; 2; in a network
 * the sharpness first rises (progressive sharpening), then hovers at 2/η while the loss keeps falling over long
 * horizons, non-monotonically.
 *
 * <p><b>Steps.</b> {@link #steps()} counts the updates applied; the parameters are θ_t with t = steps(). The update
 * that would produce θ_s is "step s". η can be changed between steps ({@link #setLearningRate}) without a reset.
 *
 * <p><b>Sharpness.</b> λ_max is computed by {@link Lanczos} on exact Hessian-vector products, warm-started from the
 * previous top eigenvector, stopped when the Ritz residual is ≤ {@link #SHARPNESS_TOLERANCE}·λ_max. At the edge of
 * stability the iterate oscillates with period 2 and λ_max alternates step by step, so
 * {@link #sharpnessOnTwoConsecutiveSteps()} measures it at θ_t and θ_{t+1}.
 *
 * <p><b>Divergence</b> is a state: when an update gives a non-finite parameter, gradient or loss, or a loss above
 * {@link #EXPLOSION_FACTOR} times the reference loss max(L(θ₀), Σyᵢ²/(2n)) (the loss of predicting 0), the trainer
 * keeps the last finite θ, stops stepping, and reports the step, the reason and η·λ_max at the kept θ. (The factor
 * is generous on purpose: on the spiral preset, raising η from 0.04 to 0.2 mid-run makes the loss spike to about 20
 * times L(θ₀) before it recovers at the new edge, while η = 0.25 set at step 2000 passes 2000 times L(θ₀) within
 * ten steps (eleven when set at step 1500) and keeps growing. By the time of detection η·λ_max at the kept θ is far above 2.)
 * {@link #resume()} clears the state (e.g. after lowering η).
 *
 * <p>Deterministic: the same network, data, θ₀ and sequence of calls give bit-identical results. One thread only.
 */
public final class EosTrainer {

    /** Relative Ritz-residual tolerance of every sharpness measurement. */
    public static final double SHARPNESS_TOLERANCE = 1e-6;
    /** A loss above this many times the reference loss counts as exploded. */
    public static final double EXPLOSION_FACTOR = 1e4;
    /** Lanczos iteration budget per measurement. */
    public static final int MAX_LANCZOS_ITERATIONS = 200;

    /** One update: the loss at θ_{s−1} and at θ_s (+∞ when the update diverged to a non-finite loss). */
    public record StepResult(int step, double lossBefore, double lossAfter, boolean diverged) {
    }

    /** λ_max measured at θ_step with learning rate η, and the number of Hessian-vector products it took. */
    public record Sharpness(int step, double lambdaMax, double learningRate, int hessianVectorProducts,
                            boolean converged) {

        /** η·λ_max, which GD keeps below 2 to be stable along the sharpest direction. */
        public double etaTimesLambda() {
            return learningRate * lambdaMax;
        }
    }

    /** λ_max on two consecutive iterates θ_t and θ_{t+1}. */
    public record SharpnessPair(Sharpness first, Sharpness second) {

        /** The mean of η·λ_max over the pair (unbiased by the period-2 alternation at the edge of stability). */
        public double meanEtaTimesLambda() {
            return 0.5 * (first.etaTimesLambda() + second.etaTimesLambda());
        }

        public double meanLambdaMax() {
            return 0.5 * (first.lambdaMax() + second.lambdaMax());
        }
    }

    /**
     * Why training stopped.
     *
     * @param step              the update that failed (the parameters kept are θ_{step−1})
     * @param reason            a sentence for the view, e.g. "loss exploded (L = 3.35e+04) at step 1508; η·λ_max = 58.42
     *                          at step 1507"
     * @param lastFiniteLoss    L at the kept parameters
     * @param etaTimesSharpness η·λ_max at the kept parameters, or +∞ if it could not be computed
     */
    public record Divergence(int step, String reason, double lastFiniteLoss, double etaTimesSharpness) {
    }

    private final MlpLoss loss;
    private final int dimension;
    private final Lanczos lanczos;
    private final double referenceLoss;

    private double[] theta;
    private double[] gradient;
    private double[] candidate;
    private double[] candidateGradient;
    private double currentLoss;
    private double learningRate;
    private int steps;
    private double[] topEigenvector;
    private Divergence divergence;

    public EosTrainer(Mlp network, RegressionData data, double[] initialParameters, double learningRate) {
        this.loss = new MlpLoss(network, data);
        this.dimension = network.parameterCount();
        if (initialParameters.length != dimension) {
            throw new IllegalArgumentException("θ₀ has length " + initialParameters.length + ", not " + dimension);
        }
        setLearningRate(learningRate);
        this.lanczos = new Lanczos(dimension, MAX_LANCZOS_ITERATIONS);
        theta = initialParameters.clone();
        gradient = new double[dimension];
        candidate = new double[dimension];
        candidateGradient = new double[dimension];
        currentLoss = loss.valueAndGradient(theta, gradient);
        if (!Double.isFinite(currentLoss) || !allFinite(theta) || !allFinite(gradient)) {
            throw new IllegalArgumentException("θ₀ gives a non-finite loss or gradient");
        }
        double zeroPredictorLoss = 0;
        for (int i = 0; i < data.size(); i++) {
            zeroPredictorLoss += data.target(i) * data.target(i);
        }
        zeroPredictorLoss /= 2.0 * data.size();
        referenceLoss = Math.max(currentLoss, zeroPredictorLoss);
    }

    /** A copy at the same θ, η, step and warm start; it shares the loss and the eigen-solver, which keep no state. */
    private EosTrainer(EosTrainer o) {
        loss = o.loss;
        dimension = o.dimension;
        lanczos = o.lanczos;
        referenceLoss = o.referenceLoss;
        theta = o.theta.clone();
        gradient = o.gradient.clone();
        candidate = new double[dimension];
        candidateGradient = new double[dimension];
        currentLoss = o.currentLoss;
        learningRate = o.learningRate;
        steps = o.steps;
        topEigenvector = o.topEigenvector == null ? null : o.topEigenvector.clone();
        divergence = o.divergence;
    }

    /** An independent copy: stepping either leaves the other as it was, and both continue alike, bit for bit. */
    public EosTrainer copy() {
        return new EosTrainer(this);
    }

    /** The bytes of a copy's own arrays. */
    public long copyBytes() {
        return 5L * dimension * Double.BYTES;
    }

    /** The spiral preset of docs/science.md §2: 2→32→32→32→1, data seed 0, initialization seed 1. */
    public static EosTrainer spiral(double learningRate) {
        Mlp network = Mlp.spiralNetwork();
        return new EosTrainer(network, RegressionData.spiral(0), network.initialParameters(1), learningRate);
    }

    /** The small preset of docs/science.md §2: 1→30→20→1 fitting T₆ on 20 points, initialization seed 1 (η = 0.2 there). */
    public static EosTrainer chebyshev(double learningRate) {
        Mlp network = Mlp.chebyshevNetwork();
        return new EosTrainer(network, RegressionData.chebyshev(), network.initialParameters(1), learningRate);
    }

    /** One GD update with the current η; does nothing but report when the trainer has diverged. */
    public StepResult step() {
        int s = steps + 1;
        if (divergence != null) {
            return new StepResult(s, currentLoss, currentLoss, true);
        }
        double eta = learningRate;
        for (int i = 0; i < dimension; i++) {
            candidate[i] = theta[i] - eta * gradient[i];
        }
        double lossBefore = currentLoss;
        double lossAfter = loss.valueAndGradient(candidate, candidateGradient);
        String failure = null;
        if (!allFinite(candidate)) {
            failure = "parameters became non-finite";
        } else if (!Double.isFinite(lossAfter)) {
            failure = "loss became non-finite";
        } else if (lossAfter > EXPLOSION_FACTOR * referenceLoss) {
            failure = String.format("loss exploded (L = %.3g)", lossAfter);
        } else if (!allFinite(candidateGradient)) {
            failure = "gradient became non-finite";
        }
        if (failure != null) {
            diverge(s, failure);
            return new StepResult(s, lossBefore, Double.isFinite(lossAfter) ? lossAfter : Double.POSITIVE_INFINITY,
                    true);
        }
        double[] t = theta;
        theta = candidate;
        candidate = t;
        t = gradient;
        gradient = candidateGradient;
        candidateGradient = t;
        currentLoss = lossAfter;
        steps = s;
        return new StepResult(s, lossBefore, lossAfter, false);
    }

    private void diverge(int s, String failure) {
        double etaLambda = Double.POSITIVE_INFINITY;
        String sharpnessText = "";
        try {
            EigenEstimate e = lanczos.largest(loss.hessianAt(theta), topEigenvector, 1, SHARPNESS_TOLERANCE);
            etaLambda = learningRate * e.top();
            sharpnessText = String.format("; η·λ_max = %.2f at step %d", etaLambda, steps);
        } catch (ArithmeticException notComputable) {
            sharpnessText = "";
        }
        divergence = new Divergence(s, failure + " at step " + s + sharpnessText, currentLoss, etaLambda);
    }

    /** λ_max at the current θ, warm-started from the previous top eigenvector. */
    public Sharpness sharpness() {
        EigenEstimate e = lanczos.largest(loss.hessianAt(theta), topEigenvector, 1, SHARPNESS_TOLERANCE);
        topEigenvector = e.topEigenvector();
        return new Sharpness(steps, e.top(), learningRate, e.operatorApplications(), e.converged());
    }

    /**
     * λ_max at θ_t, one GD step, λ_max at θ_{t+1}. Empty if the trainer has diverged or diverges on that step.
     */
    public Optional<SharpnessPair> sharpnessOnTwoConsecutiveSteps() {
        if (divergence != null) {
            return Optional.empty();
        }
        Sharpness first = sharpness();
        if (step().diverged()) {
            return Optional.empty();
        }
        return Optional.of(new SharpnessPair(first, sharpness()));
    }

    /** The k largest Hessian eigenvalues at the current θ, largest first (warm-started Lanczos). */
    public double[] topEigenvalues(int k) {
        EigenEstimate e = lanczos.largest(loss.hessianAt(theta), topEigenvector, k, SHARPNESS_TOLERANCE);
        topEigenvector = e.topEigenvector();
        return e.eigenvalues();
    }

    /** The Hessian at the current θ as an operator (for callers with their own eigen-solver). */
    public SymmetricOperator hessian() {
        return loss.hessianAt(theta);
    }

    public double learningRate() {
        return learningRate;
    }

    /** Sets η for the next steps; θ, the step count and the warm start are kept. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("η must be positive and finite, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** t, the number of updates applied. */
    public int steps() {
        return steps;
    }

    /** L(θ_t). */
    public double loss() {
        return currentLoss;
    }

    /** ‖∇L(θ_t)‖. */
    public double gradientNorm() {
        double s = 0;
        for (double g : gradient) {
            s += g * g;
        }
        return Math.sqrt(s);
    }

    /** A copy of θ_t. */
    public double[] parameters() {
        return theta.clone();
    }

    public MlpLoss objective() {
        return loss;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    public boolean hasDiverged() {
        return divergence != null;
    }

    /** Clears a divergence so that stepping continues from the kept θ (with whatever η is set now). */
    public void resume() {
        divergence = null;
    }

    private static boolean allFinite(double[] a) {
        double sum = 0;
        for (double x : a) {
            sum += x * 0;
        }
        return sum == 0;
    }
}
