package frontierslab.panels.generalization;

import frontierslab.panels.Card;
import frontierslab.panels.generalization.model.GrokExperiment;
import java.util.List;

/**
 * The grokking cards of lecture §5: the lecture's words, and notes that say what the runs of {@code grok-modadd} show
 * where they differ from the text (every number in a note is checked against its run by {@code GrokPresetsTest}).
 */
public final class GrokCards {

    private GrokCards() {
    }

    public static List<Card> cards() {
        String id = GrokExperiment.TYPE.id();
        return List.of(
                new Card("Grokking",
                        "Grokking: In some tasks (like modular arithmetic), the model first achieves zero training "
                                + "error but 0% test accuracy. After a long \"plateau\" period of further training, the "
                                + "test accuracy suddenly jumps to 100%.",
                        "(a + b) mod 47 from 30 % of the 2,209 pairs, AdamW with weight decay 1 (preset main): "
                                + "training accuracy reaches 100 % at step 54. Test accuracy is never 0 %: it starts "
                                + "at 2.8 %, near chance (1/47), and is never below 0.2 %. It passes "
                                + "10 % at step 4,750 and 95 % at step 9,075. The jump looks sudden only on the "
                                + "log step axis; on a linear axis (untick \"log step axis\") the climb takes thousands "
                                + "of steps. The plateau depends on the data and the width: with 50 % of the pairs, "
                                + "test accuracy reaches 95 % at step 180, right after the training set (preset "
                                + "more-data); with 128 units: step 5,300 (preset narrow).",
                        id, "main", "Run (a + b) mod 47"),
                new Card("These phenomena suggest that optimization proceeds in stages",
                        "These phenomena suggest that optimization proceeds in stages: first, the model fits the "
                                + "data with a \"messy\" high-complexity solution; then, over a much longer timescale, "
                                + "the implicit bias of the optimizer (often \\(L_2\\) regularization or weight decay) "
                                + "slowly \"compresses\" the solution into a simpler, more generalizable form.",
                        "Here the compression is explicit weight decay, and without it there is no grokking: with "
                                + "decay 0 (preset no-decay) test accuracy is 1.6 % after 12,000 steps. "
                                + "Raised from 1 to 3 at step 1,000 (preset decay-raised), the run groks at step "
                                + "2,275. Switched off at step 5,000 (preset decay-off), test accuracy stays between "
                                + "10.0 % and 10.7 % up to step 11,000 while ‖θ‖ falls from 42.8 to 38.5: a falling "
                                + "norm alone does not generalize. The simpler form is visible before test accuracy "
                                + "moves: the share of units whose top Fourier frequency is the same in A, B and W₂ "
                                + "is halfway at step 3,075 (halfway from its value when the training set is fitted "
                                + "to its value at grokking); test accuracy reaches 50 % at step 7,325.",
                        id, "decay-off", "Switch decay off mid-run"));
    }
}
