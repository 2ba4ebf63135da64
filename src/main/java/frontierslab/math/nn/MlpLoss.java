package frontierslab.math.nn;

import frontierslab.math.linalg.SymmetricOperator;
import java.util.Arrays;

/**
 * The full-batch square loss of an {@link Mlp} on a {@link RegressionData} set, with its exact gradient and exact
 * Hessian-vector product:
 * <pre>
 *   L(θ) = 1/(2n) Σᵢ (f(xᵢ; θ) − yᵢ)²
 * </pre>
 * <b>Gradient</b> by backpropagation: δ_L = (z_L − y)/n, ∇_{W_l} L = δ_l a_{l−1}ᵀ, ∇_{b_l} L = δ_l 1,
 * e_{l−1} = W_lᵀ δ_l, δ_{l−1} = e_{l−1} ⊙ (1 − a_{l−1}²).
 * <p><b>Hessian-vector product</b> H v by Pearlmutter's R-operator R{·} = d/dt (·)(θ + t v)|₀, applied forward over
 * the backward pass (Pearlmutter 1994, "Fast exact multiplication by the Hessian"). With v = [V_l, c_l]:
 * <pre>
 *   R{z_l} = W_l R{a_{l−1}} + V_l a_{l−1} + c_l,    R{a_l} = (1 − a_l²) ⊙ R{z_l},    R{a₀} = 0
 *   R{δ_L} = R{z_L}/n
 *   (Hv)_{W_l} = R{δ_l} a_{l−1}ᵀ + δ_l R{a_{l−1}}ᵀ,    (Hv)_{b_l} = R{δ_l} 1
 *   R{δ_{l−1}} = (V_lᵀ δ_l + W_lᵀ R{δ_l}) ⊙ (1 − a_{l−1}²) − 2 e_{l−1} ⊙ a_{l−1} ⊙ R{a_{l−1}}
 * </pre>
 * It is exact (no finite difference). The forward and backward passes at θ are kept after
 * {@link #valueAndGradient}, so the many products at one point that an eigen-solver needs pay for them once; each
 * product then costs about 1.4 gradients (six matrix products per hidden layer against three, but no tanh). The tanh
 * is {@link DenseKernels#tanhInPlace}, within a few ulps of the exactly rounded one; derivatives use 1 − a².
 *
 * <p>All work arrays are allocated once here. Activations are stored feature-major (see {@link DenseKernels}).
 * Not thread-safe: one instance per thread.
 */
public final class MlpLoss {

    /** Below this width a layer's weight gradient is computed by dot products (see DenseKernels.addOuterByDots). */
    private static final int NARROW_LAYER = 8;

    private final Mlp mlp;
    private final int layers;
    private final int n;
    private final int[] widths;
    private final double[] targets;

    // index l = 0..L: a_l feature-major (a_L is the output z_L); a_l sample-major for l < L
    private final double[][][] activations;
    private final double[][][] activationsSampleMajor;
    // index l = 1..L: δ_l; e_l = W_{l+1}ᵀ δ_{l+1} for l = 1..L−1
    private final double[][][] deltas;
    private final double[][][] backErrors;
    // the same under the R-operator
    private final double[][][] rActivations;
    private final double[][][] rActivationsSampleMajor;
    private final double[][][] rDeltas;
    private final double[][][] rBackErrors;
    // ∇_{W_l} (or (Hv)_{W_l}) as rows, copied into the flat vector at the end
    private final double[][][] weightRows;

    private final double[] preparedAt;
    private final double[] preparedGradient;
    private boolean prepared;
    private double preparedLoss;

