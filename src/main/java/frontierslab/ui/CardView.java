package frontierslab.ui;

import frontierslab.panels.Card;
import frontierslab.panels.References;
import frontierslab.plot.Palette;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A card of lecture text: the words as text, the formulas (\( … \) inline, \[ … \] displayed) rendered by JLaTeXMath,
 * a warning box where the run disagrees with the text, and buttons that open the experiments that show it (in any
 * panel: {@code load} takes the experiment and the preset).
 */
public final class CardView extends VBox {

    private final CompletableFuture<Boolean> noteSettled = new CompletableFuture<>();
    private final String cardTitle;

    private static final Pattern FORMULA = Pattern.compile("\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\\\]", Pattern.DOTALL);

    /**
     * The note's numbers are references to runs ({@link References}): it shows "…" for each until its runs, computed
     * in the background, are done, then the filled note.
     */
    public CardView(Card card, Palette palette, double fontSize, BiConsumer<String, String> load,
                    References references) {
        getStyleClass().add("card");
        cardTitle = card.title();
        setFillWidth(true);
        Label title = new Label(card.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        setMinWidth(0);
        getChildren().add(title);
        getChildren().addAll(body(card.body(), palette, fontSize));
        if (card.hasNote()) {
            VBox box = new VBox();
            box.setMinWidth(0);
            box.getStyleClass().add("card-warning");
            box.getChildren().addAll(note(references.fillAvailable(card.note()), palette, fontSize));
            getChildren().add(box);
            if (!References.parse(card.note()).isEmpty()) {
                references.fillLater(card.note()).whenComplete((filled, failure) -> Platform.runLater(() -> {
                    if (filled != null) {
                        box.getChildren().setAll(note(filled, palette, fontSize));
                    }
                    noteSettled.complete(filled != null);
                }));
            } else {
                noteSettled.complete(true);
            }
        } else {
            noteSettled.complete(true);
        }
        if (card.hasAction()) {
            VBox buttons = new VBox(6);
            buttons.setMinWidth(0);
            for (Card.Target target : card.buttons()) {
                buttons.getChildren().add(button(target, palette, fontSize, load));
            }
            getChildren().add(buttons);
        }
    }

    /**
     * Completes on the FX thread once the note shows its numbers (true), or once its runs have failed and it keeps its
     * placeholders (false); at once, with true, for a card with nothing to wait for.
     */
    public CompletableFuture<Boolean> noteSettled() {
        return noteSettled;
    }

    /** The card's title, as the lecture writes it. */
    public String title() {
        return cardTitle;
    }

    /**
     * A button that opens its target; a label with formulas (\( … \)) shows them rendered. Its id is
     * {@code card-button-<experiment>[-<preset>]}, its accessible text the label as written.
     */
    private static Button button(Card.Target target, Palette palette, double fontSize,
                                 BiConsumer<String, String> load) {
        String label = target.label() == null ? "Show it" : target.label();
        Button show = new Button();
        Matcher m = FORMULA.matcher(label);
        if (m.find()) {
            HBox graphic = new HBox(2);
            graphic.setAlignment(Pos.CENTER_LEFT);
            int last = 0;
            java.awt.Color fg = palette.foreground();
            do {
                if (m.start() > last) {
                    graphic.getChildren().add(new Label(label.substring(last, m.start())));
                }
                String tex = m.group(1) != null ? m.group(1) : m.group(2);
                ImageView formula = new ImageView(FormulaImages.render(tex, fontSize * 1.2, false, fg));
                formula.setPreserveRatio(true);
                formula.setFitHeight(formula.getImage().getHeight() / 2);
                graphic.getChildren().add(formula);
                last = m.end();
            } while (m.find());
            if (last < label.length()) {
                graphic.getChildren().add(new Label(label.substring(last)));
            }
            show.setGraphic(graphic);
        } else {
            show.setText(label);
        }
        show.setWrapText(true);
        show.setMinWidth(0);
        show.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        show.setAccessibleText(label);
        show.setId("card-button-" + target.experimentId() + (target.presetName() == null ? ""
                : "-" + target.presetName()));
        show.setOnAction(e -> load.accept(target.experimentId(), target.presetName()));
        return show;
    }

    private static java.util.List<javafx.scene.Node> note(String note, Palette palette, double fontSize) {
        // JavaFX wraps text with combining marks wrongly (lines drawn twice), so ε̂ is drawn as a formula.
        return body("What the app shows: " + note.replace("ε̂", "\\(\\hat{\\epsilon}\\)"), palette, fontSize);
    }

    private static java.util.List<javafx.scene.Node> body(String text, Palette palette, double fontSize) {
        java.util.List<javafx.scene.Node> nodes = new java.util.ArrayList<>();
        TextFlow flow = newFlow();
        Matcher m = FORMULA.matcher(text);
        int last = 0;
        java.awt.Color fg = palette.foreground();
        while (m.find()) {
            addText(flow, text.substring(last, m.start()));
            if (m.group(1) != null) {
                ImageView inline = new ImageView(FormulaImages.render(m.group(1), fontSize * 1.2, false, fg));
                inline.setPreserveRatio(true);
                inline.setFitHeight(inline.getImage().getHeight() / 2);
                flow.getChildren().add(inline);
            } else {
                if (!flow.getChildren().isEmpty()) {
                    nodes.add(flow);
                }
                ImageView display = new ImageView(FormulaImages.render(m.group(2), fontSize * 1.4, true, fg));
                display.setPreserveRatio(true);
                double natural = display.getImage().getWidth() / 2;
                display.setFitWidth(natural);
                HBox centred = new HBox(display);
                centred.widthProperty().addListener((obs, o, w) ->
                        display.setFitWidth(Math.min(natural, Math.max(40, w.doubleValue()))));
                centred.setMinWidth(0);
                centred.setAlignment(Pos.CENTER);
                nodes.add(centred);
                flow = newFlow();
            }
            last = m.end();
        }
        addText(flow, text.substring(last));
        if (!flow.getChildren().isEmpty()) {
            nodes.add(flow);
        }
        return nodes;
    }

    private static TextFlow newFlow() {
        TextFlow flow = new TextFlow();
        flow.setMinWidth(0);
        flow.setPrefWidth(0);
        return flow;
    }

    private static void addText(TextFlow flow, String s) {
        if (!s.isEmpty()) {
            Text t = new Text(s);
            t.getStyleClass().add("card-text");
            flow.getChildren().add(t);
        }
    }
}
