package frontierslab.panels.examples.model;

import frontierslab.math.landscape.Landscape;
import frontierslab.math.random.SeededRandom;
import frontierslab.math.sam.RadiusProfile;
import frontierslab.math.sam.RadiusProfile.Estimate;
import frontierslab.math.sam.RadiusProfile.Flip;
import frontierslab.math.sam.RadiusProfile.Quantity;
import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.panels.CardDeck;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code example-2-pac-bayes}: the lecture's Example 2 (the PAC-Bayes sketch of SAM) checked sentence by sentence on
 * the two-basin surface of {@code sam-pac-bayes}, at its sharp minimum A (f ≈ −5, curvature 50) and flat minimum B
 * (f = −2, curvature 2), with the same {@link RadiusProfile} measurements. For a radius r:
 * <ul>
 *   <li>Q uniform in the disc ‖ε‖ ≤ r: E_Q[L(w + ε)] ≤ max over ‖ε‖ ≤ r of L(w + ε), since a mean never exceeds a
 *   maximum;</li>
 *   <li>Q = N(w, r²I), the Gaussian posterior of Foret et al. 2021 (arXiv 2010.01412): in 2-D it puts mass e^{−1/2} ≈
 *   0.61 outside the disc, and near a minimum E_Q[L] ≈ L + ½r² tr ∇²L exceeds the SAM objective ≈ L + ½r²λ_max;</li>
 *   <li>the radius r* at which the order of the two minima by each quantity swaps ({@link RadiusProfile#flipRadius});</li>
 *   <li>with the prior P = N(0, σ_P²I) in d = 2 dimensions, D_KL(Q‖P) = ½((d r² + ‖w‖²)/σ_P² − d + d ln(σ_P²/r²))
 *   (McAllester 1999; Dziugaite and Roy 2017, arXiv 1703.11008), checked against a Monte Carlo mean of
 *   ln q − ln p over the draws.</li>
 * </ul>
 * The profile over r ∈ [0, R] and the swap radii depend only on R and the draws; they are kept while those stay the
 * same, so that dragging r or σ_P recomputes only the rows.
 */
public final class PacBayesExample extends DerivationExperiment<PacBayesExampleParams> {

    /** Radii of the profile drawn beside the rows: 0, R/40, …, R. */
    static final int RADII = 41;
    /** A Monte Carlo estimate counts as above a value when it exceeds it by more than this many standard errors. */
    static final double SIGNIFICANT = 2;
    /** Dimension of the parameter space. */
    static final int D = 2;

    static final Landscape SURFACE = frontierslab.math.landscape.TwoBasinSurface.LECTURE;
    static final double[] SHARP = PacBayesExperiment.SHARP;
    static final double[] FLAT = PacBayesExperiment.FLAT;

    public static final ExperimentType<PacBayesExampleParams> TYPE = new ExperimentType<>(
            "example-2-pac-bayes",
            "Example 2, line by line",
            "§6 Worked examples",
            "Each sentence of Example 2 (the PAC-Bayes sketch of SAM) against the expected and worst-case loss around "
                    + "the two minima of Demo 2's surface.",
            PacBayesExampleParams.SPACE,
            List.of(
                    new Preset<>("lecture-example-2", CardDeck.preset("examples", "example-2-pac-bayes",
                            "lecture-example-2"), PacBayesExampleParams.defaults()),
                    new Preset<>("small-ball", CardDeck.preset("examples", "example-2-pac-bayes", "small-ball"),
                            PacBayesExampleParams.at(0.05)),
                    new Preset<>("large-ball", CardDeck.preset("examples", "example-2-pac-bayes", "large-ball"),
                            PacBayesExampleParams.at(0.8))),
            PacBayesExample::new,
            ExperimentType.Markers.none());

    private static final String[] COLUMNS = {"step", "radius", "sharp_uniform", "sharp_gaussian", "sharp_gaussian_se",
        "sharp_worst", "flat_uniform", "flat_gaussian", "flat_gaussian_se", "flat_worst"};

    /** What does not depend on r or σ_P: the profile over [0, R] and the swap radii. */
    private record Profile(double maxRadius, int samples, int seed, double[][] rows, Flip worst, Flip gaussian,
                           Flip uniform) {
    }

    private Profile profile;

    public PacBayesExample(PacBayesExampleParams params) {
        super(params);
        start();
    }

    /** The values of one minimum at one radius. */
    record AtRadius(double uniform, Estimate gaussian, double worst) {

        static AtRadius of(double[] w, double r, PacBayesExampleParams p) {
            return new AtRadius(RadiusProfile.expectedLoss(SURFACE, w, r, p.uniformBall()).mean(),
                    RadiusProfile.expectedLoss(SURFACE, w, r, p.gaussian()),
                    RadiusProfile.worstCase(SURFACE, w, r).value());
        }

        /** The Gaussian expectation lies above the SAM objective by more than {@link #SIGNIFICANT} standard errors. */
        boolean gaussianAbove() {
            return gaussian.mean() - SIGNIFICANT * gaussian.standardError() > worst;
        }
    }

    private Profile profile(PacBayesExampleParams p) {
        if (profile == null || profile.maxRadius() != p.maxRadius() || profile.samples() != p.samples()
                || profile.seed() != p.seed()) {
            double[][] rows = new double[RADII][];
            for (int k = 0; k < RADII; k++) {
                double r = p.maxRadius() * k / (RADII - 1);
                AtRadius a = AtRadius.of(SHARP, r, p);
                AtRadius b = AtRadius.of(FLAT, r, p);
                rows[k] = new double[] {k, r, a.uniform(), a.gaussian().mean(), a.gaussian().standardError(), a.worst(),
                    b.uniform(), b.gaussian().mean(), b.gaussian().standardError(), b.worst()};
            }
            profile = new Profile(p.maxRadius(), p.samples(), p.seed(), rows,
                    flip(Quantity.WORST_CASE, p.maxRadius(), p.gaussian()),
                    flip(Quantity.EXPECTED, p.maxRadius(), p.gaussian()),
                    flip(Quantity.EXPECTED, p.maxRadius(), p.uniformBall()));
        }
        return profile;
    }

    private static Flip flip(Quantity q, double maxRadius, Sampling sampling) {
        return RadiusProfile.flipRadius(SURFACE, SHARP, FLAT, q, maxRadius, sampling);
    }

    /** D_KL(N(w, r²I_d) ‖ N(0, σ²I_d)) in closed form. */
    public static double gaussianKl(double[] w, double r, double sigma) {
        double w2 = w[0] * w[0] + w[1] * w[1];
        return 0.5 * ((D * r * r + w2) / (sigma * sigma) - D + D * Math.log(sigma * sigma / (r * r)));
    }

    /** E_Q[ln q(θ) − ln p(θ)] by Monte Carlo over the draws θ = w + r·z of {@code sampling}'s seed: mean and SE. */
    static Estimate monteCarloKl(double[] w, double r, double sigma, int samples, long seed) {
        SeededRandom random = new SeededRandom(seed);
        double mean = 0;
        double sumOfSquares = 0;
        for (int n = 1; n <= samples; n++) {
            double z1 = random.normal();
            double z2 = random.normal();
            double t1 = w[0] + r * z1;
            double t2 = w[1] + r * z2;
            double logQ = -D * Math.log(r) - 0.5 * (z1 * z1 + z2 * z2);
            double logP = -D * Math.log(sigma) - (t1 * t1 + t2 * t2) / (2 * sigma * sigma);
            double value = logQ - logP;
            double delta = value - mean;
            mean += delta / n;
            sumOfSquares += delta * (value - mean);
        }
        return new Estimate(mean, Math.sqrt(sumOfSquares / (samples - 1) / samples));
    }

    @Override
    protected Derivation derive(PacBayesExampleParams p) {
        Profile prof = profile(p);
        Trace trace = new Trace(COLUMNS);
        for (double[] row : prof.rows()) {
            trace.append(row);
        }
        double r = p.radius();
        AtRadius a = AtRadius.of(SHARP, r, p);
        AtRadius b = AtRadius.of(FLAT, r, p);
        List<DerivationRow> rows = new ArrayList<>();

        boolean uniformBelow = a.uniform() <= a.worst() && b.uniform() <= b.worst();
        rows.add(new DerivationRow(
                "If we choose Q to be a small ball of radius ρ around w, TrainError(w + noise) is closely related to "
                        + "the SAM objective",
                "\\mathrm{E}_{\\|\\epsilon\\| \\le r}\\, L(w+\\epsilon) \\le \\max_{\\|\\epsilon\\| \\le r} L(w+\\epsilon)",
                "A: " + fmt(a.uniform()) + " ≤ " + fmt(a.worst()) + ";  B: " + fmt(b.uniform()) + " ≤ "
                        + fmt(b.worst()),
                Verdict.of(uniformBelow),
                uniformBelow ? "a mean over the ball never exceeds its largest value; at A the SAM objective is "
                        + fmt(a.worst() - a.uniform()) + " above it"
                        : "the inner maximization missed the ball's largest value"));

        boolean gaussianAbove = a.gaussianAbove() || b.gaussianAbove();
        OptionalDouble from = firstGaussianAbove(prof.rows());
        rows.add(new DerivationRow(
                "… and for the Gaussian Q = N(w, r²I) of the usual bound, TrainError(w + noise) stays below the SAM "
                        + "objective",
                "\\mathrm{E}_{z \\sim N(0,I)}\\, L(w + r z) \\le \\max_{\\|\\epsilon\\| \\le r} L(w+\\epsilon)",
                "A: " + fmt(a.gaussian().mean()) + " ± " + fmt(a.gaussian().standardError()) + " vs " + fmt(a.worst())
                        + ";  B: " + fmt(b.gaussian().mean()) + " vs " + fmt(b.worst()),
                Verdict.of(!gaussianAbove),
                gaussianAbove ? "it can exceed it: a Gaussian of scale r puts mass e^(−1/2) = " + fmt(Math.exp(-0.5))
                        + " outside the ball, and near a minimum ½r² tr∇²L > ½r² λ_max"
                        : from.isPresent() ? "at this r, within the noise; at A it exceeds it from r = "
                        + fmt(from.getAsDouble()) + " on" : "it stays below for every r up to R"));

        double lossA = SURFACE.value(SHARP);
        double lossB = SURFACE.value(FLAT);
        Flip worst = prof.worst();
        rows.add(new DerivationRow(
                "(the app) the minima swap order: A is lower at r = 0, B is lower beyond a radius r*",
                "r^* = \\min\\{ r : \\max_{\\|\\epsilon\\| \\le r} L(A+\\epsilon) > \\max_{\\|\\epsilon\\| \\le r}"
                        + " L(B+\\epsilon) \\}",
                "SAM objective " + PacBayesExperiment.flipWords(worst, p.maxRadius()) + "; Gaussian "
                        + PacBayesExperiment.flipWords(prof.gaussian(), p.maxRadius()) + "; uniform "
                        + PacBayesExperiment.flipWords(prof.uniform(), p.maxRadius()),
                Verdict.of(worst.radius().isPresent()),
                worst.radius().isPresent() ? "L(A) = " + fmt(lossA) + " < L(B) = " + fmt(lossB)
                        + " at r = 0, but the sharp well's walls rise faster"
                        : "the SAM objective keeps the order up to R = " + fmt(p.maxRadius()) + ": raise R"));

        boolean prefersFlat = b.worst() < a.worst();
        rows.add(new DerivationRow("Thus, SAM is explicitly minimizing an upper bound: at this r it prefers the flat "
                + "minimum",
                "\\max_{\\|\\epsilon\\| \\le r} L(B+\\epsilon) < \\max_{\\|\\epsilon\\| \\le r} L(A+\\epsilon)",
                "r = " + fmt(r) + ": A " + fmt(a.worst()) + ", B " + fmt(b.worst()),
                Verdict.of(prefersFlat),
                worst.radius().isEmpty() ? "no swap up to R: the SAM objective prefers A at every radius"
                        : (prefersFlat ? "r is beyond r* = " : "r is below r* = ") + fmt(worst.radius().getAsDouble())
                        + (prefersFlat ? ": the flat minimum has the lower SAM objective"
                        : ": a ball this small still prefers the sharp minimum")));

        double sigma = p.priorScale();
        double klA = gaussianKl(SHARP, r, sigma);
        double klB = gaussianKl(FLAT, r, sigma);
        Estimate mcA = monteCarloKl(SHARP, r, sigma, p.samples(), p.seed());
        Estimate mcB = monteCarloKl(FLAT, r, sigma, p.samples(), p.seed());
        boolean klAgrees = agrees(klA, mcA) && agrees(klB, mcB);
        rows.add(new DerivationRow(
                "D_KL(Q‖P) for Q = N(w, r²I) and the prior P = N(0, σ_P²I), in closed form",
                "D_{KL} = \\tfrac{1}{2}\\left(\\frac{d r^2 + \\|w\\|^2}{\\sigma_P^2} - d + d \\ln \\frac{\\sigma_P^2}{r^2}"
                        + "\\right)",
                "A: " + fmt(klA) + ", B: " + fmt(klB) + " (Monte Carlo: " + fmt(mcA.mean()) + ", " + fmt(mcB.mean())
                        + ")",
                Verdict.of(klAgrees),
                klAgrees ? "A and B are equally far from the prior's mean, so the KL term does not separate them: "
                        + "the train term decides"
                        : "the Monte Carlo mean of ln q − ln p disagrees with the closed form"));
        Facts facts = new Facts(r, SURFACE.value(SHARP), SURFACE.value(FLAT), a.uniform(), a.gaussian().mean(),
                a.gaussian().standardError(), a.worst(), b.uniform(), b.gaussian().mean(), b.gaussian().standardError(),
                b.worst(), from.isPresent() ? from.getAsDouble() : null, Math.exp(-0.5),
                worst.radius().isPresent() ? worst.radius().getAsDouble() : null,
                prof.gaussian().radius().isPresent() ? prof.gaussian().radius().getAsDouble() : null,
                prof.uniform().radius().isPresent() ? prof.uniform().radius().getAsDouble() : null, klA, klB,
                mcA.mean(), mcB.mean());
return new Derivation(trace, rows, facts);
    }

    /** |closed − estimate| within four standard errors (plus rounding). */
    static boolean agrees(double closed, Estimate estimate) {
        return Math.abs(closed - estimate.mean()) <= 4 * estimate.standardError() + 1e-12 * Math.max(1, Math.abs(closed));
    }

    /** The smallest radius of the profile at which the Gaussian expectation at A lies above the SAM objective. */
    private static OptionalDouble firstGaussianAbove(double[][] rows) {
        for (double[] row : rows) {
            if (row[3] - SIGNIFICANT * row[4] > row[5]) {
                return OptionalDouble.of(row[1]);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * What Example 2 computes on the two minima of the surface, beside the lines' verdicts: at the sharp and the
     * flat minimum, the loss averaged over a uniform ball and over a Gaussian Q of radius r, and its worst case in
     * the ball (the SAM objective).
     *
     * @param sharpGaussianSe              the standard error of the sampled Gaussian average
     * @param gaussianAboveWorstFromRadius the radius from which the Gaussian average exceeds the worst case in the
     *                                     ball, null if none
     * @param gaussianMassOutsideBall      exp(−1/2): the mass of Q outside the ball of radius r in two dimensions
     * @param flipWorstCase                the radius from which the flat minimum has the lower worst-case loss,
     *                                     null if none
     * @param klSharp                      KL(Q‖P) in closed form at the sharp minimum
     * @param klSharpMonteCarlo            the same sampled
     */
    public record Facts(double radius, double sharpLoss, double flatLoss, double sharpUniform, double sharpGaussian,
                        double sharpGaussianSe, double sharpWorst, double flatUniform, double flatGaussian,
                        double flatGaussianSe, double flatWorst, Double gaussianAboveWorstFromRadius,
                        double gaussianMassOutsideBall, Double flipWorstCase, Double flipExpectedGaussian,
                        Double flipExpectedUniform, double klSharp, double klFlat, double klSharpMonteCarlo,
                        double klFlatMonteCarlo) {
    }
}
