package frontierslab.panels.bias;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.References;
import frontierslab.panels.bias.model.LowRankBiasExperiment.LowRankBiasSnapshot;
import frontierslab.panels.bias.model.ScalarBiasParams;
import frontierslab.panels.bias.model.SparseBiasExperiment.SparseBiasSnapshot;
import frontierslab.sim.Snapshot;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.panels.bias.view.LowRankBiasFigure;
import frontierslab.panels.bias.view.ScalarBiasFigure;
import frontierslab.panels.bias.view.SparseBiasFigure;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SingularValueDecomposition;

/** Lecture §3, the implicit bias of optimization: its experiments and the cards of its text. */
public final class BiasPanel {

    static {
        References.define("bias-sparse", "features", s -> ((SparseBiasSnapshot) s).weights().length);
        References.define("bias-low-rank", "size", s -> ((LowRankBiasSnapshot) s).truth().length);
        References.define("bias-low-rank", "truth_rank", s -> {
            double[] sv = truthSingularValues(s);
            return (int) java.util.Arrays.stream(sv).filter(v -> v > 1e-9 * sv[0]).count();
        });
        References.define("bias-low-rank", "truth_sigma1", s -> truthSingularValues(s)[0]);
        References.define("bias-low-rank", "truth_sigma2", s -> truthSingularValues(s)[1]);
        References.define("bias-low-rank", "observed_share", s -> {
            LowRankBiasSnapshot low = (LowRankBiasSnapshot) s;
            double n = low.truth().length;
            return low.summary().observedEntries() / (n * n);
        });
        References.define("bias-scalar", "start_w2", s -> {
            ScalarBiasParams p = (ScalarBiasParams) s.params();
            return p.ratio() * p.alpha();
        });
    }

    private BiasPanel() {
    }

    private static double[] truthSingularValues(Snapshot s) {
        return new SingularValueDecomposition(MatrixUtils.createRealMatrix(((LowRankBiasSnapshot) s).truth()))
                .getSingularValues();
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("bias", "Implicit Bias of Optimization", "§3",
                List.of(new Entry<>(ScalarBiasExperiment.TYPE, ScalarBiasFigure::new),
                        new Entry<>(SparseBiasExperiment.TYPE, SparseBiasFigure::new),
                        new Entry<>(LowRankBiasExperiment.TYPE, LowRankBiasFigure::new)),
                CardDeck.of("bias").cards());
    }
}
