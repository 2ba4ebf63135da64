package frontierslab.ui;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.References;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.Palette;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * One panel, one section of the lecture: a tab per experiment and a column of the section's cards. Only the selected
 * experiment's simulation thread runs; the others are parked.
 */
public final class SectionView extends BorderPane {

    private final PanelDefinition definition;
    private final TabPane tabs = new TabPane();
    private final Map<String, ExperimentView<?>> views = new LinkedHashMap<>();
    private boolean active = true;

    private SplitPane split;
    private ScrollPane cardColumn;

    public SectionView(PanelDefinition definition, Palette palette, double fontSize,
                       BiConsumer<ExperimentView<?>, String> exportHandler) {
        this.definition = definition;
        setId("panel-" + definition.id());
        Label title = new Label(definition.section() + "  " + definition.title());
        title.getStyleClass().add("panel-title");
        title.setPadding(new Insets(6, 10, 2, 10));
        setTop(title);
        tabs.getStyleClass().add("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Entry<?, ?> entry : definition.experiments()) {
            ExperimentView<?> view = new ExperimentView<>(entry, palette);
            view.setExportHandler(exportHandler);
            view.setLinkHandler(link -> {
                load(link.experimentId(), null);
                ExperimentView<?> target = views.get(link.experimentId());
                if (target != null) {
                    target.applyParameters(link.parameters());
                }
            });
            views.put(entry.type().id(), view);
            Tab tab = new Tab(entry.type().title(), view);
            tab.setId("tab-" + entry.type().id());
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> updateActivity());
        setCenter(tabs);
        if (!definition.cards().isEmpty()) {
            VBox cards = new VBox(8);
            cards.setPadding(new Insets(6));
            References references = References.of(definition);
            for (Card card : definition.cards()) {
                cards.getChildren().add(new CardView(card, palette, fontSize, this::load, references));
            }
            ScrollPane scroll = new ScrollPane(cards);
            scroll.setFitToWidth(true);
            scroll.setMinWidth(0);
            split = new SplitPane(tabs, scroll);
            cardColumn = scroll;
            split.setDividerPositions(0.8);
            SplitPane.setResizableWithParent(scroll, false);
            setCenter(split);
        }
        updateActivity();
    }

    /** Shows experiment {@code id}, with preset {@code preset} loaded if not null. */
    public void load(String id, String preset) {
        ExperimentView<?> view = views.get(id);
        if (view == null) {
            return;
        }
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getContent() == view).findFirst()
                .orElseThrow());
        if (preset != null) {
            view.loadPreset(preset);
        }
    }

    public PanelDefinition definition() {
        return definition;
    }

    /** The experiment on screen. */
    public ExperimentView<?> current() {
        return (ExperimentView<?>) tabs.getSelectionModel().getSelectedItem().getContent();
    }

    public ExperimentView<?> view(String experimentId) {
        return views.get(experimentId);
    }

    /**
     * Shows or hides the column of lecture cards (at the projector the charts then get the whole width); the
     * experiments keep running either way.
     */
    public void setCardsVisible(boolean visible) {
        if (split == null || visible == split.getItems().contains(cardColumn)) {
            return;
        }
        if (visible) {
            split.getItems().add(cardColumn);
            split.setDividerPositions(0.8);
        } else {
            split.getItems().remove(cardColumn);
        }
    }

    public boolean cardsVisible() {
        return split != null && split.getItems().contains(cardColumn);
    }

    /** Shows or hides the parameter column of every experiment of this section. */
    public void setControlsVisible(boolean visible) {
        views.values().forEach(v -> v.setControlsVisible(visible));
    }

    public void setActive(boolean active) {
        this.active = active;
        updateActivity();
    }

    private void updateActivity() {
        ExperimentView<?> current = tabs.getSelectionModel().getSelectedItem() == null ? null : current();
        views.values().forEach(v -> v.setActive(active && v == current));
    }

    public void dispose() {
        views.values().forEach(ExperimentView::dispose);
    }
}