    public MlpLoss(Mlp mlp, RegressionData data) {
        if (data.inputDimension() != mlp.inputDimension()) {
            throw new IllegalArgumentException("data has inputs of dimension " + data.inputDimension()
                    + ", the network takes " + mlp.inputDimension());
        }
        this.mlp = mlp;
        this.layers = mlp.layerCount();
        this.n = data.size();
        this.widths = mlp.widths();
        this.targets = data.targets();
        activations = new double[layers + 1][][];
        activationsSampleMajor = new double[layers][][];
        deltas = new double[layers + 1][][];
        backErrors = new double[layers][][];
        rActivations = new double[layers + 1][][];
        rActivationsSampleMajor = new double[layers][][];
        rDeltas = new double[layers + 1][][];
        rBackErrors = new double[layers][][];
        weightRows = new double[layers + 1][][];
        for (int l = 0; l <= layers; l++) {
            activations[l] = new double[widths[l]][n];
            if (l < layers) {
                activationsSampleMajor[l] = new double[n][widths[l]];
            }
            if (l >= 1) {
                deltas[l] = new double[widths[l]][n];
                rActivations[l] = new double[widths[l]][n];
                rDeltas[l] = new double[widths[l]][n];
                weightRows[l] = new double[widths[l]][widths[l - 1]];
                if (l < layers) {
                    backErrors[l] = new double[widths[l]][n];
                    rBackErrors[l] = new double[widths[l]][n];
                    rActivationsSampleMajor[l] = new double[n][widths[l]];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < widths[0]; k++) {
                activations[0][k][i] = data.input(i, k);
                activationsSampleMajor[0][i][k] = data.input(i, k);
            }
        }
        preparedAt = new double[mlp.parameterCount()];
        preparedGradient = new double[mlp.parameterCount()];
    }

    public Mlp network() {
        return mlp;
    }

    /** The number of parameters, the dimension of θ, of the gradient and of the Hessian. */
    public int dimension() {
        return mlp.parameterCount();
    }

    /** n. */
    public int sampleCount() {
        return n;
    }

    /** L(θ), by a forward pass only. */
    public double value(double[] theta) {
        checkLength(theta);
        prepared = false;
        return forward(theta);
    }

    /** L(θ); writes ∇L(θ) into {@code gradient} and keeps the passes at θ for {@link #hessianVectorProduct}. */
    public double valueAndGradient(double[] theta, double[] gradient) {
        checkLength(theta);
        checkLength(gradient);
        if (!isPreparedAt(theta)) {
            prepare(theta);
        }
        System.arraycopy(preparedGradient, 0, gradient, 0, gradient.length);
        return preparedLoss;
    }

    /** Writes H(θ) v into {@code out} (v and out distinct); reuses the passes at θ if they are the last ones made. */
    public void hessianVectorProduct(double[] theta, double[] v, double[] out) {
        checkLength(theta);
        checkLength(v);
        checkLength(out);
        if (v == out) {
            throw new IllegalArgumentException("v and out must be distinct arrays");
        }
        if (!isPreparedAt(theta)) {
            prepare(theta);
        }
        rOperatorPasses(v, out);
    }

    /**
     * H(θ) as an operator v ↦ H(θ)v for an eigen-solver. θ is copied now. The operator shares this object's work
     * arrays: calls on this loss at another point in between make its next product redo the passes at θ.
     */
    public SymmetricOperator hessianAt(double[] theta) {
        double[] point = theta.clone();
        checkLength(point);
        if (!isPreparedAt(point)) {
            prepare(point);
        }
        return (v, out) -> hessianVectorProduct(point, v, out);
    }

    /** The network outputs f(xᵢ; θ) at the point of the last evaluation, copied into a new array. */
    public double[] lastOutputs() {
        return activations[layers][0].clone();
    }

    private boolean isPreparedAt(double[] theta) {
        return prepared && Arrays.equals(preparedAt, theta);
    }

    private void checkLength(double[] a) {
        if (a.length != mlp.parameterCount()) {
            throw new IllegalArgumentException("expected length " + mlp.parameterCount() + ", got " + a.length);
        }
    }

    private double forward(double[] theta) {
        for (int l = 1; l <= layers; l++) {
            double[][] z = activations[l];
            DenseKernels.fillRows(theta, mlp.biasOffset(l), z);
            DenseKernels.addProduct(theta, mlp.weightOffset(l), activations[l - 1], z);
            if (l < layers) {
                for (double[] row : z) {
                    DenseKernels.tanhInPlace(row);
                }
                DenseKernels.transpose(z, activationsSampleMajor[l]);
            }
        }
        double[] output = activations[layers][0];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double r = output[i] - targets[i];
            sum += r * r;
        }
        return sum / (2.0 * n);
    }

