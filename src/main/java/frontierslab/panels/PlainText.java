package frontierslab.panels;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card text's formulas ({@code \( \)} and {@code \[ \]}, see {@link CardDeck}) written as plain Unicode text for a
 * terminal: {@code \(2/\eta\)} reads 2/η, {@code \(\lambda_{\max}\)} λ_max, {@code \(x_t^2\)} xₜ², {@code
 * \(\frac{a+b}{c}\)} (a + b)/c, {@code \(\sqrt{y}\)} √y, {@code \(\hat\epsilon\)} ε̂. Exponents and indices use
 * Unicode super- and subscripts where every character has one, and {@code ^(…)} or {@code _…} otherwise. A command
 * it does not know is written as its name without the backslash; the text outside formulas is left as it is.
 */
public final class PlainText {

    private static final Pattern FORMULA = Pattern.compile("\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\\\]", Pattern.DOTALL);

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("mapsto", "↦"), Map.entry("approx", "≈"),
            Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"),
            Map.entry("ll", "≪"), Map.entry("gg", "≫"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
            Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("times", "×"), Map.entry("cdot", "·"),
            Map.entry("infty", "∞"), Map.entry("propto", "∝"), Map.entry("in", "∈"), Map.entry("sim", "∼"),
            Map.entry("nabla", "∇"), Map.entry("partial", "∂"), Map.entry("ell", "ℓ"), Map.entry("sum", "Σ"),
            Map.entry("prod", "Π"), Map.entry("int", "∫"), Map.entry("|", "‖"), Map.entry("Vert", "‖"),
            Map.entry("lVert", "‖"), Map.entry("rVert", "‖"), Map.entry("vert", "|"), Map.entry("mid", "|"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "⋯"), Map.entry("equiv", "≡"),
            Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("blacksquare", "■"),
            Map.entry("top", "ᵀ"), Map.entry("star", "⋆"), Map.entry("circ", "∘"), Map.entry("Rightarrow", "⇒"),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("%", "%"), Map.entry("_", "_"), Map.entry("#", "#"),
            Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "), Map.entry(" ", " "), Map.entry("!", ""),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("\\", " "),
            Map.entry("left", ""), Map.entry("right", ""), Map.entry("big", ""), Map.entry("Big", ""),
            Map.entry("bigl", ""), Map.entry("bigr", ""), Map.entry("Bigl", ""), Map.entry("Bigr", ""),
            Map.entry("displaystyle", ""), Map.entry("limits", ""));

    /** Symbols written against what follows them: {@code \pm s} reads ±s. */
    private static final java.util.Set<String> PREFIX = java.util.Set.of("pm", "mp", "nabla", "partial");

    /** Commands whose argument is written as it is: {@code \text{for late}} reads "for late". */
    private static final java.util.Set<String> VERBATIM = java.util.Set.of("text", "mathrm", "mathbf", "mathit",
            "operatorname", "textrm", "textbf", "textit", "boldsymbol", "bm", "mathsf");

    /** Combining marks: {@code \hat x} reads x̂. */
    private static final Map<String, Character> ACCENTS = Map.of("hat", '\u0302', "widehat", '\u0302',
            "dot", '\u0307', "ddot", '\u0308', "tilde", '\u0303', "widetilde", '\u0303', "bar", '\u0304',
            "vec", '\u20D7');

    private static final Map<String, String> BLACKBOARD = Map.of("R", "ℝ", "N", "ℕ", "Z", "ℤ", "Q", "ℚ",
            "C", "ℂ", "E", "𝔼");

    private static final Map<String, String> VULGAR = Map.of("2", "½", "3", "⅓", "4", "¼");

    private static final String SUPER_FROM = "0123456789+-−=()abcdefghijklmnoprstuvwxyzT*'′";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ*'′";
    private static final String SUB_FROM = "0123456789+-−=()aehijklmnoprstuvxβγρφχ";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";

    private PlainText() {
    }

    /** The text with each formula written as plain text. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMULA.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(math(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One formula (without its delimiters) as plain text. */
    public static String math(String latex) {
        return new Parser(latex).sequence('\0').replaceAll(" {2,}", " ").strip();
    }

