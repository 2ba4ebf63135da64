package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import frontierslab.app.FxPlatform;
import frontierslab.panels.eos.EosPanel;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.eos.model.EosMlpExperiment.EosMlpSnapshot;
import frontierslab.panels.eos.model.EosMlpParams;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.model.ValleyParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** η in units of η·λ: the detent at 2, λ from the model, and one η change per drag on the network. */
@Tag("gui")
class EdgeControlTest {

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> ExperimentView<P> open(String id) throws Exception {
        Entry<?, ?> entry = EosPanel.definition().experiments().stream().filter(e -> e.type().id().equals(id))
                .findFirst().orElseThrow();
        ExperimentView<P> view = FxPlatform.call(() -> new ExperimentView<>((Entry<P, ?>) entry,
                Palette.of(Theme.LIGHT)));
        settle(view);
        return view;
    }

    private static void settle(ExperimentView<?> view) throws InterruptedException {
        FxPlatform.run(() -> { });
        view.runner().awaitIdle();
        FxPlatform.run(view::refresh);
    }

    @Test
    void theDetentSnapsToExactlyTwoWithinOnePercentAndOutsideItTheValueIsKept() {
        assertEquals(2.0, EdgeControl.detent(1.981));
        assertEquals(2.0, EdgeControl.detent(2.02));
        assertEquals(2.03, EdgeControl.detent(2.03));
        assertEquals(1.97, EdgeControl.detent(1.97));
    }

    @Test
    void onTheQuadraticTheControlIsInUnitsOfEtaLambdaOneAndTwoMeansEtaIsExactlyTwoOverLambdaOne() throws Exception {
        ExperimentView<QuadraticParams> view = open("eos-quadratic");
        try {
            Slider edge = FxPlatform.call(() -> (Slider) view.controls().lookup("#slider-eta-lambda"));
            assertNotNull(edge);
            double lambda1 = FxPlatform.call(() -> view.controls().params().lambda1());
            assertEquals(view.controls().params().eta() * lambda1, FxPlatform.call(edge::getValue), 1e-12);
            FxPlatform.run(() -> edge.setValue(2.015));
            assertEquals(2 / lambda1, FxPlatform.call(() -> view.controls().params().eta()), 0.0);
            FxPlatform.run(() -> edge.setValue(1.5));
            assertEquals(1.5 / lambda1, FxPlatform.call(() -> view.controls().params().eta()), 1e-15);
        } finally {
            FxPlatform.run(view::dispose);
        }
    }

    /** In presenter mode (the column hidden) η can still be set in units of η·λ₁, with the detent at 2. */
    @Test
    void presenterModeShowsTheEtaLambdaControlBelowTheChartsAndItSetsEta() throws Exception {
        ExperimentView<QuadraticParams> view = open("eos-quadratic");
        try {
            FxPlatform.run(() -> view.setPresenter(true));
            Slider edge = FxPlatform.call(() -> (Slider) view.lookup("#presenter-slider-eta-lambda"));
            assertNotNull(edge, "presenter mode shows the η·λ control");
            double lambda1 = FxPlatform.call(() -> view.controls().params().lambda1());
            FxPlatform.run(() -> edge.setValue(1.99));
            assertEquals(2 / lambda1, FxPlatform.call(() -> view.controls().params().eta()), 0.0);
            settle(view);
            Slider column = FxPlatform.call(() -> (Slider) view.controls().lookup("#slider-eta-lambda"));
            assertEquals(2.0, FxPlatform.call(column::getValue), 1e-12);
            assertEquals(2.0, FxPlatform.call(edge::getValue), 1e-12);
            FxPlatform.run(() -> view.setPresenter(false));
            assertNull(FxPlatform.call(() -> view.lookup("#presenter-slider-eta-lambda")));
        } finally {
            FxPlatform.run(view::dispose);
        }
    }