    private void prepare(double[] theta) {
        System.arraycopy(theta, 0, preparedAt, 0, theta.length);
        preparedLoss = forward(preparedAt);
        double[] output = activations[layers][0];
        double[] deltaOut = deltas[layers][0];
        for (int i = 0; i < n; i++) {
            deltaOut[i] = (output[i] - targets[i]) / n;
        }
        for (int l = layers; l >= 1; l--) {
            double[][] delta = deltas[l];
            double[][] gw = weightRows[l];
            DenseKernels.clear(gw);
            addWeightGradient(delta, l - 1, activationsSampleMajor, activations, gw);
            DenseKernels.flatten(gw, preparedGradient, mlp.weightOffset(l));
            DenseKernels.rowSums(delta, preparedGradient, mlp.biasOffset(l));
            if (l > 1) {
                double[][] e = backErrors[l - 1];
                DenseKernels.clear(e);
                DenseKernels.addTransposedProduct(preparedAt, mlp.weightOffset(l), delta, e);
                double[][] a = activations[l - 1];
                double[][] below = deltas[l - 1];
                for (int j = 0; j < e.length; j++) {
                    double[] er = e[j];
                    double[] ar = a[j];
                    double[] br = below[j];
                    for (int i = 0; i < n; i++) {
                        br[i] = er[i] * (1 - ar[i] * ar[i]);
                    }
                }
            }
        }
        prepared = true;
    }

    /** g += d aᵀ for the activations a of layer {@code below}, by the kernel that suits its width. */
    private void addWeightGradient(double[][] d, int below, double[][][] sampleMajor, double[][][] featureMajor,
                                   double[][] g) {
        if (widths[below] < NARROW_LAYER) {
            DenseKernels.addOuterByDots(d, featureMajor[below], g);
        } else {
            DenseKernels.addOuter(d, sampleMajor[below], g);
        }
    }

    private void rOperatorPasses(double[] v, double[] out) {
        double[] theta = preparedAt;
        for (int l = 1; l <= layers; l++) {
            double[][] rz = rActivations[l];
            DenseKernels.fillRows(v, mlp.biasOffset(l), rz);
            DenseKernels.addProduct(v, mlp.weightOffset(l), activations[l - 1], rz);
            if (l > 1) {
                DenseKernels.addProduct(theta, mlp.weightOffset(l), rActivations[l - 1], rz);
            }
            if (l < layers) {
                double[][] a = activations[l];
                for (int j = 0; j < rz.length; j++) {
                    double[] rr = rz[j];
                    double[] ar = a[j];
                    for (int i = 0; i < n; i++) {
                        rr[i] *= 1 - ar[i] * ar[i];
                    }
                }
                DenseKernels.transpose(rz, rActivationsSampleMajor[l]);
            }
        }
        double[] rDeltaOut = rDeltas[layers][0];
        double[] rOutput = rActivations[layers][0];
        for (int i = 0; i < n; i++) {
            rDeltaOut[i] = rOutput[i] / n;
        }
        for (int l = layers; l >= 1; l--) {
            double[][] rDelta = rDeltas[l];
            double[][] hw = weightRows[l];
            DenseKernels.clear(hw);
            addWeightGradient(rDelta, l - 1, activationsSampleMajor, activations, hw);
            if (l > 1) {
                addWeightGradient(deltas[l], l - 1, rActivationsSampleMajor, rActivations, hw);
            }
            DenseKernels.flatten(hw, out, mlp.weightOffset(l));
            DenseKernels.rowSums(rDelta, out, mlp.biasOffset(l));
            if (l > 1) {
                double[][] rE = rBackErrors[l - 1];
                DenseKernels.clear(rE);
                DenseKernels.addTransposedProduct(theta, mlp.weightOffset(l), rDelta, rE);
                DenseKernels.addTransposedProduct(v, mlp.weightOffset(l), deltas[l], rE);
                double[][] a = activations[l - 1];
                double[][] ra = rActivations[l - 1];
                double[][] e = backErrors[l - 1];
                double[][] below = rDeltas[l - 1];
                for (int j = 0; j < rE.length; j++) {
                    double[] rer = rE[j];
                    double[] ar = a[j];
                    double[] rar = ra[j];
                    double[] er = e[j];
                    double[] br = below[j];
                    for (int i = 0; i < n; i++) {
                        br[i] = rer[i] * (1 - ar[i] * ar[i]) - 2 * er[i] * ar[i] * rar[i];
                    }
                }
            }
        }
    }
}
