package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ReportGeoJsonProperties {
    private static String decimal(double d) {
        return BigDecimal.valueOf(d).setScale(5, RoundingMode.HALF_EVEN).toString();
    }

    @Test
    void aCoordinateIsWrittenAsItsDecimalRoundedToFivePlaces() {
        qt().withExamples(20_000).forAll(doubles().between(-200, 200))
                .checkAssert(d -> assertEquals(decimal(d), ReportGeoJson.fiveDecimals(d), Double.toString(d)));
        qt().withExamples(20_000).forAll(doubles().any()).assuming(Double::isFinite)
                .checkAssert(d -> assertEquals(decimal(d), ReportGeoJson.fiveDecimals(d), Double.toString(d)));
    }

    @Test
    void aCoordinateOnAHalfOrOnNinesRoundsAsTheDecimalDoes() {
        // Five decimals then digits chosen to hit the half (to even either way), just above it, and carries through
        // nines up to a new leading digit, on both signs.
        qt().withExamples(20_000).forAll(integers().between(-9_999_999, 9_999_999), integers().between(0, 7))
                .checkAssert((units, tail) -> {
                    String[] tails = {"5", "50001", "49999", "999995", "000005", "000015", "9", "1"};
                    int magnitude = Math.abs(units);
                    double d = Double.parseDouble(magnitude / 100_000 + "." + String.format(java.util.Locale.ROOT,
                            "%05d", magnitude % 100_000) + tails[tail]) * (units < 0 ? -1 : 1);
                    assertEquals(decimal(d), ReportGeoJson.fiveDecimals(d), Double.toString(d));
                });
        for (double d : new double[] {0.0, -0.0, 99.999995, -99.999995, 9.999995, 0.000005, 0.001, -0.00100000001,
            1e7, -78.000005, -78.000015, 1.5e-5, 123.4}) {
            assertEquals(decimal(d), ReportGeoJson.fiveDecimals(d), Double.toString(d));
        }
    }
}
