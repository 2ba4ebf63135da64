package frontierslab.math.linalg;

/**
 * Estimated extreme eigenvalues of a symmetric operator A, with the eigenvector of the first.
 *
 * @param eigenvalues           the estimated eigenvalues, largest first
 * @param topEigenvector        a unit vector u with A u ≈ eigenvalues[0]·u
 * @param residualNorm          ‖A u − eigenvalues[0]·u‖ (or the solver's bound on it), the error certificate:
 *                              some eigenvalue of A lies within this distance of eigenvalues[0]
 * @param operatorApplications  how many products A v were computed
 * @param converged             whether the requested tolerance was met within the iteration budget
 */
public record EigenEstimate(double[] eigenvalues, double[] topEigenvector, double residualNorm,
                            int operatorApplications, boolean converged) {

    public EigenEstimate {
        eigenvalues = eigenvalues.clone();
        topEigenvector = topEigenvector.clone();
    }

    /** The largest estimated eigenvalue. */
    public double top() {
        return eigenvalues[0];
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    @Override
    public double[] topEigenvector() {
        return topEigenvector.clone();
    }
}
