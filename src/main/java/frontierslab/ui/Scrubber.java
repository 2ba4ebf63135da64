package frontierslab.ui;

import frontierslab.sim.SimulationRunner;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Timeline;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The time slider under an experiment's charts: it runs over the steps recorded so far ({@link Timeline#end()}), and
 * dragging it (or the keys that step back and forward in time) pauses the run and shows it as it was at that step;
 * every chart, tile and readout is drawn from the snapshot of that step. Play or Step from there continues the run
 * from that state, and the steps after it are dropped ({@link Timeline}).
 *
 * <p>A run without steps (a closed-form curve) has no time to travel: the slider is then hidden.
 *
 * <p>Seeks are latest-value-wins: a drag sends many, the simulation thread restores only the newest not yet done.
 */
public final class Scrubber<P extends Record> extends HBox {

    private static final long NONE = -1;

    private final Slider slider = new Slider(0, 1, 0);
    private final Label title = new Label("Time");
    private final Label step = new Label();
    private final Label behind = new Label();
    private final AtomicLong pending = new AtomicLong(NONE);
    private volatile Timeline<P> timeline;
    private final AtomicReference<P> seekParams = new AtomicReference<>();
    private SimulationRunner<P> runner;
    private ParamControls<P> controls;
    private boolean updating;

    Scrubber() {
        getStyleClass().add("scrubber");
        setId("scrubber");
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("scrubber-title");
        step.getStyleClass().add("scrubber-step");
        step.setId("scrubber-step");
        behind.getStyleClass().add("scrubber-behind");
        slider.setId("scrubber-slider");
        slider.setBlockIncrement(1);
        slider.setTooltip(new Tooltip("Drag back through the run: every chart shows that step. "
                + "Play or Step continues from it and drops the later steps. Keys: , back and . forward"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                seekTo(Math.round(now.doubleValue()));
            }
        });
        getChildren().addAll(title, slider, step, behind);
    }

    /** The run to send seeks to, and the controls that show the parameters of the step sought. */
    /** Compact (presenter mode): without the title and the hint, beside the main parameter's control. */
    void setCompact(boolean compact) {
        behind.setVisible(!compact);
        behind.setManaged(!compact);
        title.setVisible(!compact);
        title.setManaged(!compact);
    }

    void connect(SimulationRunner<P> runner, ParamControls<P> controls) {
        this.runner = runner;
        this.controls = controls;
    }

    /** Called on the simulation thread by the runner's factory: the recorded run this slider travels through. */
    Timeline<P> attach(Timeline<P> recorded) {
        timeline = recorded;
        return recorded;
    }

    /** The recorded run, or null before the simulation thread has built it. */
    public Timeline<P> timeline() {
        return timeline;
    }

    /** Once per frame: the slider's range and place follow the run, unless a seek is on its way. */
    void update(Snapshot shown) {
        Timeline<P> t = timeline;
        if (t == null) {
            return;
        }
        P sought = seekParams.getAndSet(null);
        if (sought != null && !sought.equals(controls.params())) {
            controls.show(sought);
        }
        long end = t.end();
        long at = pending.get() == NONE ? t.position() : pending.get();
        updating = true;
        try {
            slider.setMax(Math.max(1, end));
            if (!slider.isValueChanging()) {
                slider.setValue(at);
            }
        } finally {
            updating = false;
        }
        slider.setDisable(end == 0);
        boolean hasTime = end > 0 || shown != null && (shown.status().state() == Status.State.READY
                || shown.status().state() == Status.State.RUNNING);
        if (hasTime != isVisible()) {
            setVisible(hasTime);
            setManaged(hasTime);
        }
        String text = shown == null ? "" : "step " + shown.step();
        if (!text.equals(step.getText())) {
            step.setText(text);
        }
        String back = at < end ? "back in time: Play continues from here" : "";
        if (!back.equals(behind.getText())) {
            behind.setText(back);
        }
    }

    /** Moves {@code delta} recorded steps back (negative) or forward in time, pausing the run. */
    public void seekBy(long delta) {
        Timeline<P> t = timeline;
        if (t != null) {
            long from = pending.get() == NONE ? t.position() : pending.get();
            seekTo(Math.max(0, Math.min(t.end(), from + delta)));
        }
    }

    /** Pauses the run and shows it at recorded step {@code target}. */
    public void seekTo(long target) {
        if (runner == null) {
            return;
        }
        runner.pause();
        if (pending.getAndSet(target) == NONE) {
            // the target stays pending until its seek is done, so that a second ',' pressed meanwhile counts from it
            runner.execute(e -> {
                long to;
                while ((to = pending.get()) != NONE) {
                    if (e instanceof Timeline<P> recorded) {
                        recorded.seek(to);
                        seekParams.set(recorded.params());
                    }
                    if (pending.compareAndSet(to, NONE)) {
                        break;
                    }
                }
            });
        }
    }

    public Slider slider() {
        return slider;
    }
}
