package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ApportionmentProperties {
    /** Weights as the loaders make them: counts, shares with a few decimals, many zeros, and ties. */
    private static final Gen<BigDecimal> WEIGHTS = integers().between(0, 3).zip(longs().between(0, 2_000_000),
            integers().between(-2, 8), (kind, unscaled, scale) -> switch (kind) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> BigDecimal.valueOf(unscaled % 7, 1);
                default -> BigDecimal.valueOf(unscaled, scale);
            });
    private static final Gen<List<BigDecimal>> WEIGHT_LISTS = lists().of(WEIGHTS).ofSizeBetween(0, 25);

    @Test
    void longArithmeticGivesTheSameSplitAsExactDecimalArithmetic() {
        qt().withExamples(5_000).forAll(longs().between(0, 50_000_000), WEIGHT_LISTS).checkAssert((total, weights) ->
                assertArrayEquals(Apportionment.largestRemainderDecimal(total, weights),
                        Apportionment.largestRemainder(total, weights), total + " over " + weights));
    }

    @Test
    void partsAddUpToTheTotal() {
        qt().withExamples(5_000).forAll(longs().between(0, 1_000_000_000_000L), lists().of(WEIGHTS).ofSizeBetween(1, 25))
                .checkAssert((total, weights) -> assertEquals((long) total,
                        Arrays.stream(Apportionment.largestRemainder(total, weights)).sum()));
    }

    @Test
    void splitsByHandExamplesAsTheLargestRemainderMethodDoes() {
        // 10 over 1:1:1 → quotas 3.33 each, one left, to the earliest: 4, 3, 3.
        assertArrayEquals(new long[] {4, 3, 3}, Apportionment.largestRemainder(10, weights("1", "1", "1")));
        // 100 over .125:.5:.375 → 12.5, 50, 37.5: the two halves tie, the earlier gets the person: 13, 50, 37.
        assertArrayEquals(new long[] {13, 50, 37},
                Apportionment.largestRemainder(100, weights("0.125", "0.5", "0.375")));
        // All weights zero: split equally, 7 over 3 → 3, 2, 2.
        assertArrayEquals(new long[] {3, 2, 2}, Apportionment.largestRemainder(7, weights("0", "0", "0")));
        // 2 over .4:0:.1:.1 → 1.33, 0, .33, .33: three remainders of exactly 1/3 tie, the earliest gets the person.
        // (Quotas rounded to DECIMAL128 made 1.333…3 a digit shorter than .333…33 and gave it to the third part.)
        assertArrayEquals(new long[] {2, 0, 0, 0}, Apportionment.largestRemainder(2, weights("0.4", "0", "0.1", "0.1")));
        assertArrayEquals(new long[] {2, 0, 0, 0},
                Apportionment.largestRemainderDecimal(2, weights("0.4", "0", "0.1", "0.1")));
    }

    @Test
    void weightsTooFineForLongsStillSplitByTheirDecimalQuotas() {
        List<BigDecimal> fine = weights("1E-30", "1", "3");
        assertArrayEquals(Apportionment.largestRemainderDecimal(1_000, fine), Apportionment.largestRemainder(1_000, fine));
        assertArrayEquals(new long[] {0, 250, 750}, Apportionment.largestRemainder(1_000, fine));
    }

    private static List<BigDecimal> weights(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
