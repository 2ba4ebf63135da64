package frontierslab.plot;

import org.jfree.chart.annotations.AbstractXYAnnotation;

/**
 * An annotation equal only to itself. JFreeChart removes annotations by {@code equals()}, from every layer, and an
 * {@link AbstractXYAnnotation} subclass that adds no {@code equals} of its own is equal to every other one: removing
 * such an arrow removed a contour line. The app's own annotations extend this class.
 */
public abstract class IdentityAnnotation extends AbstractXYAnnotation {

    @Override
    public final boolean equals(Object obj) {
        return this == obj;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }
}
