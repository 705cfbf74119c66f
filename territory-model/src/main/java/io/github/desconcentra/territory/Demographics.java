package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Apportionment;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The population of a unit: its total and the target groups that standards use (see {@link AgeGroup}). Counts are
 * whole people. The four main groups are disjoint and add up to at most the total; 1–2 is part of 0–2; 5–14 and
 * 15–17 add up exactly to 5–17.
 *
 * @param total not negative
 * @param children0to2 not negative
 * @param children1to2 not negative, at most {@code children0to2}
 * @param children3to4 not negative
 * @param schoolAge5to17 not negative
 * @param schoolAge5to14 not negative
 * @param schoolAge15to17 not negative; {@code schoolAge5to14 + schoolAge15to17 == schoolAge5to17}
 * @param adults65Plus not negative
 */
public record Demographics(long total, long children0to2, long children1to2, long children3to4, long schoolAge5to17,
                           long schoolAge5to14, long schoolAge15to17, long adults65Plus) {

    /** No people. */
    public static final Demographics ZERO = new Demographics(0, 0, 0, 0, 0, 0, 0, 0);

    /** The number of disjoint pieces a population is split into: age 0, 1–2, 3–4, 5–14, 15–17, 65+, the rest. */
    private static final int PIECES = 7;

    /**
     * @throws IllegalArgumentException naming the value when a count is negative, a nested group does not fit its
     *     group, or the main groups add up to more than the total
     */
    public Demographics {
        Preconditions.requireNonNegative(total, "total population", "demographics");
        Preconditions.requireNonNegative(children0to2, "children 0-2", "demographics");
        Preconditions.requireNonNegative(children1to2, "children 1-2", "demographics");
        Preconditions.requireNonNegative(children3to4, "children 3-4", "demographics");
        Preconditions.requireNonNegative(schoolAge5to17, "school age 5-17", "demographics");
        Preconditions.requireNonNegative(schoolAge5to14, "school age 5-14", "demographics");
        Preconditions.requireNonNegative(schoolAge15to17, "school age 15-17", "demographics");
        Preconditions.requireNonNegative(adults65Plus, "adults 65+", "demographics");
        // The messages' arguments are boxed only on failure: a projection makes demographics for every parish,
        // circuit part and unit of every year.
        if (children1to2 > children0to2) {
            throw Preconditions.failure("children 1-2 (%d) exceed children 0-2 (%d)", children1to2, children0to2);
        }
        if (Math.addExact(schoolAge5to14, schoolAge15to17) != schoolAge5to17) {
            throw Preconditions.failure("school age 5-14 (%d) and 15-17 (%d) do not add up to school age 5-17 (%d)",
                    schoolAge5to14, schoolAge15to17, schoolAge5to17);
        }
        long groups = Math.addExact(Math.addExact(children0to2, children3to4), Math.addExact(schoolAge5to17,
                adults65Plus));
        if (groups > total) {
            throw Preconditions.failure("age groups add up to %d, more than the total population %d", groups, total);
        }
    }

    /**
     * Builds demographics from a total and a count for every group.
     *
     * @throws IllegalArgumentException naming the group when one is missing, or as the constructor
     */
    public static Demographics of(long total, Map<AgeGroup, Long> groups) {
        for (AgeGroup g : AgeGroup.values()) {
            Preconditions.check(groups.get(g) != null, "age group %s is missing", g.id());
        }
        return new Demographics(total, groups.get(AgeGroup.CHILDREN_0_2), groups.get(AgeGroup.CHILDREN_1_2),
                groups.get(AgeGroup.CHILDREN_3_4), groups.get(AgeGroup.SCHOOL_AGE_5_17),
                groups.get(AgeGroup.SCHOOL_AGE_5_14), groups.get(AgeGroup.SCHOOL_AGE_15_17),
                groups.get(AgeGroup.ADULTS_65_PLUS));
    }

    /**
     * Demographics known only by the four main groups, with the nested groups split by <b>uniform single years of
     * age</b> (an assumption): 1–2 is 2/3 of 0–2 and 5–14 is 10/13 of 5–17, each rounded half-even; 15–17 is the rest
     * of 5–17. For hand-written figures (tests, scenarios) and as the last resort where nothing better is known; a
     * {@link Territory} uses census structures or user figures first.
     *
     * @throws IllegalArgumentException as the constructor
     */
    public static Demographics withUniformSubgroups(long total, long children0to2, long children3to4,
                                                    long schoolAge5to17, long adults65Plus) {
        long c12 = fraction(children0to2, 2, 3);
        long s514 = fraction(schoolAge5to17, 10, 13);
        return new Demographics(total, children0to2, c12, children3to4, schoolAge5to17, s514, schoolAge5to17 - s514,
                adults65Plus);
    }

    private static long fraction(long value, long numerator, long denominator) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The count of one group. */
    public long get(AgeGroup group) {
        return switch (group) {
            case CHILDREN_0_2 -> children0to2;
            case CHILDREN_1_2 -> children1to2;
            case CHILDREN_3_4 -> children3to4;
            case SCHOOL_AGE_5_17 -> schoolAge5to17;
            case SCHOOL_AGE_5_14 -> schoolAge5to14;
            case SCHOOL_AGE_15_17 -> schoolAge15to17;
            case ADULTS_65_PLUS -> adults65Plus;
        };
    }

    /** All groups, in {@link AgeGroup} order. */
    public Map<AgeGroup, Long> groups() {
        Map<AgeGroup, Long> m = new EnumMap<>(AgeGroup.class);
        for (AgeGroup g : AgeGroup.values()) {
            m.put(g, get(g));
        }
        return m;
    }

    /**
     * Sum of two units' demographics.
     *
     * @throws ArithmeticException on overflow
     */
    public Demographics plus(Demographics other) {
        return new Demographics(Math.addExact(total, other.total), Math.addExact(children0to2, other.children0to2),
                Math.addExact(children1to2, other.children1to2), Math.addExact(children3to4, other.children3to4),
                Math.addExact(schoolAge5to17, other.schoolAge5to17), Math.addExact(schoolAge5to14,
                other.schoolAge5to14), Math.addExact(schoolAge15to17, other.schoolAge15to17),
                Math.addExact(adults65Plus, other.adults65Plus));
    }

    /**
     * The same age structure for another total: the disjoint pieces (age 0, 1–2, 3–4, 5–14, 15–17, 65+ and everyone
     * else) are scaled in proportion and rounded to whole people by largest remainder, so they add up exactly.
     *
     * @param newTotal not negative
     * @throws IllegalArgumentException when this has no people but {@code newTotal} has (no structure to keep)
     */
    public Demographics scaledTo(long newTotal) {
        Preconditions.requireNonNegative(newTotal, "new total", "demographics");
        if (newTotal == total) {
            return this;
        }
        Preconditions.check(total > 0 || newTotal == 0, "cannot scale demographics of 0 people to %d people: the"
                + " age structure is unknown", newTotal);
        return fromPieces(Apportionment.largestRemainder(newTotal, pieces()));
    }

    /**
     * Splits these people among parts in proportion to weights: each disjoint piece (see {@link #scaledTo(long)}) is
     * apportioned by largest remainder (ties to the earlier part), so the parts add up exactly to this, group by
     * group.
     *
     * @param weights not negative; all zero splits equally
     * @return one element per weight, in order
     */
    public List<Demographics> apportion(List<BigDecimal> weights) {
        if (weights.size() == 1) {
            return List.of(this); // a whole parish in one circuit: nothing to split
        }
        long[] pieces = pieces();
        long[][] split = new long[PIECES][];
        for (int k = 0; k < PIECES; k++) {
            split[k] = Apportionment.largestRemainder(pieces[k], weights);
        }
        List<Demographics> parts = new ArrayList<>(weights.size());
        long[] one = new long[PIECES];
        for (int i = 0; i < weights.size(); i++) {
            for (int k = 0; k < PIECES; k++) {
                one[k] = split[k][i];
            }
            parts.add(fromPieces(one));
        }
        return parts;
    }

    private long[] pieces() {
        long rest = total - children0to2 - children3to4 - schoolAge5to17 - adults65Plus;
        return new long[] {children0to2 - children1to2, children1to2, children3to4, schoolAge5to14, schoolAge15to17,
                adults65Plus, rest};
    }

    private static Demographics fromPieces(long[] p) {
        long total = 0;
        for (long v : p) {
            total = Math.addExact(total, v);
        }
        return new Demographics(total, p[0] + p[1], p[1], p[2], p[3] + p[4], p[3], p[4], p[5]);
    }
}
