package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RequirementProperties {
    private static final BigDecimal MAX = BigDecimal.valueOf(Requirement.MAX_QUANTITY);

    @Test
    void aQuotientInLongsIsTheBigDecimalQuotientRoundedUp() {
        qt().withExamples(20_000).forAll(longs().between(-1_000L, 2_000_000_000L),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(1L, 1_000_000_000_000L),
                integers().between(0, 24 * 24 - 1)).checkAssert((driver, num, den, scales) -> {
                    BigDecimal numerator = BigDecimal.valueOf(num, scales / 24 - 4);
                    BigDecimal denominator = BigDecimal.valueOf(den, scales % 24 - 4);
                    BigDecimal exact = BigDecimal.valueOf(driver).multiply(numerator).divide(denominator, 0,
                            RoundingMode.CEILING);
                    long fast = Requirement.Builder.ceilingOf(driver, numerator, denominator);
                    if (exact.abs().compareTo(MAX) > 0) {
                        assertEquals(Requirement.NOT_IN_LONG, fast, exact.toPlainString());
                    } else if (fast != Requirement.NOT_IN_LONG) {
                        assertEquals(exact.longValueExact(), fast, driver + " x " + numerator + " / " + denominator);
                    }
                });
    }

    @Test
    void parametersOfTheStandardsAreWorkedOutInLongs() {
        qt().withExamples(5_000).forAll(longs().between(0L, 50_000_000L), integers().between(1, 100_000),
                integers().between(0, 6), integers().between(-6, 3)).checkAssert((people, unscaled, scale, shift) -> {
                    BigDecimal numerator = BigDecimal.valueOf(unscaled, scale);
                    BigDecimal denominator = BigDecimal.valueOf(unscaled + 7L, scale + shift);
                    BigDecimal exact = BigDecimal.valueOf(people).multiply(numerator).divide(denominator, 0,
                            RoundingMode.CEILING);
                    assertEquals(exact.longValueExact(), Requirement.Builder.ceilingOf(people, numerator,
                            denominator));
                });
    }
}
