package frontierslab.sim;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controls of one experiment, derived from its immutable parameter record P: one {@link ParamSpec} per record
 * component, in component order, read from the component's one {@link Param} annotation (the name is the component's,
 * the enum class of a {@link Param.Choice} is the component's type). A component without an annotation, with two, with
 * an annotation that does not fit its type, or with a bad range (min ≥ max, a default outside [min, max], a log scale
 * with min ≤ 0) stops the class from loading, with a message naming the record and the component.
 *
 * <p>It reads and rebuilds records generically, so that a slider, a {@code --set name=value}, a parameter file and a
 * scene all go through {@link #with}, {@link #withAll} or {@link #defaults}, which check every value against its spec
 * before P's canonical constructor runs. A record built directly in code ({@code new QuadraticParams(…)}) is checked
 * where it meets an experiment: {@link ExperimentType} checks each of its presets when it is built and every record it
 * starts a run from ({@link ExperimentType#create}); anything else can call {@link #check}. So the records declare no
 * range checks of their own; their compact constructors keep only conditions between parameters.
 */
public final class ParamSpace<P extends Record> {

    private final Class<P> type;
    private final List<ParamSpec> specs;
    private final RecordComponent[] components;
    private final Constructor<P> constructor;

    private ParamSpace(Class<P> type, List<ParamSpec> specs) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.specs = List.copyOf(specs);
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The space declared by the {@link Param} annotations on the components of {@code type}. */
    public static <P extends Record> ParamSpace<P> of(Class<P> type) {
        List<ParamSpec> derived = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                derived.add(specOf(c));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + e.getMessage(), e);
            }
        }
        return new ParamSpace<>(type, derived);
    }

    private static ParamSpec specOf(RecordComponent c) {
        String name = c.getName();
        List<Annotation> declared = Arrays.stream(c.getAnnotations())
                .filter(a -> a.annotationType().getEnclosingClass() == Param.class).toList();
        if (declared.size() != 1) {
            throw new IllegalArgumentException(name + ": " + (declared.isEmpty() ? "no" : declared.size())
                    + " @Param annotations; give it exactly one (Linear, Log, Whole, Choice or Flag)");
        }
        Class<?> t = c.getType();
        return switch (declared.getFirst()) {
            case Param.Linear a when t == double.class ->
                    new ParamSpec.Real(name, label(a.label(), name), a.help(), a.min(), a.max(), a.byDefault(),
                            ParamSpec.Scale.LINEAR);
            case Param.Log a when t == double.class ->
                    new ParamSpec.Real(name, label(a.label(), name), a.help(), a.min(), a.max(), a.byDefault(),
                            ParamSpec.Scale.LOG);
            case Param.Whole a when t == int.class ->
                    new ParamSpec.Whole(name, label(a.label(), name), a.help(), a.min(), a.max(), a.byDefault());
            case Param.Flag a when t == boolean.class ->
                    new ParamSpec.Flag(name, label(a.label(), name), a.help(), a.byDefault());
            case Param.Choice a when t.isEnum() ->
                    choice(name, label(a.label(), name), a.help(), t.asSubclass(Enum.class), a.byDefault());
            case Annotation a -> throw new IllegalArgumentException(name + ": @Param."
                    + a.annotationType().getSimpleName() + " does not fit its type " + t.getSimpleName());
        };
    }

    private static String label(String label, String name) {
        return label.isEmpty() ? name : label;
    }

    private static <E extends Enum<E>> ParamSpec.Choice<E> choice(String name, String label, String help, Class<E> type,
                                                                  String byDefault) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(byDefault)) {
                return new ParamSpec.Choice<>(name, label, help, type, e);
            }
        }
        throw new IllegalArgumentException(name + ": default '" + byDefault + "' is not a constant of "
                + type.getSimpleName() + ": allowed " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    public Class<P> type() {
        return type;
    }

    public List<ParamSpec> specs() {
        return specs;
    }

    public ParamSpec spec(String name) {
        for (ParamSpec s : specs) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown parameter '" + name + "': allowed " + names());
    }

    /** The real parameter {@code name}. */
    public ParamSpec.Real real(String name) {
        return spec(name) instanceof ParamSpec.Real r ? r : wrongKind(name, "real");
    }

    /** The whole-number parameter {@code name}. */
    public ParamSpec.Whole whole(String name) {
        return spec(name) instanceof ParamSpec.Whole w ? w : wrongKind(name, "whole-number");
    }

    /** The choice parameter {@code name}. */
    public ParamSpec.Choice<?> choice(String name) {
        return spec(name) instanceof ParamSpec.Choice<?> c ? c : wrongKind(name, "choice");
    }

    private <T> T wrongKind(String name, String kind) {
        throw new IllegalArgumentException(type.getSimpleName() + "." + name + " is not a " + kind + " parameter");
    }

    /** p itself once every value is checked against its spec; throws the spec's message for the first one outside. */
    public P check(P p) {
        checkAll(values(p));
        return p;
    }

    private void checkAll(Map<String, Object> values) {
        for (ParamSpec s : specs) {
            s.check(values.get(s.name()));
        }
    }

    public String names() {
        return String.join(", ", specs.stream().map(ParamSpec::name).toList());
    }

    /** The record of every default. */
    public P defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec s : specs) {
            values.put(s.name(), s.byDefault());
        }
        return build(values);
    }

    /** The values of p by name, in order. */
    public Map<String, Object> values(P p) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(p));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    public Object value(P p, String name) {
        spec(name);
        return values(p).get(name);
    }

    /** p with one value replaced (checked against its spec). */
    public P with(P p, String name, Object value) {
        Map<String, Object> values = values(p);
        values.put(name, spec(name).check(value));
        return build(values);
    }

    /** p with one value replaced by the value of typed text. */
    public P parse(P p, String name, String text) {
        return with(p, name, spec(name).parse(text));
    }

    /** p with several values replaced at once (the record's own cross-checks see them together). */
    public P withAll(P p, Map<String, ?> changes) {
        Map<String, Object> values = values(p);
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            ParamSpec spec = spec(e.getKey());
            Object v = e.getValue() instanceof String s && !(spec instanceof ParamSpec.Choice<?>) ? spec.parse(s) : spec.check(e.getValue());
            values.put(e.getKey(), v);
        }
        return build(values);
    }

    private P build(Map<String, Object> values) {
        checkAll(values);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object v = values.get(components[i].getName());
            Class<?> t = components[i].getType();
            if (t == int.class && v instanceof Number n) {
                v = n.intValue();
            } else if (t == double.class && v instanceof Number n) {
                v = n.doubleValue();
            }
            args[i] = v;
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
