package io.github.desconcentra.territory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a five-year age group into single years with Sprague's fifth-difference osculatory multipliers, then rounds
 * chosen runs of single years to whole people so they add up exactly to the group. Internal.
 *
 * <p>The multipliers are those published in H. S. Shryock and J. S. Siegel, <i>The Methods and Materials of
 * Demography</i> (U.S. Bureau of the Census, 1973; condensed edition 1976), Appendix C, "Sprague multipliers", and in
 * J. S. Siegel and D. A. Swanson (eds.), <i>The Methods and Materials of Demography</i>, 2nd ed. (Elsevier, 2004),
 * p. 727; they are also the matrix of the UN Population Division's {@code DemoTools::graduate_sprague}. A single year
 * of the group {@code G[i]} is a weighted sum of five consecutive groups: the first group uses {@code G[0..4]}, the
 * second {@code G[0..4]}, a middle group {@code G[i-2..i+2]}. Each panel's columns add up to 1 for the group itself
 * and 0 for the others, so the five single years add up exactly to the group.
 *
 * <p>The multipliers are held as integers in ten-thousandths, so the single years are computed exactly. Where a
 * single year comes out negative (an irregular small population), it is set to 0 and the group is shared among the
 * other years in proportion to their values: the group total is always kept.
 */
public final class Sprague {
    /** The scale of the integer multipliers: 10,000 (they have four decimals). */
    public static final int SCALE = 10_000;

    /** Panel for the first five-year group (ages 0–4), applied to groups 0..4. Rows: single years; columns: groups. */
    private static final int[][] FIRST = {
            {3616, -2768, 1488, -336, 0},
            {2640, -960, 400, -80, 0},
            {1840, 400, -320, 80, 0},
            {1200, 1360, -720, 160, 0},
            {704, 1968, -848, 176, 0}};

    /** Panel for the second group (ages 5–9), applied to groups 0..4. */
    private static final int[][] SECOND = {
            {336, 2272, -752, 144, 0},
            {80, 2320, -480, 80, 0},
            {-80, 2160, -80, 0, 0},
            {-160, 1840, 400, -80, 0},
            {-176, 1408, 912, -144, 0}};

    /** Panel for a middle group {@code i}, applied to groups {@code i-2..i+2}. */
    private static final int[][] MIDDLE = {
            {-128, 848, 1504, -240, 16},
            {-16, 144, 2224, -416, 64},
            {64, -336, 2544, -336, 64},
            {64, -416, 2224, 144, -16},
            {16, -240, 1504, 848, -128}};

    private Sprague() {
    }

    /**
     * The five single years of group {@code index}, exactly, in units of 1/{@link #SCALE} person (they may be
     * negative). Groups near the end of the list (which would need the last two panels) are not supported: the
     * targets of Desconcentra cut only the groups 0–4 and 15–19.
     *
     * @param groups five-year groups from age 0, at least {@code index + 3} of them (at least 5)
     * @param index the group to split: 0, 1, or a middle group with two groups on each side
     * @throws IllegalArgumentException when the groups around {@code index} are missing
     */
    public static long[] singleYearsScaled(long[] groups, int index) {
        int[][] panel;
        int first;
        if (index == 0 || index == 1) {
            panel = index == 0 ? FIRST : SECOND;
            first = 0;
        } else {
            panel = MIDDLE;
            first = index - 2;
        }
        Preconditions.check(index >= 0 && groups.length >= first + 5, "Sprague interpolation of group %d needs five"
                + " groups around it, got %d groups", index, groups.length);
        long[] years = new long[5];
        for (int y = 0; y < 5; y++) {
            long v = 0;
            for (int g = 0; g < 5; g++) {
                v = Math.addExact(v, Math.multiplyExact(panel[y][g], groups[first + g]));
            }
            years[y] = v;
        }
        return years;
    }

    /**
     * Splits group {@code index} into runs of consecutive single years and rounds each run to whole people by largest
     * remainder (ties to the earlier run), so the runs add up exactly to the group.
     *
     * @param groups five-year groups from age 0
     * @param index the group to split (see {@link #singleYearsScaled(long[], int)})
     * @param runs the lengths of consecutive runs of single years, adding up to 5, e.g. {@code {1, 2, 2}} for
     *     ages 0, 1–2, 3–4
     * @return one whole number per run, adding up to {@code groups[index]}
     */
    public static long[] split(long[] groups, int index, int... runs) {
        long[] years = singleYearsScaled(groups, index);
        long[] weights = new long[runs.length];
        long sum = 0;
        int y = 0;
        for (int r = 0; r < runs.length; r++) {
            for (int k = 0; k < runs[r]; k++) {
                weights[r] += Math.max(0, years[y++]);
            }
            sum += weights[r];
        }
        Preconditions.check(y == 5, "runs must cover the five single years of a group, not %d", y);
        long total = groups[index];
        if (total == 0 || sum == 0) {
            return new long[runs.length];
        }
        try {
            return largestRemainder(total, weights, sum);
        } catch (ArithmeticException tooLarge) {
            List<BigDecimal> w = new ArrayList<>(runs.length);
            for (long v : weights) {
                w.add(BigDecimal.valueOf(v));
            }
            return Apportionment.largestRemainder(total, w);
        }
    }

    /**
     * Largest remainder in exact integer arithmetic (this runs for every parish at every load): part {@code i} gets
     * {@code floor(total * w[i] / sum)}, and the people left go one each to the largest remainders, ties to the
     * earlier part, as {@link Apportionment#largestRemainder}.
     *
     * @throws ArithmeticException when {@code total * w[i]} overflows a long
     */
    private static long[] largestRemainder(long total, long[] w, long sum) {
        long[] parts = new long[w.length];
        long[] remainders = new long[w.length];
        long left = total;
        for (int i = 0; i < w.length; i++) {
            long product = Math.multiplyExact(total, w[i]);
            parts[i] = product / sum;
            remainders[i] = product % sum;
            left -= parts[i];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < w.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    /** True when Sprague gives a negative single year in group {@code index} (then set to 0 by {@link #split}). */
    public static boolean hasNegativeYear(long[] groups, int index) {
        for (long v : singleYearsScaled(groups, index)) {
            if (v < 0) {
                return true;
            }
        }
        return false;
    }
}