    /**
     * At 1280×720 in the projector theme the presenter's η·λ control shows its name and its number whole (it read
     * "η·λ_ma…" and "4…." on the valley, the network and the power law).
     */
    @Test
    void thePresentersEtaLambdaControlShowsItsNameAndNumberWholeAtAProjector() throws Exception {
        for (String id : new String[] {"eos-valley", "eos-mlp", "eos-power-law"}) {
            Entry<?, ?> entry = EosPanel.definition().experiments().stream().filter(e -> e.type().id().equals(id))
                    .findFirst().orElseThrow();
            ExperimentView<?> view = FxPlatform.call(() -> new ExperimentView<>(entry, Palette.of(Theme.PROJECTOR)));
            try {
                settle(view);
                FxPlatform.run(() -> {
                    javafx.scene.Scene scene = new javafx.scene.Scene(view, 1280, 720);
                    frontierslab.app.Shell.applyStyles(scene, Theme.PROJECTOR);
                    view.setPresenter(true);
                    view.applyCss();
                    view.layout();
                });
                for (String part : new String[] {"#presenter-label-eta-lambda", "#presenter-value-eta-lambda"}) {
                    String[] shownAndText = FxPlatform.call(() -> {
                        Label label = (Label) view.lookup(part);
                        javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
                        return new String[] {drawn.getText(), label.getText()};
                    });
                    assertEquals(shownAndText[1], shownAndText[0], id + " " + part + " is drawn whole");
                    assertFalse(shownAndText[0].contains("…"), id + " " + part + ": " + shownAndText[0]);
                }
            } finally {
                FxPlatform.run(view::dispose);
            }
        }
    }

    @Test
    void onTheValleyLambdaIsTheLargestEigenvalueOfTheHessianAtTheStart() throws Exception {
        ExperimentView<ValleyParams> view = open("eos-valley");
        try {
            ValleyParams p = FxPlatform.call(() -> view.controls().params());
            double[][] h = p.valley().landscape().hessian(p.start());
            double expected = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues()[0];
            EdgeControl<?> edge = FxPlatform.call(() -> (EdgeControl<?>) view.controls().lookup("#slider-eta-lambda").getParent());
            assertEquals(expected, FxPlatform.call(edge::lambda), 1e-9 * expected);
            FxPlatform.run(() -> edge.slider().setValue(2));
            assertEquals(2 / expected, FxPlatform.call(() -> view.controls().params().eta()), 1e-12);
        } finally {
            FxPlatform.run(view::dispose);
        }
    }

    @Test
    void anExperimentWithoutAnEtaHasNoSuchControl() throws Exception {
        Entry<?, ?> entry = frontierslab.panels.sam.SamPanel.definition().experiments().stream()
                .filter(e -> e.type().id().equals("sam-pac-bayes")).findFirst().orElseThrow();
        ExperimentView<?> view = FxPlatform.call(() -> new ExperimentView<>(entry, Palette.of(Theme.LIGHT)));
        try {
            settle(view);
            assertNull(FxPlatform.call(() -> view.controls().lookup("#slider-eta-lambda")));
        } finally {
            FxPlatform.run(view::dispose);
        }
    }

    @Test
    void oneDragOfEtaOnTheNetworkLeavesOneEtaChangeMarkerPlacedWhereTheMouseIsReleased() throws Exception {
        ExperimentView<EosMlpParams> view = open("eos-mlp");
        try {
            for (int i = 0; i < 5; i++) {
                view.runner().stepOnce();
            }
            settle(view);
            Slider eta = FxPlatform.call(() -> (Slider) view.controls().lookup("#slider-eta"));
            double start = FxPlatform.call(eta::getValue);
            FxPlatform.run(() -> eta.setValueChanging(true));
            for (int i = 1; i <= 5; i++) {
                int k = i;
                FxPlatform.run(() -> eta.setValue(start + 0.05 * k));
                view.runner().stepOnce();
                settle(view);
            }
            FxPlatform.run(() -> eta.setValueChanging(false));
            view.runner().stepOnce();
            settle(view);
            EosMlpSnapshot s = (EosMlpSnapshot) FxPlatform.call(view::shownSnapshot);
            assertEquals(1, s.changes().size(), "one marker for one gesture: " + s.changes());
            assertEquals(Math.pow(10, start + 0.25), s.changes().get(0).to(), 1e-9);
            assertFalse(FxPlatform.call(() -> view.controls().inGesture()));
        } finally {
            FxPlatform.run(view::dispose);
        }
    }
}
