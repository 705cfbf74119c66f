package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComparisonReasonProperties {
    @Test
    void countsInAReasonAreGroupedAsTheFormatterGroupsThem() {
        qt().withExamples(20_000).forAll(longs().between(-5_000_000, Long.MAX_VALUE)).checkAssert(n ->
                assertEquals(String.format(Locale.ROOT, "%,d", n), Supply.grouped(n)));
        for (long n : new long[] {0, 7, 99, 999, 1_000, 12_345, 999_999, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(String.format(Locale.ROOT, "%,d", n), Supply.grouped(n));
        }
        assertEquals("1,234,567", Supply.grouped(1_234_567));
    }
}
