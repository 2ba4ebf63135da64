package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InsideTextAnnotationTest {

    @Test
    void aLabelCrossingAnEdgeIsMovedBackInsideAsFarAsItFits() {
        assertEquals(10, InsideTextAnnotation.inside(-10, 50, 0, 100), 1e-12, "over the left edge: moved right");
        assertEquals(-20, InsideTextAnnotation.inside(60, 120, 0, 100), 1e-12, "over the right edge: moved left");
        assertEquals(0, InsideTextAnnotation.inside(20, 80, 0, 100), 1e-12, "inside: left where it is");
        assertEquals(0, InsideTextAnnotation.inside(-10, 120, 0, 100), 1e-12, "wider than the plot: left where it is");
    }
}
