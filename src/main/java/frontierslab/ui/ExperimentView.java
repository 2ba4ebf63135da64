package frontierslab.ui;

import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Ghost;
import frontierslab.plot.Palette;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.LiveExperiment;
import frontierslab.sim.Logs;
import frontierslab.sim.SimulationRunner;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * One experiment on screen: its controls on the left, its tiles on top, its charts in a grid, its status line below.
 *
 * <p>It owns the experiment's {@link SimulationRunner}. Controls send whole parameter records to the runner; an
 * {@link AnimationTimer} takes the runner's newest snapshot once per frame and draws it, batching each chart's updates
 * into one redraw. Nothing else runs on the FX thread.
 */
public final class ExperimentView<P extends Record> extends BorderPane {

    private final ExperimentType<P> type;
    private final SimulationRunner<P> runner;
    private final Entry<P, ?> entry;
    private ExperimentFigure<Snapshot> figure;
    private Palette palette;
    private final ParamControls<P> controls;
    private ReadoutTiles tiles;
    private final Label status = new Label();
    private final Scrubber<P> scrubber = new Scrubber<>();
    private final HBox statusLine = new HBox(status);
    private final Map<String, ChartViewer> viewers = new LinkedHashMap<>();
    private GridPane grid;
    /** The charts a scene shows, or null for all of them. */
    private Set<String> chartsShown;
    private final AnimationTimer timer;
    /**
     * The charts whose data changed since they were last drawn. While a run plays, at most one of them is redrawn per
     * frame, in turn: a long curve costs milliseconds to rasterise, and a frame that redrew all three would miss the
     * next screen refresh. Each chart then follows the run at a third of the frame rate, and nothing is lost: its next
     * drawing shows every row since the last. A change while paused redraws every chart in the same frame.
     */
    private RedrawRota rota;
    private final ScrollPane controlScroll;
    private final VBox centre = new VBox();
    private final VBox bottom = new VBox();
    private final VBox tools = new VBox();
    private final VBox controlColumn;
    private javafx.scene.Node presenterControl;
    private boolean presenter;
    private boolean drawFailed;
    private boolean edgeChecked;
    private EdgeControl<P> edge;
    /** The η·λ control of presenter mode, beside the main parameter's large control. */
    private EdgeControl<P> presenterEdge;
    /** While a run that keeps to its own core plays, one frame in this many is drawn ({@link #drawsThisFrame}). */
    static final int OWN_CORE_FRAME_STRIDE = 3;
    /** A staged step takes about a second: the class can follow ascend, evaluate and descend. */
    static final javafx.util.Duration STAGED_STEP = javafx.util.Duration.millis(1200);
    private javafx.animation.Timeline staging;
    private boolean controlsShown = true;
    private Snapshot shown;
    /** The run on screen before the last change of parameters, drawn faded behind the live one; null for none. */
    private Ghost ghost;
    private P ghostParams;
    /** The parameters the controls last produced, sent or not (a long run takes a drag at its end only). */
    private P lastChange;
    /** The parameters the run on screen began with: a long run that changed η on the way differs from them. */
    private P runStart;
    /** Whether the gesture under way (a slider drag) has already decided its ghost: one per gesture, from before it. */
    private boolean gestureDecided;
    /** Whether the start point is being dragged on a chart: one gesture, from the press to the release. */
    private boolean plotDrag;
    private BiConsumer<ExperimentView<?>, String> exportHandler = (v, chart) -> { };
    private java.util.function.Consumer<ExperimentFigure.Link> linkHandler = link -> { };

    public ExperimentView(Entry<P, ?> entry, Palette palette) {
        this.entry = entry;
        this.type = entry.type();
        P initial = type.space().defaults();
        this.runner = new SimulationRunner<>(type.id(),
                () -> scrubber.attach(new frontierslab.sim.Timeline<>(type::create, initial)));
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            runner.setYieldShare(0.5);
        }
        this.controls = new ParamControls<>(type, initial, this::send);
        this.lastChange = initial;
        this.runStart = initial;
        this.controlColumn = new VBox(controls, tools);
        scrubber.connect(runner, controls);
        setId("experiment-" + type.id());

