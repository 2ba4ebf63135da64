package frontierslab.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;

/**
 * A group of annotations owned by one part of a figure (the landscape's heat map and iso-lines, the parts of an update,
 * a set of labels), installed once as a single annotation of a renderer's layer. A figure replaces its marks here and
 * never calls {@code removeAnnotation}: JFreeChart removes by {@code equals()} from both layers, and most annotation
 * classes are equal to others (see {@link IdentityAnnotation}), so
 * removing an arrow used to remove a contour line. A group is equal only to itself, and only its owner changes it.
 *
 * <p>A group made {@link #cached} (static layers: heat map, iso-lines, a valley) is rasterised once per plot size and
 * axis range into an image and blitted on later frames, except into vector output (SVG, PDF), which gets the shapes.
 */
public final class Marks extends IdentityAnnotation {

    private final List<XYAnnotation> items = new ArrayList<>();
    private final boolean cached;
    private long version;
    private BufferedImage image;
    private List<Object> imageKey;

    private Marks(boolean cached) {
        this.cached = cached;
    }

    /** A group drawn in {@code layer} of the plot's first renderer. */
    public static Marks on(XYPlot plot, Layer layer) {
        return install(plot, layer, false);
    }

    /** A static group drawn in {@code layer}, rasterised once per size and range. */
    public static Marks cachedOn(XYPlot plot, Layer layer) {
        return install(plot, layer, true);
    }

    /** A group drawn in {@code layer} of {@code renderer} (a renderer a plot swaps in and out). */
    public static Marks on(XYItemRenderer renderer, Layer layer) {
        Marks marks = new Marks(false);
        renderer.addAnnotation(marks, layer);
        return marks;
    }

    private static Marks install(XYPlot plot, Layer layer, boolean cached) {
        Marks marks = new Marks(cached);
        plot.getRenderer().addAnnotation(marks, layer);
        return marks;
    }

    public void add(XYAnnotation a) {
        items.add(a);
        changed();
    }

    public void clear() {
        if (!items.isEmpty()) {
            items.clear();
            changed();
        }
    }

    /** Replaces every mark by {@code marks}. */
    public void set(List<? extends XYAnnotation> marks) {
        items.clear();
        items.addAll(marks);
        changed();
    }

    public List<XYAnnotation> items() {
        return Collections.unmodifiableList(items);
    }

    /** The annotations of a renderer or plot with every group replaced by its items: what is drawn. */
    public static List<XYAnnotation> flatten(java.util.Collection<?> annotations) {
        List<XYAnnotation> all = new ArrayList<>();
        for (Object a : annotations) {
            if (a instanceof Marks m) {
                all.addAll(flatten(m.items()));
            } else {
                all.add((XYAnnotation) a);
            }
        }
        return all;
    }

    private void changed() {
        version++;
        image = null;
        fireAnnotationChanged();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (items.isEmpty()) {
            return;
        }
        if (!cached || vector(g2) || dataArea.getWidth() < 1 || dataArea.getHeight() < 1) {
            drawItems(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            return;
        }
        AffineTransform t = g2.getTransform();
        double sx = scaleX(t);
        double sy = scaleY(t);
        List<Object> key = List.of(version, dataArea.getWidth(), dataArea.getHeight(), sx, sy,
                domainAxis.getLowerBound(), domainAxis.getUpperBound(), rangeAxis.getLowerBound(),
                rangeAxis.getUpperBound(), plot.getOrientation(), domainAxis.isInverted(), rangeAxis.isInverted());
        if (image == null || !key.equals(imageKey)) {
            int w = (int) Math.ceil(dataArea.getWidth() * sx);
            int h = (int) Math.ceil(dataArea.getHeight() * sy);
            BufferedImage next = image != null && image.getWidth() == w && image.getHeight() == h ? image
                    : new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = next.createGraphics();
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, 0, w, h);
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            g.setRenderingHints(g2.getRenderingHints());
            g.scale(sx, sy);
            g.translate(-dataArea.getX(), -dataArea.getY());
            drawItems(g, plot, dataArea, domainAxis, rangeAxis, rendererIndex, null);
            g.dispose();
            image = next;
            imageKey = key;
        }
        Object interpolation = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform place = AffineTransform.getTranslateInstance(dataArea.getX(), dataArea.getY());
        place.scale(1 / sx, 1 / sy);
        g2.drawImage(image, place, null);
        if (interpolation != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    private void drawItems(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                           ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        for (XYAnnotation a : items) {
            a.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        }
    }

    /** Device pixels per user unit along x of {@code t} (its scale with any rotation). */
    static double scaleX(AffineTransform t) {
        return Math.hypot(t.getScaleX(), t.getShearY());
    }

    /** Device pixels per user unit along y of {@code t}. */
    static double scaleY(AffineTransform t) {
        return Math.hypot(t.getScaleY(), t.getShearX());
    }

    /** Whether {@code g2} writes a vector file (JFreeSVG, JFreePDF), which should get shapes, not a raster. */
    static boolean vector(Graphics2D g2) {
        String name = g2.getClass().getName();
        return name.startsWith("org.jfree.svg.") || name.startsWith("org.jfree.pdf.");
    }
}
