package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CellsProperties {
    /** Decimals as files write them: signs, leading zeros, up to 20 digits, and zeros of every shape. */
    private static final Gen<String> DECIMALS = integers().between(0, 3).zip(longs().between(0, 999_999_999_999_999_999L),
            integers().between(0, 20), integers().between(0, 3), (sign, unscaled, scale, zeros) -> {
                String digits = "0".repeat(zeros) + (unscaled % 5 == 0 ? 0 : unscaled);
                String text = scale == 0 || scale >= digits.length() ? digits
                        : digits.substring(0, digits.length() - scale) + "." + digits.substring(digits.length() - scale);
                return (sign == 0 ? "-" : sign == 1 ? "+" : "") + text;
            });

    @Test
    void aPlainDecimalReadsAsItsExactValueRounded() {
        qt().withExamples(20_000).forAll(DECIMALS).checkAssert(written -> assertEquals(
                Double.doubleToRawLongBits(new BigDecimal(written).doubleValue()),
                Double.doubleToRawLongBits(Cells.parseFiniteDouble(written)), written));
    }

    @Test
    void coordinatesOfTheReferenceInventoryReadExactly() {
        assertEquals(-2.894475918, Cells.parseFiniteDouble("-2.894475918"));
        assertEquals(-79.46243939, Cells.parseFiniteDouble("-79.46243939"));
        assertEquals(0.0, Cells.parseFiniteDouble("-0.000"));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Cells.parseFiniteDouble("-0")));
    }
}
