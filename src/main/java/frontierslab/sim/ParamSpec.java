package frontierslab.sim;

import java.util.Locale;

/**
 * One control of an experiment: its name (the record component it sets, also the command-line name), its label for the
 * screen, its range and its default, as {@link ParamSpace} derives them from the component's {@link Param} annotation.
 * Every check of a value against its range lives here, so that the GUI, the command line and a preset file give the
 * same message for the same mistake.
 */
public sealed interface ParamSpec permits ParamSpec.Real, ParamSpec.Whole, ParamSpec.Choice, ParamSpec.Flag {

    String name();

    /** The label on screen, Unicode allowed (η, λ₁, ρ). */
    String label();

    /** One sentence for tooltips and {@code list}. */
    String description();

    /** The default value, boxed. */
    Object byDefault();

    /** The allowed values in words, for messages and {@code list}. */
    String allowed();

    /** The value of text typed by a user, or an {@link IllegalArgumentException} naming the allowed values. */
    Object parse(String text);

    /** The value itself, checked; throws {@link IllegalArgumentException} naming the allowed values. */
    Object check(Object value);

    /** How a real parameter is laid out on a slider. */
    enum Scale { LINEAR, LOG }

    /** A real number in [min, max]. */
    record Real(String name, String label, String description, double min, double max, double defaultValue,
                Scale scale) implements ParamSpec {

        public Real {
            if (!(min < max)) {
                throw new IllegalArgumentException(name + ": min " + format(min) + " is not below max " + format(max));
            }
            if (scale == Scale.LOG && min <= 0) {
                throw new IllegalArgumentException(name + ": a log scale needs min > 0, found min = " + format(min));
            }
            if (!(defaultValue >= min && defaultValue <= max)) {
                throw new IllegalArgumentException(name + ": default " + format(defaultValue) + " is outside "
                        + format(min) + " … " + format(max));
            }
        }

        @Override
        public Object byDefault() {
            return defaultValue;
        }

        /** Checks v and returns it. */
        public double check(double v) {
            if (!Double.isFinite(v) || v < min || v > max) {
                throw new IllegalArgumentException(name + " = " + format(v) + " is out of range: allowed " + allowed());
            }
            return v;
        }

        @Override
        public Object check(Object value) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(name + " must be a number: allowed " + allowed());
            }
            return check(n.doubleValue());
        }

        @Override
        public String allowed() {
            return format(min) + " … " + format(max) + (scale == Scale.LOG ? " (log scale)" : "");
        }

        @Override
        public Object parse(String text) {
            if (!isDecimal(text)) {
                throw new IllegalArgumentException(name + " = '" + text + "' is not a number (write it as 0.25 or 2.5e-1): allowed "
                        + allowed());
            }
            return check(Double.parseDouble(text.strip()));
        }
    }

    /** A whole number in [min, max]. */
    record Whole(String name, String label, String description, int min, int max, int defaultValue)
            implements ParamSpec {

        public Whole {
            if (min >= max) {
                throw new IllegalArgumentException(name + ": min " + min + " is not below max " + max);
            }
            if (defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " is outside " + min + " … " + max);
            }
        }

        @Override
        public Object byDefault() {
            return defaultValue;
        }

        public int check(int v) {
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " = " + v + " is out of range: allowed " + allowed());
            }
            return v;
        }

        @Override
        public Object check(Object value) {
            if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new IllegalArgumentException(name + " must be a whole number: allowed " + allowed());
            }
            if (n.doubleValue() < min || n.doubleValue() > max) {
                throw new IllegalArgumentException(name + " = " + format(n.doubleValue()) + " is out of range: allowed "
                        + allowed());
            }
            return check(n.intValue());
        }

        @Override
        public String allowed() {
            return min + " … " + max;
        }

        @Override
        public Object parse(String text) {
            if (!isDecimal(text)) {
                throw new IllegalArgumentException(name + " = '" + text + "' is not a whole number: allowed " + allowed());
            }
            return check((Object) Double.parseDouble(text.strip()));
        }
    }

    /** One of the constants of an enum; typed as the constant's lower-case, kebab-case name. */
    record Choice<E extends Enum<E>>(String name, String label, String description, Class<E> type, E defaultValue)
            implements ParamSpec {

        public Choice {
            if (!type.isInstance(defaultValue)) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " is not a " + type.getSimpleName());
            }
        }

        @Override
        public Object byDefault() {
            return defaultValue;
        }

        public static String keyOf(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String allowed() {
            StringBuilder sb = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(keyOf(e));
            }
            return sb.toString();
        }

        @Override
        public E parse(String text) {
            for (E e : type.getEnumConstants()) {
                if (keyOf(e).equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw new IllegalArgumentException(name + " = '" + text + "' is not allowed: allowed " + allowed());
        }

        @Override
        public Object check(Object value) {
            if (type.isInstance(value)) {
                return value;
            }
            if (value instanceof String s) {
                return parse(s);
            }
            throw new IllegalArgumentException(name + " must be one of " + allowed());
        }
    }

    /** true or false. */
    record Flag(String name, String label, String description, boolean defaultValue) implements ParamSpec {

        @Override
        public Object byDefault() {
            return defaultValue;
        }

        @Override
        public String allowed() {
            return "true, false";
        }

        @Override
        public Boolean parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new IllegalArgumentException(name + " = '" + text + "' is not allowed: allowed " + allowed());
            };
        }

        @Override
        public Object check(Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s) {
                return parse(s);
            }
            throw new IllegalArgumentException(name + " must be true or false");
        }
    }

    /** The one spelling of a number that a user may type: JSON's, a decimal with an optional exponent ({@code -2.5e-3}). */
    java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    static boolean isDecimal(String text) {
        return text.length() <= 100 && DECIMAL.matcher(text.strip()).matches();
    }

    /** {@link Numbers#exact}. */
    static String format(double v) {
        return Numbers.exact(v);
    }
}
