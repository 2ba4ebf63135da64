package frontierslab.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import frontierslab.app.RegistryAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "2/\\eta#2/η",
        "\\lambda_{\\max}#λ_max",
        "x_{t+1} = x_t^2#xₜ₊₁ = xₜ²",
        "(x^2 + y^2)^{q/2}#(x² + y²)^(q/2)",
        "\\frac{2}{\\eta q}#2/(η q)",
        "\\left(\\frac{2}{\\eta q}\\right)^{1/(q-2)}#(2/(η q))^(1/(q−2))",
        "\\tfrac12(w_1 w_2 - 1)^2#½(w₁ w₂ − 1)²",
        "(-\\sqrt{y}, -\\sqrt{y})#(−√y, −√y)",
        "\\sqrt{1 + x}#√(1 + x)",
        "\\hat\\epsilon#ε̂",
        "\\dot{\\beta} = -2\\beta(\\beta - y)#β̇ = −2β(β − y)",
        "\\pm s^*#±s*",
        "x \\mapsto -x#x ↦ −x",
        "\\eta f''(x_t) \\approx 2 \\text{ for late } t#η f''(xₜ) ≈ 2 for late t",
        "D_{KL} \\le \\mathbb{E}\\|w\\|^2#D_KL ≤ 𝔼‖w‖²",
        "10^{-3}#10⁻³",
        "T_6#T₆",
    })
    void aFormulaReadsAsUnicodeText(String latex, String text) {
        assertEquals(text, PlainText.math(latex));
    }

    @Test
    void onlyTheFormulasOfATextAreRewritten() {
        assertEquals("stable below 2 + 2β = 3.0, and η·λ₁ ≤ 2 [1]",
                PlainText.of("stable below \\(2 + 2\\beta\\) = 3.0, and \\[\\eta\\cdot\\lambda_1 \\le 2\\] [1]"));
    }

    @Test
    void noPresetDescriptionKeepsALatexCommand() {
        for (var type : RegistryAccess.types()) {
            for (var preset : type.presets()) {
                String text = PlainText.of(preset.description());
                assertFalse(text.matches("(?s).*\\\\[a-zA-Z()\\[\\]].*"), type.id() + "/" + preset.name()
                        + ": " + text);
            }
        }
    }
}
