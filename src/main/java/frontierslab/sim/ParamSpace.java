package frontierslab.sim;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controls of one experiment, bound to its immutable parameter record P: one {@link ParamSpec} per record component,
 * in the same order and with the same names. It reads and rebuilds records generically, so that a slider, a
 * {@code --set name=value} and a preset file all go through P's canonical constructor, whose compact form checks every
 * range with the same specs.
 */
public final class ParamSpace<P extends Record> {

    private final Class<P> type;
    private final List<ParamSpec> specs;
    private final RecordComponent[] components;
    private final Constructor<P> constructor;

    private ParamSpace(Class<P> type, List<ParamSpec> specs) {
        this.type = type;
        this.specs = List.copyOf(specs);
        this.components = type.getRecordComponents();
        if (components.length != specs.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + ": " + components.length + " components but "
                    + specs.size() + " specs");
        }
        for (int i = 0; i < components.length; i++) {
            if (!components[i].getName().equals(specs.get(i).name())) {
                throw new IllegalArgumentException(type.getSimpleName() + ": component " + components[i].getName()
                        + " does not match spec " + specs.get(i).name());
            }
        }
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <P extends Record> ParamSpace<P> of(Class<P> type, ParamSpec... specs) {
        return new ParamSpace<>(type, List.of(specs));
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
