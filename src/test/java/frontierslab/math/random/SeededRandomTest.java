package frontierslab.math.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void seedZeroGivesTheStandardSplitMix64Stream() {
        SeededRandom r = new SeededRandom(0);
        assertEquals(0xe220a8397b1dcdafL, r.nextLong());
        assertEquals(0x6e789e6aa1b965f4L, r.nextLong());
    }

    @Test
    void uniformIsTheTopFiftyThreeBitsOfTheStream() {
        SeededRandom r = new SeededRandom(0);
        assertEquals((0xe220a8397b1dcdafL >>> 11) * 0x1.0p-53, r.uniform());
    }

    @Test
    void normalIsBoxMullerCosineBranchOfTwoUniforms() {
        SeededRandom a = new SeededRandom(7);
        SeededRandom b = new SeededRandom(7);
        double u1 = b.uniform();
        double u2 = b.uniform();
        assertEquals(Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2), a.normal());
    }

    @Test
    void permutationHoldsEveryIndexOnceAndIsReproducible() {
        int[] p = new SeededRandom(3).permutation(50);
        int[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        assertArrayEquals(p, new SeededRandom(3).permutation(50));
    }
}
