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
    void wholeNumberWeightsGiveTheSameSplitAsTheirDecimals() {
        // Counts (people of parishes or age groups), zeros, ties, and weights whose product with the total no longer
        // fits a long (the decimal path), on totals up to a trillion.
        Gen<Long> counts = integers().between(0, 3).zip(longs().between(0, Long.MAX_VALUE / 4), (kind, n) ->
                switch (kind) {
                    case 0 -> 0L;
                    case 1 -> n % 5;
                    case 2 -> n % 3_000_000;
                    default -> n;
                });
        qt().withExamples(5_000).forAll(longs().between(0, 1_000_000_000_000L), lists().of(counts).ofSizeBetween(0, 25))
                .checkAssert((total, ws) -> {
                    long[] whole = ws.stream().mapToLong(Long::longValue).toArray();
                    long[] before = whole.clone();
                    assertArrayEquals(Apportionment.largestRemainderDecimal(total, ws.stream()
                            .map(BigDecimal::valueOf).toList()), Apportionment.largestRemainder(total, whole),
                            total + " over " + ws);
                    assertArrayEquals(before, whole, "the weights are left as they were");
                });
        // By hand: 10 over 1:1:1 → 4, 3, 3; 7 over 0:0:0 → 3, 2, 2 (equal split); 5 over 2:0:3 → 2, 0, 3.
        assertArrayEquals(new long[] {4, 3, 3}, Apportionment.largestRemainder(10, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {3, 2, 2}, Apportionment.largestRemainder(7, new long[] {0, 0, 0}));
        assertArrayEquals(new long[] {2, 0, 3}, Apportionment.largestRemainder(5, new long[] {2, 0, 3}));
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