        controlScroll = new ScrollPane(controlColumn);
        controlScroll.setFitToWidth(true);
        controlScroll.setPrefViewportWidth(330);
        controlScroll.setMinWidth(300);
        setLeft(controlScroll);

        centre.setPadding(new Insets(4));
        setCenter(centre);
        build(palette);
        controls.gestureProperty().addListener((obs, was, now) -> holdFrame(now));

        statusLine.getStyleClass().add("status-line");
        status.setId("status");
        status.setWrapText(true);
        bottom.getChildren().add(statusLine);
        setBottom(bottom);

        timer = new AnimationTimer() {
            private long frames;

            @Override
            public void handle(long now) {
                if (drawsThisFrame(runner.isPlaying() && runner.keepsToItsOwnCore(), frames++)) {
                    refresh();
                }
            }
        };
        timer.start();
    }

    /** Adds a tool of this experiment (a button and its message) under the parameters. */
    public void addTool(javafx.scene.Node tool) {
        tools.getChildren().add(tool);
    }

    /** A drag on a long run (one that does not replay) sends only its end: one η-change marker per gesture. */
    private void send(P params) {
        takeGhost(params);
        if (!controls.inGesture() || runner.replaysOnChange()) {
            runner.submitParams(params);
        }
    }

    /**
     * Before a change that starts another run, the run on screen becomes the ghost: once per gesture (a slider drag, or
     * a drag of the start on the plot from press to release, leaves the run from before it began; a drag that comes
     * back to where it began leaves none), and not for a change that a long run takes where it is (η on the network:
     * the runs share their past, and the change is marked on the charts).
     */
    @SuppressWarnings("unchecked")
    private void takeGhost(P next) {
        P previous = lastChange;
        lastChange = next;
        boolean gesture = controls.inGesture() || plotDrag;
        if (gestureDecided) {
            gestureDecided = gesture;
            if (!gesture && ghost != null && next.equals(ghostParams)) {
                clearGhost();
            }
            return;
        }
        gestureDecided = gesture;
        if (next.equals(previous) || shown == null || drawFailed) {
            return;
        }
        P before = (P) shown.params();
        boolean newRun = runner.replaysOnChange()
                || before instanceof LiveExperiment.Live<?> live
                && ((LiveExperiment.Live<P>) live).structurallyDifferent(next);
        if (newRun) {
            keepAsGhost(before, next);
            runStart = next;
        }
    }

    /** The run on the charts now becomes the ghost, labelled by its parameters {@code before} where they differ. */
    private void keepAsGhost(P before, P next) {
        if (before.equals(next) || figure.ghostSources().isEmpty()) {
            return;
        }
        Ghost.of(figure, Ghost.label(type.space(), before, next, controls.mainParameter())).ifPresent(g -> {
            ghost = g;
            ghostParams = before;
            g.drawOn(figure, palette);
            rota.markAllStale();
        });
    }

    /** Removes the ghost of the previous run, if there is one. */
    public void clearGhost() {
        if (ghost != null) {
            ghost = null;
            ghostParams = null;
            Ghost.clear(figure);
            rota.markAllStale();
        }
    }

    /**
     * The run starts afresh with the parameters shown, with no ghost (a scene opened: it replays its run from step 0,
     * as its slide draws it).
     */
    public void startAfresh() {
        clearGhost();
        lastChange = controls.params();
        runStart = lastChange;
    }

    /** The ghost of the previous run on the charts, if any. */
    public Optional<Ghost> ghost() {
        return Optional.ofNullable(ghost);
    }

    /**
     * Reset: the run starts again from step 0. A long run whose parameters changed on the way (η on the network) leaves
     * its ghost, since the new run differs from it; a run reset with the parameters it began with leaves none.
     */
    public void reset() {
        P now = controls.params();
        if (!runner.replaysOnChange() && !now.equals(runStart)) {
            keepAsGhost(runStart, now);
            runStart = now;
        }
        runner.reset();
    }

    /** The η·λ control, added below η once the first snapshot shows that λ can be had from the model. */
    private void showEdge(Snapshot s) {
        if (!edgeChecked) {
            edgeChecked = true;
            edge = EdgeControl.of(controls, type.space(), s);
            javafx.scene.Node etaRow = controls.lookup("#slider-eta");
            if (edge != null && etaRow != null) {
                int index = controls.getChildren().indexOf(etaRow.getParent());
                controls.getChildren().add(index + 1, edge);
                presenterEdge = edge.twin("presenter-");
                presenterEdge.getStyleClass().add("presenter-control");
                if (presenter) {
                    setPresenter(true);
                }
            }
        }
        if (edge != null) {
            edge.show(controls.params(), s);
        }
        if (presenterEdge != null) {
            presenterEdge.show(controls.params(), s);
        }
    }

    /** Builds the figure, its charts and the tiles in a palette; the runner, the controls and the run stay. */
    private void build(Palette palette) {
        this.palette = palette;
        this.figure = entry.newFigure(palette);
        this.rota = new RedrawRota(figure.charts().size());
        this.tiles = new ReadoutTiles(palette, 120);
        viewers.clear();
        grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        for (FigureChart fc : figure.charts()) {
            ChartViewer viewer = new ChartViewer(fc.chart());
            viewer.setId("chart-" + fc.id());
            viewer.setMinSize(120, 100);
            viewer.setPrefSize(240, 180);
            GridPane.setHgrow(viewer, Priority.ALWAYS);
            GridPane.setVgrow(viewer, Priority.ALWAYS);
            viewers.put(fc.id(), viewer);
            installContextMenu(viewer, fc.id());
            installLinks(viewer, fc.id());
        }
        placeCharts();
        grid.setId("charts");
        figure.dragHandle().ifPresent(this::installDrag);
        centre.getChildren().setAll(presenter ? List.of(tiles, grid) : List.of(tiles, grid, scrubber));
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    /**
     * Shows only the charts named (all of them when null; a scene's {@code view.charts}): the others leave the grid,
     * and the shown ones are laid out as a figure of that many charts, so that they share the room.
     */
    public void showCharts(Collection<String> ids) {
        chartsShown = ids == null ? null : Set.copyOf(ids);
        placeCharts();
    }

    private void placeCharts() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        viewers.forEach((id, viewer) -> viewer.setVisible(chartsShown == null || chartsShown.contains(id)));
        List<ChartViewer> shownViewers = viewers.values().stream().filter(javafx.scene.Node::isVisible).toList();
        int count = shownViewers.size();
        int columns = Math.max(1, Math.min(figure.columns(), count));
        for (int i = 0; i < count; i++) {
            int[] cell = frontierslab.plot.FigureLayout.cell(i, count, columns);
            grid.add(shownViewers.get(i), cell[0], cell[1], 1, cell[2]);
        }
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        int rows = frontierslab.plot.FigureLayout.rows(count, columns);
        double[] tops = frontierslab.plot.FigureLayout.rowTops(rows,
                count == figure.charts().size() ? figure.rowShares() : null);
        for (int r = 0; r < rows; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100 * (tops[r + 1] - tops[r]));
            grid.getRowConstraints().add(rc);
        }
    }

    /**
     * A new palette (a theme change): the figure and the tiles are drawn anew from the snapshot on screen, while the
     * run, its parameters and its Undo history go on untouched.
     */
    public void setPalette(Palette newPalette) {
        build(newPalette);
        if (shown != null) {
            show(shown);
        }
        if (ghost != null) {
            ghost.drawOn(figure, newPalette);
        }
    }

    /**
     * Presenter mode: the charts take the room, the parameter column gives way to a large control of the main
     * parameter below them (with, when it is η, its η·λ control and the detent at 2), and the status is one line.
     */
    public void setPresenter(boolean on) {
        presenter = on;
        if (on && presenterControl == null) {
            presenterControl = controls.presenterControl();
        }
        // the time slider shares the main parameter's row in presenter mode, so the charts keep the height
        scrubber.setCompact(on);
        boolean edgeShown = on && presenterEdge != null && "eta".equals(controls.mainParameter());
        if (on) {
            javafx.scene.Node statusRow = statusLine;
            if (!tools.getChildren().isEmpty()) {
                // a tool (the demos' "Run the real Python") stays on stage without the column, beside the status
                statusRow = new HBox(8, statusLine, tools);
                HBox.setHgrow(statusLine, Priority.ALWAYS);
                ((HBox) statusRow).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                statusRow.getStyleClass().add("presenter-tools");
                statusRow.setId("presenter-tools");
                tools.maxWidthProperty().bind(bottom.widthProperty().multiply(0.3));
            }
            // the η·λ control is the one a lecturer drags across 2: it gets the widest share, the time slider the least
            bottom.getChildren().setAll(edgeShown
                    ? side(new double[] {33, 42, 25}, presenterControl, presenterEdge, scrubber)
                    : side(new double[] {50, 50}, presenterControl, scrubber), statusRow);
        } else {
            bottom.getChildren().setAll(statusLine);
            if (!controlColumn.getChildren().contains(tools)) {
                tools.maxWidthProperty().unbind();
                tools.setMaxWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                controlColumn.getChildren().add(tools);
            }
            if (!centre.getChildren().contains(scrubber)) {
                centre.getChildren().add(scrubber);
            }
        }
        getStyleClass().remove("presenter-view");
        if (on) {
            getStyleClass().add("presenter-view");
        }
        status.setWrapText(!on);
        setLeft(!on && controlsShown ? controlScroll : null);
    }

    /**
     * Controls side by side in one row, each with its percentage of the width, so that presenter mode gives no more
     * height to controls.
     */
    private static javafx.scene.Node side(double[] percents, javafx.scene.Node... controls) {
        GridPane row = new GridPane();
        row.setHgap(24);
        for (int i = 0; i < controls.length; i++) {
            javafx.scene.Node control = controls[i];
            javafx.scene.layout.ColumnConstraints share = new javafx.scene.layout.ColumnConstraints();
            share.setPercentWidth(percents[i]);
            share.setHgrow(Priority.ALWAYS);
            row.getColumnConstraints().add(share);
            GridPane.setValignment(control, javafx.geometry.VPos.TOP);
        }
        row.addRow(0, controls);
        return row;
    }

    public boolean isPresenter() {
        return presenter;
    }

    /**
     * Whether frame {@code frame} draws: every frame, except while a run that keeps to its own core plays, which is drawn
     * every {@link #OWN_CORE_FRAME_STRIDE}-th frame (20 a second at 60 Hz). Software rendering of a whole frame costs
     * about as much CPU as the frame lasts, so drawing every frame would take from the simulation the core it was
     * promised (measured with {@code bench grok}).
     */
    static boolean drawsThisFrame(boolean ownCoreRunPlaying, long frame) {
        return !ownCoreRunPlaying || frame % OWN_CORE_FRAME_STRIDE == 0;
    }

    /** Draws the newest snapshot, if there is one. Called once per frame. */
    public void refresh() {
        Throwable failure = runner.failure();
        if (failure != null) {
            status.setText(Logs.statusLine("The simulation stopped with an internal error", failure)
                    + " R or Reset starts it again.");
            setState("diverged");
            return;
        }
        Snapshot taken = runner.takeSnapshot();
        if (taken != null) {
            show(taken);
        } else if (shown != null && !drawFailed) {
            showStatus(shown.status());
        }
        scrubber.update(shown);
        List<JFreeChart> charts = charts();
        for (int i : rota.take(runner.isPlaying() ? 1 : charts.size())) {
            charts.get(i).setNotify(true);
        }
    }

    private void show(Snapshot s) {
        cancelStaging();
        shown = s;
        List<JFreeChart> charts = charts();
        charts.forEach(c -> c.setNotify(false));
        try {
            figure.show(s);
            tiles.show(figure.readouts(s));
        } catch (RuntimeException e) {
            // a bug in a figure: say so where the status goes, keep the last good picture, keep the app running
            status.setText(Logs.failure(ExperimentView.class, "This run could not be drawn, an internal error", e));
            setState("diverged");
            drawFailed = true;
            return;
        }
        drawFailed = false;
        showEdge(s);
        rota.markAllStale();
        showStatus(s.status());
    }

    /** The status in words; a run that is under way but not playing reads "Paused". */
    private void showStatus(Status st) {
        String word = st.state() == Status.State.RUNNING && !runner.isPlaying() ? "paused" : st.word();
        String text = capitalise(word) + " — " + st.message();
        if (!text.equals(status.getText())) {
            status.setText(text);
        }
        setState(st.isDiverged() ? "diverged" : st.state() == Status.State.CONVERGED ? "converged" : "");
    }

    private List<JFreeChart> charts() {
        return figure.charts().stream().map(FigureChart::chart).toList();
    }

    private void setState(String state) {
        statusLine.getStyleClass().removeAll("diverged", "converged");
        if (!state.isEmpty()) {
            statusLine.getStyleClass().add(state);
        }
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void installContextMenu(ChartViewer viewer, String chartId) {
        var menu = viewer.getContextMenu();
        if (menu == null) {
            return;
        }
        menu.getItems().removeIf(item -> item.getText() != null && item.getText().startsWith("Export"));
        MenuItem export = new MenuItem("Export this chart…");
        export.setOnAction(e -> exportHandler.accept(this, chartId));
        MenuItem exportAll = new MenuItem("Export the whole figure…");
        exportAll.setOnAction(e -> exportHandler.accept(this, null));
        menu.getItems().addAll(0, List.of(export, exportAll));
    }

    private void installLinks(ChartViewer viewer, String chartId) {
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                clickAt(chartId, e.getX(), e.getY());
            }
        });
    }

    /** Follows the link under canvas position (x, y) of chart {@code chartId}, if the figure has one there. */
    public boolean clickAt(String chartId, double x, double y) {
        ChartViewer viewer = viewers.get(chartId);
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null || !info.getPlotInfo().getDataArea().contains(x, y)) {
            return false;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = viewer.getChart().getXYPlot();
        double dx = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        double dy = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
        var link = figure.linkAt(chartId, dx, dy);
        link.ifPresent(linkHandler);
        return link.isPresent();
    }

    public void setLinkHandler(java.util.function.Consumer<ExperimentFigure.Link> handler) {
        this.linkHandler = handler;
    }

    /** Applies parameters by name (a link from another experiment); values out of range are clamped. */
    public void applyParameters(Map<String, Object> parameters) {
        Map<String, Object> clamped = new LinkedHashMap<>();
        parameters.forEach((name, value) -> clamped.put(name,
                value instanceof Double d ? clamp(name, d) : value));
        controls.accept(type.space().withAll(controls.params(), clamped));
    }

    private void installDrag(ExperimentFigure.DragHandle handle) {
        ChartViewer viewer = viewers.get(handle.chartId());
        if (viewer == null) {
            return;
        }
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.getCanvas().removeMouseHandler(viewer.getCanvas().getMouseHandler("zoom"));
        viewer.getCanvas().removeMouseHandler(viewer.getCanvas().getMouseHandler("pan"));
        javafx.event.EventHandler<MouseEvent> drag = e -> {
            if (e.isPrimaryButtonDown()) {
                plotDrag = true;
                dragTo(viewer, handle, e.getX(), e.getY());
                e.consume();
            }
        };
        viewer.getCanvas().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            holdFrame(e.isPrimaryButtonDown());
            drag.handle(e);
        });
        viewer.getCanvas().addEventFilter(MouseEvent.MOUSE_DRAGGED, drag);
        // the end of the gesture: the ghost is the run before it
        viewer.getCanvas().addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            holdFrame(false);
            if (plotDrag) {
                plotDrag = false;
                takeGhost(controls.params());
            }
        });
    }

    /**
     * A gesture (a drag of the start on a chart, or of a slider) begins or ends: while it lasts a figure with a
     * draggable start may hold its frame still; at its end it refits the frame to the snapshot on screen.
     */
    private void holdFrame(boolean on) {
        figure.dragging(on);
        if (!on && shown != null && figure.dragHandle().isPresent()) {
            show(shown);
        }
    }

    /** Moves the draggable point to the data coordinates under canvas position (x, y). */
    public boolean dragTo(ChartViewer viewer, ExperimentFigure.DragHandle handle, double x, double y) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return false;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(new Point2D.Double(x, y))) {
            return false;
        }
        XYPlot plot = viewer.getChart().getXYPlot();
        double dx = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        double dy = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
        return setDragged(handle, dx, dy);
    }

    private boolean setDragged(ExperimentFigure.DragHandle handle, double x, double y) {
        try {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(handle.xParameter(), x);
            changes.put(handle.yParameter(), y);
            applyParameters(changes);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private double clamp(String name, double v) {
        if (type.space().spec(name) instanceof frontierslab.sim.ParamSpec.Real r) {
            return Math.max(r.min(), Math.min(r.max(), v));
        }
        return v;
    }

    public ExperimentType<P> type() {
        return type;
    }

    public SimulationRunner<P> runner() {
        return runner;
    }

    /** The time slider under the charts. */
    public Scrubber<P> scrubber() {
        return scrubber;
    }

    public ParamControls<P> controls() {
        return controls;
    }

    public ReadoutTiles tiles() {
        return tiles;
    }

    public String statusText() {
        return status.getText();
    }

    public Snapshot shownSnapshot() {
        return shown;
    }

    public ExperimentFigure<Snapshot> figure() {
        return figure;
    }

    public Palette palette() {
        return palette;
    }

    public ChartViewer viewer(String chartId) {
        return viewers.get(chartId);
    }

    public void setExportHandler(BiConsumer<ExperimentView<?>, String> handler) {
        this.exportHandler = handler;
    }

    public void loadPreset(String name) {
        controls.selectPreset(name);
    }

    /** Play or pause; playing a run that has ended starts it again from step 0, so the class sees it unfold. */
    public void togglePlay() {
        if (runner.isPlaying()) {
            runner.pause();
            return;
        }
        if (shown != null && shown.status().state() != Status.State.READY
                && shown.status().state() != Status.State.RUNNING) {
            reset();
        }
        runner.play();
    }

    /**
     * One step. Where the figure draws the next update in stages (SAM up close), they appear one after another over
     * {@link #STAGED_STEP} and the step is taken at its end; a second Step meanwhile takes it at once.
     */
    public void stepOnce() {
        if (staging != null) {
            finishStaging();
            return;
        }
        int stages = runner.isPlaying() || shown == null || !(shown.status().state() == Status.State.READY
                || shown.status().state() == Status.State.RUNNING) ? 0 : figure.updateStages();
        if (stages == 0) {
            runner.stepOnce();
            return;
        }
        staging = new javafx.animation.Timeline();
        javafx.util.Duration each = STAGED_STEP.divide(stages);
        for (int k = 1; k <= stages; k++) {
            int stage = k;
            staging.getKeyFrames().add(new javafx.animation.KeyFrame(each.multiply(k - 1), e -> drawStage(stage)));
        }
        staging.getKeyFrames().add(new javafx.animation.KeyFrame(STAGED_STEP, e -> finishStaging()));
        staging.play();
    }

    /** One step at once, never in stages. */
    public void stepAtOnce() {
        cancelStaging();
        runner.stepOnce();
    }

    /** Whether a staged step is being drawn. */
    public boolean isStaging() {
        return staging != null;
    }

    private void drawStage(int stage) {
        List<JFreeChart> charts = charts();
        charts.forEach(c -> c.setNotify(false));
        figure.showUpdateStage(stage);
        charts.forEach(c -> c.setNotify(true));
    }

    private void finishStaging() {
        cancelStaging();
        runner.stepOnce();
    }

    private void cancelStaging() {
        if (staging != null) {
            staging.stop();
            staging = null;
        }
    }

    /** Shows or hides the parameter column; the keyboard (Space, →, R, Ctrl+Z) still drives the run. */
    public void setControlsVisible(boolean visible) {
        controlsShown = visible;
        setLeft(visible && !presenter ? controlScroll : null);
    }

    public boolean controlsVisible() {
        return getLeft() == controlScroll;
    }

    public void setActive(boolean active) {
        runner.setVisible(active);
        if (active) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    public void dispose() {
        cancelStaging();
        timer.stop();
        runner.close();
    }
}
