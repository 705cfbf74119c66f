package io.github.desconcentra.territory.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Splits a whole number of people among parts in proportion to weights, so the parts add up exactly to the total
 * (largest-remainder method; ties go to the earlier part). Internal.
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
