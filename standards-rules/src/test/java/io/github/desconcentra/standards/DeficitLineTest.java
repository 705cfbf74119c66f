package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DeficitLineTest {
    @Test
    void aCommonCountOfUnitsSummedIsOneSharedText() {
        String first = DeficitLine.unitsSummed(20);
        String again = DeficitLine.unitsSummed(20);

        assertEquals("units=20", first);
        assertSame(first, again);
        assertEquals("units=0", DeficitLine.unitsSummed(0));
        assertEquals("units=4095", DeficitLine.unitsSummed(4_095));
    }

    @Test
    void aLargeCountOfUnitsSummedIsWrittenInFull() {
        assertEquals("units=122200", DeficitLine.unitsSummed(122_200));
        assertEquals("units=4096", DeficitLine.unitsSummed(4_096));
    }
}
