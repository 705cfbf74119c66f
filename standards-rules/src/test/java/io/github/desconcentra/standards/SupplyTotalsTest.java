package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyTotalsTest {
    @Test
    void aTotalBeyondAnIntIsKeptExactly() {
        Supply.Totals totals = new Supply.Totals(3);
        totals.add(1, Integer.MAX_VALUE);
        totals.add(2, 7);
        totals.add(1, 1);

        assertEquals(Integer.MAX_VALUE + 1L, totals.get(1));
        assertEquals(7, totals.get(2));
        assertEquals(0, totals.get(0));
    }

    @Test
    void aTotalBeyondALongStillOverflows() {
        Supply.Totals totals = new Supply.Totals(1);
        totals.add(0, Long.MAX_VALUE);

        assertThrows(ArithmeticException.class, () -> totals.add(0, 1));
    }

    @Test
    void aCopyHoldsTheSameTotalsWhetherNarrowOrWide() {
        Supply.Totals narrow = new Supply.Totals(2);
        narrow.add(0, -5);
        Supply.Totals wide = new Supply.Totals(2);
        wide.add(1, 1L << 40);

        Supply.Totals narrowCopy = new Supply.Totals(2);
        narrow.copyInto(narrowCopy);
        Supply.Totals wideCopy = new Supply.Totals(2);
        wide.copyInto(wideCopy);
        wide.add(1, 1);

        assertEquals(-5, narrowCopy.get(0));
        assertEquals(1L << 40, wideCopy.get(1));
        assertEquals(0, wideCopy.get(0));
    }

    @Test
    void totalsAreTheExactSumsOfWhatWasAdded() {
        qt().withExamples(2_000).forAll(lists().of(longs().between(-(1L << 40), 1L << 40)).ofSizeBetween(0, 40),
                integers().between(0, 3)).check((values, slot) -> {
                    Supply.Totals totals = new Supply.Totals(4);
                    BigInteger sum = BigInteger.ZERO;
                    for (long v : values) {
                        totals.add(slot, v);
                        sum = sum.add(BigInteger.valueOf(v));
                    }
                    return totals.get(slot) == sum.longValueExact() && totals.get((slot + 1) % 4) == 0;
                });
    }
}
