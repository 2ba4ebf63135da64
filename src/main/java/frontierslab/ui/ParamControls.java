package frontierslab.ui;

import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Preset;
import frontierslab.plot.Readout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The controls of one experiment, made from its parameter space: a slider and a field for each number (logarithmic
 * where the spec says so, with tick marks at the values that matter, such as 2/λ₁ on η), a list for each choice, a box
 * for each flag, and the presets. A typed value out of range is refused with the spec's message and nothing is lost.
 * Every accepted change produces a whole new parameter record for the simulation thread.
 *
 * <p>Keys, safe for a presenter remote: an arrow on a slider moves it by 1/100 of its range (on a log slider, of its
 * decades), Shift+arrow by 1/10; no key jumps a slider to an end. A field is committed by Enter or by leaving it, and
 * only if its text was edited; Enter and Esc hand the keys back to the run.
 */
public final class ParamControls<P extends Record> extends VBox {

    private final ExperimentType<P> type;
    private final Consumer<P> onChange;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Label error = new Label();
    private final ComboBox<String> presets = new ComboBox<>();
    private final java.util.ArrayDeque<P> history = new java.util.ArrayDeque<>();
    private P params;
    private boolean updating;
    private final ReadOnlyBooleanWrapper gesture = new ReadOnlyBooleanWrapper();

    private interface Control {
        void show(Object value);
    }

    /** The fraction of a slider's range that one arrow press moves it; Shift moves it ten times as far. */
    static final double ARROW_FRACTION = 0.01;

    public ParamControls(ExperimentType<P> type, P initial, Consumer<P> onChange) {
        this.type = type;
        this.params = initial;
        this.onChange = onChange;
        getStyleClass().add("controls");
        setFillWidth(true);
        if (!type.presets().isEmpty()) {
            Label presetLabel = new Label("Preset");
            presetLabel.getStyleClass().add("section-label");
            presets.getItems().add("—");
            for (Preset<P> p : type.presets()) {
                presets.getItems().add(p.name());
            }
            presets.getSelectionModel().select(0);
            presets.setMaxWidth(Double.MAX_VALUE);
            presets.setOnAction(e -> {
                String name = presets.getValue();
                if (!updating && name != null && !name.equals("—")) {
                    accept(type.preset(name).params());
                }
            });
            presets.setId("preset");
            getChildren().addAll(presetLabel, presets);
        }
        Label header = new Label("Parameters");
        header.getStyleClass().add("section-label");
        getChildren().add(header);
        for (ParamSpec spec : type.space().specs()) {
            getChildren().add(build(spec));
        }
        error.getStyleClass().add("param-error");
        error.setWrapText(true);
        getChildren().add(error);
        show(initial);
    }

    public P params() {
        return params;
    }

    public ExperimentType<P> type() {
        return type;
    }

    /** Shows new parameters without sending them (a preset loaded from outside, a drag on the plot). */
    public void show(P p) {
        params = p;
        updating = true;
        try {
            Map<String, Object> values = type.space().values(p);
            controls.forEach((name, c) -> c.show(values.get(name)));
        } finally {
            updating = false;
        }
    }

    /** Sets new parameters and sends them; the previous ones can be restored with {@link #undo()}. */
    public void accept(P p) {
        accept(p, true);
    }

    private void accept(P p, boolean remember) {
        if (remember && !p.equals(params)) {
            history.push(params);
            while (history.size() > 200) {
                history.removeLast();
            }
        }
        error.setText("");
        show(p);
        String preset = presetShown();
        if (preset != null && !type.preset(preset).params().equals(p)) {
            updating = true;
            presets.getSelectionModel().select(0);
            updating = false;
        }
        onChange.accept(p);
    }

    /** Restores the parameters before the last change (a slider drag counts once per value it passed). */
    public boolean undo() {
        if (history.isEmpty()) {
            return false;
        }
        P previous = history.pop();
        error.setText("");
        show(previous);
        onChange.accept(previous);
        return true;
    }

    /** Sets one parameter; a refused value leaves everything as it was and shows why. Returns whether it was taken. */
    public boolean set(String name, Object value) {
        return set(name, value, true);
    }

