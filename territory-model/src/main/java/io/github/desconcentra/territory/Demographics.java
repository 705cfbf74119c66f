package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.EnumMap;
import java.util.Map;

/**
 * The population of a unit: its total and the target groups that standards use. Counts are whole people.
 *
 * @param total not negative
 * @param children0to2 not negative
 * @param children3to4 not negative
 * @param schoolAge5to17 not negative
 * @param adults65Plus not negative
 */
public record Demographics(long total, long children0to2, long children3to4, long schoolAge5to17,
                           long adults65Plus) {

    /** No people. */
    public static final Demographics ZERO = new Demographics(0, 0, 0, 0, 0);

    /**
     * @throws IllegalArgumentException naming the value when a count is negative or the groups add up to more than
     *     the total
     */
    public Demographics {
        Preconditions.requireNonNegative(total, "total population", "demographics");
        Preconditions.requireNonNegative(children0to2, "children 0-2", "demographics");
        Preconditions.requireNonNegative(children3to4, "children 3-4", "demographics");
        Preconditions.requireNonNegative(schoolAge5to17, "school age 5-17", "demographics");
        Preconditions.requireNonNegative(adults65Plus, "adults 65+", "demographics");
        long groups = Math.addExact(Math.addExact(children0to2, children3to4), Math.addExact(schoolAge5to17,
                adults65Plus));
        Preconditions.check(groups <= total, "age groups add up to %d, more than the total population %d", groups,
                total);
    }

    /** Builds demographics from a total and a count per group (missing groups are 0). */
    public static Demographics of(long total, Map<AgeGroup, Long> groups) {
        return new Demographics(total, groups.getOrDefault(AgeGroup.CHILDREN_0_2, 0L),
                groups.getOrDefault(AgeGroup.CHILDREN_3_4, 0L), groups.getOrDefault(AgeGroup.SCHOOL_AGE_5_17, 0L),
                groups.getOrDefault(AgeGroup.ADULTS_65_PLUS, 0L));
    }

    /** The count of one group. */
    public long get(AgeGroup group) {
        return switch (group) {
            case CHILDREN_0_2 -> children0to2;
            case CHILDREN_3_4 -> children3to4;
            case SCHOOL_AGE_5_17 -> schoolAge5to17;
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
                Math.addExact(children3to4, other.children3to4), Math.addExact(schoolAge5to17, other.schoolAge5to17),
                Math.addExact(adults65Plus, other.adults65Plus));
    }
}
