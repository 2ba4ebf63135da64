package frontierslab.sim;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of a parameter: an annotation on a component of a parameter record, from which
 * {@link ParamSpace#of(Class)} derives its {@link ParamSpec} (name = the component's name, kind from the annotation,
 * enum class from the component's type). Each annotation carries the label on screen ({@code label}, the component's
 * name when left out), the sentence for tooltips and {@code list} ({@code help}), the range and the default
 * ({@code byDefault}).
 *
 * <pre>{@code
 * public record DecayParams(
 *         @Param.Log(label = "η", min = 0.001, max = 3, byDefault = 0.4, help = "step size") double eta,
 *         @Param.Whole(min = 1, max = 2000, byDefault = 60, help = "number of steps") int steps,
 *         @Param.Choice(byDefault = "HEAVY_BALL", help = "the update rule") Method method) {
 *
 *     public static final ParamSpace<DecayParams> SPACE = ParamSpace.of(DecayParams.class);
 * }
 * }</pre>
 */
public final class Param {

    private Param() {
    }

    /** A {@code double} in [min, max] on a linear slider. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Linear {
        String label() default "";

        double min();

        double max();

        double byDefault();

        String help();
    }

    /** A {@code double} in [min, max], min &gt; 0, on a logarithmic slider. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Log {
        String label() default "";

        double min();

        double max();

        double byDefault();

        String help();
    }

    /** An {@code int} in [min, max]. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Whole {
        String label() default "";

        int min();

        int max();

        int byDefault();

        String help();
    }

    /** A constant of the component's enum type; {@code byDefault} is the constant's Java name. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Choice {
        String label() default "";

        String byDefault();

        String help();
    }

    /** A {@code boolean}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Flag {
        String label() default "";

        boolean byDefault() default false;

        String help();
    }
}