    private boolean set(String name, Object value, boolean remember) {
        try {
            accept(type.space().with(params, name, value), remember);
            return true;
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            show(params);
            return false;
        }
    }

    public String errorText() {
        return error.getText();
    }

    /**
     * The parameter a lecturer moves on stage: ρ where there is one (SAM), else α (the implicit bias), else η (the edge
     * of stability), else the radius r (PAC-Bayes), else the first log-scaled number, else the first number that is not
     * the start of a run; null if there is none (the phase map, whose axes are η and ρ themselves).
     */
    public static String mainParameter(frontierslab.sim.ParamSpace<?> space) {
        for (String name : java.util.List.of("rho", "alpha", "eta", "radius")) {
            if (space.specs().stream().anyMatch(s -> s instanceof ParamSpec.Real && s.name().equals(name))) {
                return name;
            }
        }
        return space.specs().stream().filter(s -> s instanceof ParamSpec.Real r && r.scale() == ParamSpec.Scale.LOG)
                .findFirst()
                .or(() -> space.specs().stream()
                        .filter(s -> s instanceof ParamSpec.Real && !s.description().startsWith("start"))
                        .findFirst())
                .map(ParamSpec::name).orElse(null);
    }

    public String mainParameter() {
        return mainParameter(type.space());
    }

    /**
     * Multiplies the main parameter by {@code factor} (1.02 for +2 %), held inside its range; one Undo step. Returns
     * whether it moved.
     */
    public boolean nudgeMain(double factor) {
        String name = mainParameter();
        if (name == null || !(type.space().spec(name) instanceof ParamSpec.Real r)) {
            return false;
        }
        double v = ((Number) type.space().value(params, name)).doubleValue();
        double next = Math.max(r.min(), Math.min(r.max(), v == 0 ? (r.max() - r.min()) * (factor - 1) : v * factor));
        return next != v && set(name, next);
    }

    /**
     * Loads the next ({@code delta} = 1) or previous (−1) preset, in the order of the list, from the one shown (or from
     * the start when none is); returns its name, or null at either end or without presets.
     */
    public String stepPreset(int delta) {
        java.util.List<Preset<P>> list = type.presets();
        if (list.isEmpty()) {
            return null;
        }
        int index = list.stream().map(Preset::name).toList().indexOf(presets.getValue());
        int next = index < 0 ? (delta > 0 ? 0 : list.size() - 1) : index + delta;
        if (next < 0 || next >= list.size()) {
            return null;
        }
        selectPreset(list.get(next).name());
        return list.get(next).name();
    }

    /** The name of the preset whose parameters are shown, or null when they have been changed since. */
    public String presetShown() {
        String name = presets.getValue();
        return name == null || name.equals("—") ? null : name;
    }

    /**
     * A second, larger control of the main parameter (the presenter's): its label, a slider and a field, kept in step
     * with the one in the column.
     */
    public javafx.scene.Node presenterControl() {
        String name = mainParameter();
        if (name == null) {
            return new Label();
        }
        ParamSpec.Real spec = (ParamSpec.Real) type.space().spec(name);
        Label label = new Label(spec.label());
        label.getStyleClass().add("param-label");
        javafx.scene.Node row = realControl(spec, label, "presenter-");
        row.getStyleClass().add("presenter-control");
        controls.get(name).show(type.space().value(params, name));
        return row;
    }

    public void selectPreset(String name) {
        updating = true;
        presets.getSelectionModel().select(name);
        updating = false;
        accept(type.preset(name).params());
    }

    private javafx.scene.Node build(ParamSpec spec) {
        Label label = new Label(spec.label());
        label.getStyleClass().add("param-label");
        label.setTooltip(new Tooltip(spec.description() + " (" + spec.allowed() + ")"));
        label.setMinWidth(60);
        return switch (spec) {
            case ParamSpec.Real real -> realControl(real, label, "");
            case ParamSpec.Whole whole -> wholeControl(whole, label);
            case ParamSpec.Choice<?> choice -> choiceControl(choice, label);
            case ParamSpec.Flag flag -> flagControl(flag);
        };
    }

