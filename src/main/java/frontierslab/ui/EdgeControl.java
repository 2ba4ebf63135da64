package frontierslab.ui;

import frontierslab.plot.Readout;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Trace;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * η set in units of the curvature it is measured against: a linear slider for η·λ from 0 to 4, with a detent that
 * snaps to exactly 2 (the stability limit of gradient descent on a quadratic, |1 − ηλ| &lt; 1 ⇔ ηλ &lt; 2) within
 * {@link #DETENT} of it. λ is λ₁ on the quadratic (its parameter) and otherwise λ_max at the start, read from row 0 of
 * the run's own trace (its {@code sharpness} column, or {@code eta_lambda_max} divided by η): computed by the model,
 * never typed. Moving it sets η = v/λ; the η slider and this one show the same value.
 */
final class EdgeControl<P extends Record> extends GridPane {

    static final double MAX = 4;
    /** The detent: a value within 1 % of 2 becomes exactly 2. */
    static final double DETENT = 0.02;

    private final ParamControls<P> controls;
    private final ParamSpec.Real eta;
    private final boolean fromLambdaOne;
    private final Slider slider = new Slider(0, MAX, 0);
    private final Label value = new Label("—");
    private double lambda = Double.NaN;
    private boolean updating;

    private EdgeControl(ParamControls<P> controls, ParamSpec.Real eta, boolean fromLambdaOne, String idPrefix) {
        this.controls = controls;
        this.eta = eta;
        this.fromLambdaOne = fromLambdaOne;
        String unit = fromLambdaOne ? "η·λ₁" : "η·λ_max(0)";
        Label label = new Label(unit);
        label.getStyleClass().add("param-label");
        label.setId(idPrefix + "label-eta-lambda");
        // the name and the number keep their width; the slider gives way
        label.setMinWidth(Region.USE_PREF_SIZE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        slider.setMinWidth(60);
        slider.setId(idPrefix + "slider-eta-lambda");
        slider.setMajorTickUnit(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(MAX * ParamControls.ARROW_FRACTION);
        value.setId(idPrefix + "value-eta-lambda");
        value.getStyleClass().add("param-value");
        slider.valueProperty().addListener((obs, o, v) -> moved(v.doubleValue()));
        controls.gestureOf(slider);
        setHgap(6);
        setPadding(new Insets(2, 0, 2, 0));
        add(label, 0, 0);
        add(slider, 1, 0);
        add(value, 2, 0);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        setDisable(true);
    }

    /**
     * The control for an experiment with an η whose λ can be had from the model (a λ₁ parameter, or a trace with the
     * sharpness), judged on its first snapshot; else null.
     */
    static <P extends Record> EdgeControl<P> of(ParamControls<P> controls, frontierslab.sim.ParamSpace<P> space,
                                                 Snapshot first) {
        if (!(space.specs().stream().anyMatch(s -> s.name().equals("eta"))
                && space.spec("eta") instanceof ParamSpec.Real eta)) {
            return null;
        }
        boolean lambdaOne = space.specs().stream().anyMatch(s -> s.name().equals("lambda1"));
        return lambdaOne || measurable(first.trace()) ? new EdgeControl<>(controls, eta, lambdaOne, "") : null;
    }

    /** A second control of the same η (the presenter's, below the charts), its ids prefixed with {@code idPrefix}. */
    EdgeControl<P> twin(String idPrefix) {
        return new EdgeControl<>(controls, eta, fromLambdaOne, idPrefix);
    }

    /** Whether a run's trace carries what λ is read from. */
    static boolean measurable(Trace.View trace) {
        return trace.columns().contains("sharpness") || trace.columns().contains("eta_lambda_max");
    }

    /** The value a slider position stands for: exactly 2 within the detent. */
    static double detent(double v) {
        return Math.abs(v - 2) <= DETENT + 1e-12 ? 2 : v;
    }

    /** Takes λ from the parameters or the run on screen and shows η·λ. */
    void show(P params, Snapshot snapshot) {
        double etaNow = etaOf(params);
        double found = Double.NaN;
        if (fromLambdaOne) {
            found = ((Number) componentOf(params, "lambda1")).doubleValue();
        } else if (snapshot != null && snapshot.trace().rows() > 0 && snapshot.params().equals(params)) {
            Trace.View t = snapshot.trace();
            if (t.columns().contains("sharpness")) {
                found = t.get(0, "sharpness");
            } else if (t.columns().contains("eta_lambda_max")) {
                found = t.get(0, "eta_lambda_max") / etaNow;
            }
        }
        if (Double.isFinite(found) && found > 0) {
            lambda = found;
        }
        setDisable(!(lambda > 0));
        double v = etaNow * lambda;
        updating = true;
        try {
            if (Double.isFinite(v)) {
                slider.setValue(Math.min(MAX, v));
                value.setText(Readout.format(v));
            } else {
                value.setText("—");
            }
        } finally {
            updating = false;
        }
    }

    private void moved(double position) {
        if (updating || !(lambda > 0)) {
            return;
        }
        double v = detent(position);
        double next = Math.max(eta.min(), Math.min(eta.max(), v / lambda));
        controls.setFrom(slider, "eta", next);
    }

    double lambda() {
        return lambda;
    }

    Slider slider() {
        return slider;
    }

    private double etaOf(P params) {
        return ((Number) componentOf(params, "eta")).doubleValue();
    }

    private Object componentOf(P params, String name) {
        return controls.type().space().value(params, name);
    }
}
