package frontierslab.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * An x axis under side-by-side blocks of one picture (the spectra of A, B and W₂; the matrices M and W): one tick under
 * the middle of each block, labelled with its name. Drawn as tick labels, the names take the room they need below the
 * plot, in the theme's tick font, instead of text inside the plot that a projector's font pushes past its edge.
 */
public final class BlockAxis extends NumberAxis {

    private double[] centres = new double[0];
    private String[] names = new String[0];

    public BlockAxis(String label) {
        super(label);
    }

    /** The blocks: the x of the middle of each and its name. */
    public void name(double[] centres, String... names) {
        if (centres.length != names.length) {
            throw new IllegalArgumentException(centres.length + " blocks, " + names.length + " names");
        }
        this.centres = centres.clone();
        this.names = names.clone();
        fireChangeEvent();
    }

    /** The names under the blocks, in order. */
    public List<String> names() {
        return List.of(names);
    }

    @Override
    public List<Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < centres.length; i++) {
            ticks.add(new NumberTick(centres[i], names[i], TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
        }
        return ticks;
    }
}