    /** A recursive reader of the formula: a sequence of atoms, each maybe followed by an exponent or an index. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        /** Atoms up to {@code end} (a closing brace or bracket) or the end of the text. */
        String sequence(char end) {
            StringBuilder out = new StringBuilder();
            while (i < s.length() && s.charAt(i) != end) {
                char c = s.charAt(i);
                if (c == '^' || c == '_') {
                    i++;
                    out.append(script(atom(), c == '^'));
                } else {
                    out.append(atom());
                }
            }
            if (i < s.length()) {
                i++;
            }
            return out.toString();
        }

        /** One character, one group or one command with its arguments. */
        String atom() {
            if (i >= s.length()) {
                return "";
            }
            char c = s.charAt(i++);
            return switch (c) {
                case '{' -> sequence('}');
                case '\\' -> command();
                case '-' -> "−";
                case '~' -> " ";
                case '&' -> " ";
                default -> String.valueOf(c);
            };
        }

        /** An argument: the next non-blank atom. */
        String argument() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            return atom();
        }

        String command() {
            if (i >= s.length()) {
                return "";
            }
            int start = i;
            if (Character.isLetter(s.charAt(i))) {
                while (i < s.length() && Character.isLetter(s.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String name = s.substring(start, i);
            switch (name) {
                case "frac", "tfrac", "dfrac" -> {
                    String num = argument();
                    String den = argument();
                    if (num.equals("1") && VULGAR.containsKey(den)) {
                        return VULGAR.get(den);
                    }
                    return grouped(num) + "/" + grouped(den);
                }
                case "sqrt" -> {
                    String index = "";
                    if (i < s.length() && s.charAt(i) == '[') {
                        i++;
                        index = script(sequence(']'), true);
                    }
                    return index + "√" + grouped(argument());
                }
                case "mathbb" -> {
                    String a = argument();
                    return BLACKBOARD.getOrDefault(a, a);
                }
                case "mathcal", "mathscr" -> {
                    String a = argument();
                    return a.equals("L") ? "ℒ" : a;
                }
                case "max", "min", "log", "ln", "exp", "sin", "cos", "tan", "arg", "det", "tr", "sup", "inf", "lim",
                     "argmin", "argmax", "sign", "sgn" -> {
                    return name;
                }
                default -> {
                    if (VERBATIM.contains(name)) {
                        return verbatim();
                    }
                    if (ACCENTS.containsKey(name)) {
                        return argument() + ACCENTS.get(name);
                    }
                    if (PREFIX.contains(name)) {
                        while (i < s.length() && s.charAt(i) == ' ') {
                            i++;
                        }
                    }
                    return SYMBOLS.getOrDefault(name, name);
                }
            }
        }

        /** A braced argument copied as written. */
        String verbatim() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '{') {
                return atom();
            }
            int depth = 0;
            int start = ++i;
            while (i < s.length() && (s.charAt(i) != '}' || depth > 0)) {
                depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
                i++;
            }
            String inside = s.substring(start, Math.min(i, s.length()));
            i++;
            return inside;
        }

        /** An exponent or an index in Unicode where it has one, else after ^ or _ (in parentheses if long). */
        static String script(String body, boolean up) {
            if (!up && body.length() > 1 && body.chars().allMatch(Character::isLetter)) {
                return "_" + body;
            }
            String from = up ? SUPER_FROM : SUB_FROM;
            String to = up ? SUPER_TO : SUB_TO;
            StringBuilder mapped = new StringBuilder();
            for (int k = 0; k < body.length(); k++) {
                int at = from.indexOf(body.charAt(k));
                if (at < 0 && to.indexOf(body.charAt(k)) >= 0) {
                    mapped.append(body.charAt(k));
                    continue;
                }
                if (at < 0) {
                    return (up ? "^" : "_") + (up ? grouped(body) : body);
                }
                mapped.append(to.charAt(at));
            }
            return mapped.toString();
        }

        /** A part of a fraction, a root or an exponent, in parentheses unless it is one term. */
        static String grouped(String part) {
            String p = part.strip();
            boolean simple = p.codePoints().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '.' || ch == '\''
                    || Character.getType(ch) == Character.NON_SPACING_MARK || "²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉".indexOf(ch) >= 0)
                    || p.startsWith("(") && p.endsWith(")") && p.indexOf(')') == p.length() - 1;
            return simple ? p : "(" + p + ")";
        }
    }
}
