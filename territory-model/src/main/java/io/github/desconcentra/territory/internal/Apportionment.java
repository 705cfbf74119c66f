package io.github.desconcentra.territory.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Splits a whole number of people among parts in proportion to weights, so the parts add up exactly to the total
 * (largest-remainder method; ties go to the earlier part). Internal.
 *
 * <p>The quotas are the exact fractions {@code total × weight / sum}; a remainder is compared with another exactly
 * (as {@code total × weight − floor × sum}, all over the same {@code sum}), so equal fractions tie and the earlier part
 * wins. When the weights are decimals whose unscaled values over a common scale add up to {@code S} with
 * {@code total × S} within a {@code long}, the same arithmetic is done in {@code long}s (floor and remainder numerator
 * over {@code S}); otherwise in {@link BigDecimal}s, exactly (no division is rounded). Territory loading and
 * projection call this a few thousand times; the decimal arithmetic was about 40 % of their time. (Until 30 November
 * 2026 the decimal path rounded the quotas to DECIMAL128, which could break a tie of exact quotas the wrong way, e.g.
 * 2 over 0.4 : 0 : 0.1 : 0.1, whose remainders are all 1/3.)
 */
public final class Apportionment {
    private Apportionment() {
    }

    /**
     * @param total not negative
     * @param weights not negative; if they are all zero the total is split equally
     * @return one whole number per weight, adding up to {@code total}
     */
    public static long[] largestRemainder(long total, List<BigDecimal> weights) {
        int n = weights.size();
        if (n == 0 || total == 0) {
            return new long[n];
        }
        long[] unscaled = total < 0 ? null : unscaled(weights);
        long[] exact = unscaled == null ? null : exactInLongs(total, unscaled);
        return exact != null ? exact : largestRemainderDecimal(total, weights);
    }

    /**
     * {@link #largestRemainder(long, List)} with whole-number weights (people, counts): the same parts, without
     * making a decimal of each weight (a projection apportions every canton's and parish's people each year).
     *
     * @param total not negative
     * @param weights not negative; if they are all zero the total is split equally; not modified
     * @return one whole number per weight, adding up to {@code total}
     */
    public static long[] largestRemainder(long total, long[] weights) {
        int n = weights.length;
        if (n == 0 || total == 0) {
            return new long[n];
        }
        boolean negative = total < 0;
        for (long w : weights) {
            negative |= w < 0;
        }
        long[] exact = negative ? null : exactInLongs(total, weights.clone());
        if (exact != null) {
            return exact;
        }
        List<BigDecimal> decimals = new java.util.ArrayList<>(n);
        for (long w : weights) {
            decimals.add(BigDecimal.valueOf(w));
        }
        return largestRemainderDecimal(total, decimals);
    }

    /**
     * The weights' unscaled values at their largest scale (a common denominator), or null when one is negative or
     * does not fit a {@code long} there.
     */
    private static long[] unscaled(List<BigDecimal> weights) {
        int n = weights.size();
        int scale = Integer.MIN_VALUE;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                return null;
            }
            scale = Math.max(scale, w.scale());
        }
        long[] unscaled = new long[n];
        try {
            for (int i = 0; i < n; i++) {
                BigDecimal w = weights.get(i);
                unscaled[i] = w.signum() == 0 ? 0 : w.setScale(scale).unscaledValue().longValueExact();
            }
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        return unscaled;
    }

    /**
     * The apportionment of a positive total in {@code long} arithmetic over non-negative weights on one denominator,
     * or null when their sum or {@code total × sum} does not fit (see the class notes). {@code unscaled} is the
     * caller's to give up: it is overwritten when the weights are all zero.
     */
    private static long[] exactInLongs(long total, long[] unscaled) {
        int n = unscaled.length;
        long[] result = new long[n];
        long sum = 0;
        try {
            for (int i = 0; i < n; i++) {
                sum = Math.addExact(sum, unscaled[i]);
            }
            if (sum == 0) {
                java.util.Arrays.fill(unscaled, 1);
                sum = n;
            }
            Math.multiplyExact(total, sum);
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long numerator = total * unscaled[i];
            result[i] = numerator / sum;
            remainders[i] = numerator % sum;
            assigned += result[i];
        }
        boolean[] topped = new boolean[n];
        int toppedCount = 0;
        for (long left = total - assigned; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!topped[i] && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            result[best]++;
            topped[best] = true;
            if (++toppedCount == n) {
                java.util.Arrays.fill(topped, false);
                java.util.Arrays.fill(remainders, 0);
                toppedCount = 0;
            }
        }
        return result;
    }

    /** The apportionment in exact {@link BigDecimal} arithmetic, for weights that do not fit {@code long}s. */
    static long[] largestRemainderDecimal(long total, List<BigDecimal> weights) {
        int n = weights.size();
        long[] result = new long[n];
        if (n == 0 || total == 0) {
            return result;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        boolean equal = sum.signum() == 0;
        BigDecimal divisor = equal ? BigDecimal.valueOf(n) : sum;
        BigDecimal t = BigDecimal.valueOf(total);
        BigDecimal[] remainders = new BigDecimal[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal[] floorAndRest = (equal ? t : t.multiply(weights.get(i))).divideAndRemainder(divisor);
            result[i] = floorAndRest[0].longValueExact();
            remainders[i] = floorAndRest[1];
            assigned += result[i];
        }
        boolean[] topped = new boolean[n];
        int toppedCount = 0;
        for (long left = total - assigned; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!topped[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            result[best]++;
            topped[best] = true;
            if (++toppedCount == n) {
                java.util.Arrays.fill(topped, false);
                java.util.Arrays.fill(remainders, BigDecimal.ZERO);
                toppedCount = 0;
            }
        }
        return result;
    }
}
