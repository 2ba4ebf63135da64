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
 * One panel, one section of the lecture: a tab per experiment and a column of the section's cards. An experiment is
 * built when its tab is first shown; only the selected experiment's simulation thread runs, the others are parked.
 */
public final class SectionView extends BorderPane {

    private final PanelDefinition definition;
    private final TabPane tabs = new TabPane();
    private final Map<String, ExperimentView<?>> views = new LinkedHashMap<>();
    private final Map<String, Tab> tabsById = new LinkedHashMap<>();
    private final BiConsumer<ExperimentView<?>, String> exportHandler;
    private BiConsumer<String, String> navigator = (id, preset) -> { };
    private Palette palette;
    private double fontSize;
    private boolean active = true;
    private boolean controlsVisible = true;
    private boolean presenter;

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
        this.palette = palette;
        this.fontSize = fontSize;
        this.exportHandler = exportHandler;
        for (Entry<?, ?> entry : definition.experiments()) {
            Tab tab = new Tab(entry.type().title());
            tab.setId("tab-" + entry.type().id());
            tab.setUserData(entry);
            tabsById.put(entry.type().id(), tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> updateActivity());
        setCenter(tabs);
        if (!definition.cards().isEmpty()) {
            ScrollPane scroll = new ScrollPane(cards());
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

    private VBox cards() {
        VBox cards = new VBox(8);
        cards.setPadding(new Insets(6));
        References references = References.of(definition);
        for (Card card : definition.cards()) {
            cards.getChildren().add(new CardView(card, palette, fontSize, this::load, references));
        }
        return cards;
    }

    /** The view of the experiment on a tab, built the first time it is asked for. */
    private ExperimentView<?> viewOf(Tab tab) {
        Entry<?, ?> entry = (Entry<?, ?>) tab.getUserData();
        return views.computeIfAbsent(entry.type().id(), id -> {
            ExperimentView<?> view = new ExperimentView<>(entry, palette);
            view.setExportHandler(exportHandler);
            view.setLinkHandler(link -> {
                load(link.experimentId(), null);
                ExperimentView<?> target = views.get(link.experimentId());
                if (target != null) {
                    target.applyParameters(link.parameters());
                }
            });
            RealPythonControl.attachIfScripted(entry, view);
            view.setControlsVisible(controlsVisible);
            view.setPresenter(presenter);
            tab.setContent(view);
            return view;
        });
    }

    /**
     * A new palette (a theme change): the cards are drawn anew and every experiment built so far redraws its figure,
     * keeping its run, its parameters and its history.
     */
    public void setPalette(Palette newPalette, double newFontSize) {
        palette = newPalette;
        fontSize = newFontSize;
        if (cardColumn != null) {
            cardColumn.setContent(cards());
        }
        views.values().forEach(v -> v.setPalette(newPalette));
    }

    /** Shows the tab {@code delta} places after the selected one, if there is one; returns whether it moved. */
    public boolean selectTab(int index) {
        if (index < 0 || index >= tabs.getTabs().size()) {
            return false;
        }
        tabs.getSelectionModel().select(index);
        return true;
    }

    public int selectedTab() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    public int tabCount() {
        return tabs.getTabs().size();
    }

    /** Presenter mode on every experiment of this section (see {@link ExperimentView#setPresenter}). */
    public void setPresenter(boolean on) {
        presenter = on;
        views.values().forEach(v -> v.setPresenter(on));
        tabs.getStyleClass().remove("presenter-tabs");
        if (on) {
            tabs.getStyleClass().add("presenter-tabs");
        }
        getTop().setVisible(!on);
        getTop().setManaged(!on);
    }

    /**
     * Shows experiment {@code id}, with preset {@code preset} loaded if not null; an experiment of another panel goes
     * to the navigator ({@link #setNavigator}).
     */
    public void load(String id, String preset) {
        Tab tab = tabsById.get(id);
        if (tab == null) {
            navigator.accept(id, preset);
            return;
        }
        tabs.getSelectionModel().select(tab);
        ExperimentView<?> view = viewOf(tab);
        if (preset != null) {
            view.loadPreset(preset);
        }
    }

    /** Where {@link #load} sends an experiment this panel does not hold: (experiment id, preset or null). */
    public void setNavigator(BiConsumer<String, String> navigator) {
        this.navigator = navigator;
    }

    public PanelDefinition definition() {
        return definition;
    }

    /** The experiment on screen. */
    public ExperimentView<?> current() {
        return viewOf(tabs.getSelectionModel().getSelectedItem());
    }

    /** The view of experiment {@code experimentId}, built if it was not yet; null if it is not in this section. */
    public ExperimentView<?> view(String experimentId) {
        Tab tab = tabsById.get(experimentId);
        return tab == null ? null : viewOf(tab);
    }

    /** The experiments built so far (a tab not yet shown has none). */
    public java.util.Collection<ExperimentView<?>> builtViews() {
        return java.util.Collections.unmodifiableCollection(views.values());
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
        controlsVisible = visible;
        views.values().forEach(v -> v.setControlsVisible(visible));
    }

    public void setActive(boolean active) {
        this.active = active;
        updateActivity();
    }

    private void updateActivity() {
        ExperimentView<?> current = tabs.getSelectionModel().getSelectedItem() == null || !active ? null : current();
        views.values().forEach(v -> v.setActive(active && v == current));
    }

    public void dispose() {
        views.values().forEach(ExperimentView::dispose);
    }
}