    private javafx.scene.Node realControl(ParamSpec.Real spec, Label label, String idPrefix) {
        boolean log = spec.scale() == ParamSpec.Scale.LOG;
        Slider slider = new Slider(log ? Math.log10(spec.min()) : spec.min(), log ? Math.log10(spec.max()) : spec.max(),
                log ? Math.log10(spec.defaultValue()) : spec.defaultValue());
        slider.setId(idPrefix + "slider-" + spec.name());
        TextField field = new TextField();
        field.setId(idPrefix + "field-" + spec.name());
        field.getStyleClass().add("param-value");
        field.setPrefColumnCount(6);
        // the number keeps its room in a narrow column (the projector's font): the slider gives way
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Pane marks = new Pane();
        marks.setMinHeight(0);
        gestures(slider);
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!updating) {
                double value = log ? Math.pow(10, v.doubleValue()) : v.doubleValue();
                set(spec.name(), Math.max(spec.min(), Math.min(spec.max(), value)), !slider.isValueChanging());
            }
        });
        leaveOnEnterOrEsc(field, () -> typed(spec, field));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                typed(spec, field);
            }
        });
        arrowKeys(slider);
        slider.widthProperty().addListener((obs, o, n) -> drawMarks(spec, slider, marks));
        addControl(spec.name(), value -> {
            double v = ((Number) value).doubleValue();
            slider.setValue(log ? Math.log10(v) : v);
            showText(field, Readout.format(v));
            drawMarks(spec, slider, marks);
        });
        GridPane row = new GridPane();
        row.setHgap(6);
        row.add(label, 0, 0);
        row.add(slider, 1, 0);
        row.add(field, 2, 0);
        row.add(marks, 1, 1);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        GridPane.setHgrow(marks, Priority.ALWAYS);
        row.setPadding(new Insets(2, 0, 2, 0));
        return row;
    }

    /**
     * A drag of a slider is one gesture: one Undo step, and the parameters sent once more when it ends (a long run that
     * takes changes only at the end of a gesture, such as η on the network, then gets exactly one).
     */
    private void gestures(Slider slider) {
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            gesture.set(now);
            if (now) {
                history.push(params);
            } else {
                onChange.accept(params);
            }
        });
    }

    /** Whether a slider is being dragged. */
    public boolean inGesture() {
        return gesture.get();
    }

    /** Whether a slider is being dragged: true from the press on its thumb to the release. */
    public ReadOnlyBooleanProperty gestureProperty() {
        return gesture.getReadOnlyProperty();
    }

    /**
     * Sets one parameter from a control of the view's own (the η·λ slider): during a gesture without an Undo step, at
     * its end with one. Returns whether the value was taken.
     */
    boolean setFrom(Slider slider, String name, double value) {
        return set(name, value, !slider.isValueChanging());
    }

    void gestureOf(Slider slider) {
        gestures(slider);
    }

    private void addControl(String name, Control control) {
        controls.merge(name, control, (a, b) -> value -> {
            a.show(value);
            b.show(value);
        });
    }

    /** Shows a value in a field; the field counts as edited only once its text differs from this. */
    private static void showText(TextField field, String text) {
        field.setText(text);
        field.getProperties().put(SHOWN, text);
        field.getStyleClass().remove("invalid");
    }

    private static final String SHOWN = "frontierslab.shown";

    private static boolean edited(TextField field) {
        return !field.getText().equals(field.getProperties().get(SHOWN));
    }

    /** Enter commits and Esc restores the shown value; both then give the keys back to the run (Space, R, →). */
    private void leaveOnEnterOrEsc(TextField field, Runnable commit) {
        field.setOnAction(e -> {
            commit.run();
            requestFocus();
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                Object shown = field.getProperties().get(SHOWN);
                field.setText(shown == null ? "" : shown.toString());
                field.getStyleClass().remove("invalid");
                error.setText("");
                e.consume();
                requestFocus();
            }
        });
    }

    /**
     * Arrow keys move a slider by {@link #ARROW_FRACTION} of its range, Shift+arrow by ten times that; Home, End, Page
     * Up and Page Down never move it (the last two go on to the shell: next and previous preset).
     */
    private static void arrowKeys(Slider slider) {
        slider.setBlockIncrement((slider.getMax() - slider.getMin()) * ARROW_FRACTION);
        slider.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int sign = switch (e.getCode()) {
                case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
                case HOME, END -> 0;
                default -> 2;
            };
            if (sign == 2) {
                return;
            }
            e.consume();
            if (sign != 0) {
                double delta = (slider.getMax() - slider.getMin()) * ARROW_FRACTION * (e.isShiftDown() ? 10 : 1);
                slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), slider.getValue() + sign * delta)));
            }
        });
    }

    private void typed(ParamSpec.Real spec, TextField field) {
        if (updating || !edited(field)) {
            return;
        }
        String text = field.getText();
        try {
            double v = (double) spec.parse(text);
            if (v != ((Number) type.space().value(params, spec.name())).doubleValue()) {
                if (!set(spec.name(), v)) {
                    field.getStyleClass().add("invalid");
                }
            }
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    private void drawMarks(ParamSpec.Real spec, Slider slider, Pane marks) {
        marks.getChildren().clear();
        Map<String, Double> values = type.markers().of(spec.name(), params);
        if (values.isEmpty()) {
            return;
        }
        boolean log = spec.scale() == ParamSpec.Scale.LOG;
        double lo = slider.getMin();
        double hi = slider.getMax();
        double inset = 8;
        double width = slider.getWidth() - 2 * inset;
        double height = 0;
        int row = 0;
        for (Map.Entry<String, Double> m : values.entrySet()) {
            double v = m.getValue();
            if (!(v >= spec.min() && v <= spec.max())) {
                continue;
            }
            double t = ((log ? Math.log10(v) : v) - lo) / (hi - lo);
            Label mark = new Label("▲ " + m.getKey());
            mark.getStyleClass().add("marker-label");
            marks.getChildren().add(mark);
            mark.applyCss();
            mark.autosize();
            mark.setLayoutX(inset + t * width - mark.getFont().getSize() * 0.35);
            mark.setLayoutY(row * mark.getHeight());
            row++;
            height = row * mark.getHeight();
        }
        marks.setMinHeight(height);
        marks.setPrefHeight(height);
    }

    private javafx.scene.Node wholeControl(ParamSpec.Whole spec, Label label) {
        TextField field = new TextField();
        field.setId("field-" + spec.name());
        field.setPrefColumnCount(6);
        Runnable commit = () -> {
            if (updating || !edited(field)) {
                return;
            }
            try {
                int v = (int) spec.parse(field.getText());
                if (v != ((Number) type.space().value(params, spec.name())).intValue() && !set(spec.name(), v)) {
                    field.getStyleClass().add("invalid");
                }
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                field.getStyleClass().add("invalid");
            }
        };
        leaveOnEnterOrEsc(field, commit);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        addControl(spec.name(), value -> showText(field, String.valueOf(value)));
        GridPane row = new GridPane();
        row.setHgap(6);
        row.add(label, 0, 0);
        row.add(field, 1, 0);
        return row;
    }

    private javafx.scene.Node choiceControl(ParamSpec.Choice<?> spec, Label label) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("choice-" + spec.name());
        for (Enum<?> e : spec.type().getEnumConstants()) {
            box.getItems().add(ParamSpec.Choice.keyOf(e));
        }
        box.setOnAction(e -> {
            if (!updating && box.getValue() != null) {
                set(spec.name(), spec.parse(box.getValue()));
            }
        });
        addControl(spec.name(), value -> box.setValue(ParamSpec.Choice.keyOf((Enum<?>) value)));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMinWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        GridPane row = new GridPane();
        row.setHgap(6);
        row.add(label, 0, 0);
        row.add(box, 1, 0);
        GridPane.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    private javafx.scene.Node flagControl(ParamSpec.Flag spec) {
        CheckBox box = new CheckBox(spec.label());
        box.setId("flag-" + spec.name());
        box.setTooltip(new Tooltip(spec.description()));
        box.selectedProperty().addListener((obs, o, n) -> {
            if (!updating) {
                set(spec.name(), n);
            }
        });
        addControl(spec.name(), value -> box.setSelected((Boolean) value));
        return box;
    }
}
