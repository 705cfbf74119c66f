package io.github.desconcentra.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchMedianTest {
    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnesAndNaNOfNone() {
        double[] odd = {5, 1, 3};
        assertEquals(3, Bench.median(odd));
        assertArrayEquals(new double[] {5, 1, 3}, odd, "the values are left in their order");
        assertEquals(2.5, Bench.median(new double[] {4, 1, 3, 2}));
        assertTrue(Double.isNaN(Bench.median(new double[0])));
    }
}
