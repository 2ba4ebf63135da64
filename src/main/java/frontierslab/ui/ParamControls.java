package frontierslab.ui;

import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Preset;
import frontierslab.plot.Readout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
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

    private interface Control {
        void show(Object value);
    }

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
            case ParamSpec.Real real -> realControl(real, label);
            case ParamSpec.Whole whole -> wholeControl(whole, label);
            case ParamSpec.Choice<?> choice -> choiceControl(choice, label);
            case ParamSpec.Flag flag -> flagControl(flag);
        };
    }

    private javafx.scene.Node realControl(ParamSpec.Real spec, Label label) {
        boolean log = spec.scale() == ParamSpec.Scale.LOG;
        Slider slider = new Slider(log ? Math.log10(spec.min()) : spec.min(), log ? Math.log10(spec.max()) : spec.max(),
                log ? Math.log10(spec.defaultValue()) : spec.defaultValue());
        slider.setId("slider-" + spec.name());
        TextField field = new TextField();
        field.setId("field-" + spec.name());
        field.getStyleClass().add("param-value");
        field.setPrefColumnCount(6);
        Pane marks = new Pane();
        marks.setMinHeight(0);
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (now) {
                history.push(params);
            }
        });
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!updating) {
                double value = log ? Math.pow(10, v.doubleValue()) : v.doubleValue();
                set(spec.name(), Math.max(spec.min(), Math.min(spec.max(), value)), !slider.isValueChanging());
            }
        });
        field.setOnAction(e -> typed(spec, field));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                typed(spec, field);
            }
        });
        slider.widthProperty().addListener((obs, o, n) -> drawMarks(spec, slider, marks));
        controls.put(spec.name(), value -> {
            double v = ((Number) value).doubleValue();
            slider.setValue(log ? Math.log10(v) : v);
            field.setText(Readout.format(v));
            field.getStyleClass().remove("invalid");
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

    private void typed(ParamSpec.Real spec, TextField field) {
        if (updating) {
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
            if (updating) {
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
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        controls.put(spec.name(), value -> {
            field.setText(String.valueOf(value));
            field.getStyleClass().remove("invalid");
        });
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
        controls.put(spec.name(), value -> box.setValue(ParamSpec.Choice.keyOf((Enum<?>) value)));
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
        controls.put(spec.name(), value -> box.setSelected((Boolean) value));
        return box;
    }
}
