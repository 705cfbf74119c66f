package io.github.desconcentra.territory.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Splits a whole number of people among parts in proportion to weights, so the parts add up exactly to the total
 * (largest-remainder method; ties go to the earlier part). Internal.
 *
 * <p>The quotas are defined as {@code total × weight / sum} rounded to {@link MathContext#DECIMAL128}. When the
 * weights are decimals whose unscaled values over a common scale add up to {@code S} with {@code total × S} within a
 * {@code long}, the quotas are computed exactly in {@code long} arithmetic instead (floor and remainder numerator over
 * {@code S}): the result is the same, since distinct remainders then differ by {@code 1/S}, more than the 34th
 * significant digit DECIMAL128 rounds at, and no remainder comes within it of a whole number. Territory loading and
 * projection call this a few thousand times; the decimal divisions were about 40 % of their time.
 */
public final class Apportionment {
    private static final MathContext MC = MathContext.DECIMAL128;

    private Apportionment() {
    }

    /**
     * @param total not negative
     * @param weights not negative; if they are all zero the total is split equally
     * @return one whole number per weight, adding up to {@code total}
     */
    public static long[] largestRemainder(long total, List<BigDecimal> weights) {
        long[] exact = exactInLongs(total, weights);
        return exact != null ? exact : largestRemainderDecimal(total, weights);
    }

    /** The apportionment in {@code long} arithmetic, or null when the weights do not fit it (see the class notes). */
    private static long[] exactInLongs(long total, List<BigDecimal> weights) {
        int n = weights.size();
        long[] result = new long[n];
        if (n == 0 || total == 0) {
            return result;
        }
        if (total < 0) {
            return null;
        }
        int scale = Integer.MIN_VALUE;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                return null;
            }
            scale = Math.max(scale, w.scale());
        }
        long[] unscaled = new long[n];
        long sum = 0;
        try {
            for (int i = 0; i < n; i++) {
                BigDecimal w = weights.get(i);
                unscaled[i] = w.signum() == 0 ? 0 : w.setScale(scale).unscaledValue().longValueExact();
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

    /** The apportionment with DECIMAL128 quotas: the definition, used when the weights do not fit {@code long}s. */
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
        BigDecimal[] remainders = new BigDecimal[n];
        long assigned = 0;
        BigDecimal t = BigDecimal.valueOf(total);
        for (int i = 0; i < n; i++) {
            BigDecimal quota = sum.signum() == 0 ? t.divide(BigDecimal.valueOf(n), MC)
                    : t.multiply(weights.get(i)).divide(sum, MC);
            BigDecimal floor = quota.setScale(0, RoundingMode.FLOOR);
            result[i] = floor.longValueExact();
            remainders[i] = quota.subtract(floor);
            assigned += result[i];
        }
        long left = total - assigned;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] != null && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            if (best < 0) {
                best = 0;
            }
            result[best]++;
            remainders[best] = null;
            left--;
            if (allNull(remainders)) {
                java.util.Arrays.fill(remainders, BigDecimal.ZERO);
            }
        }
        return result;
    }

    private static boolean allNull(BigDecimal[] a) {
        for (BigDecimal b : a) {
            if (b != null) {
                return false;
            }
        }
        return true;
    }
}
