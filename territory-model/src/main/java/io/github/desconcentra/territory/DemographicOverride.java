package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Apportionment;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Target-group counts supplied by a user for one parish or circuit at the census year; they win over the census age
 * structure and over {@link AgeShares}. The total must equal the unit's population (validation reports it
 * otherwise). The four main groups are required; the nested groups (1–2, 5–14, 15–17) may be left out, and are then
 * split from their group like the unit's own estimate (its census structure, or the shares), or by uniform single
 * years where that estimate has nobody in the group — see {@link #resolve(Demographics)}. When the territory is
 * projected to another year, the resolved groups are scaled with the unit's population.
 *
 * @param unit a parish or circuit code, never null
 * @param total the unit's population as the user knows it, not negative
 * @param groups the supplied groups: every main group, optionally nested ones; copied
 */
public record DemographicOverride(UnitCode unit, long total, Map<AgeGroup, Long> groups) {

    /** @throws IllegalArgumentException naming the unit and group when a group is missing, negative or inconsistent */
    public DemographicOverride {
        Preconditions.requireNonNull(unit, "unit of a demographic override");
        Preconditions.requireNonNull(groups, "groups of " + unit);
        Preconditions.requireNonNegative(total, "total", unit);
        long main = 0;
        for (AgeGroup g : AgeGroup.values()) {
            Long v = groups.get(g);
            Preconditions.check(v != null || !g.isMain(), "age group %s is missing (%s)", g.id(), unit);
            if (v != null) {
                Preconditions.requireNonNegative(v, g.id(), unit);
                if (g.isMain()) {
                    main = Math.addExact(main, v);
                }
            }
        }
        Preconditions.check(main <= total, "age groups add up to %d, more than the total population %d (%s)", main,
                total, unit);
        Long c12 = groups.get(AgeGroup.CHILDREN_1_2);
        Preconditions.check(c12 == null || c12 <= groups.get(AgeGroup.CHILDREN_0_2),
                "children 1-2 (%d) exceed children 0-2 (%d) (%s)", c12, groups.get(AgeGroup.CHILDREN_0_2), unit);
        Long s514 = groups.get(AgeGroup.SCHOOL_AGE_5_14);
        Long s1517 = groups.get(AgeGroup.SCHOOL_AGE_15_17);
        long s517 = groups.get(AgeGroup.SCHOOL_AGE_5_17);
        Preconditions.check(s514 == null || s514 <= s517, "school age 5-14 (%d) exceeds school age 5-17 (%d) (%s)",
                s514, s517, unit);
        Preconditions.check(s1517 == null || s1517 <= s517, "school age 15-17 (%d) exceeds school age 5-17 (%d)"
                + " (%s)", s1517, s517, unit);
        Preconditions.check(s514 == null || s1517 == null || s514 + s1517 == s517, "school age 5-14 (%d) and 15-17"
                + " (%d) do not add up to school age 5-17 (%d) (%s)", s514, s1517, s517, unit);
        groups = Map.copyOf(new EnumMap<>(groups));
    }

    /** Every group supplied. */
    public DemographicOverride(UnitCode unit, Demographics demographics) {
        this(unit, demographics.total(), demographics.groups());
    }

    /** True when the user supplied this group. */
    public boolean supplies(AgeGroup group) {
        return groups.containsKey(group);
    }

    /** True when every group, nested ones included, was supplied. */
    public boolean isComplete() {
        return groups.size() == AgeGroup.values().length;
    }

    /**
     * The supplied groups, with each nested group that was not supplied split from its group in the proportion of
     * {@code estimate} (largest remainder), or by uniform single years of age (1–2 is 2 of the 3 years of 0–2; 5–14
     * is 10 of the 13 years of 5–17) when the estimate has nobody in that group.
     *
     * @param estimate the unit's own estimate (census structure or shares), never null
     */
    public Demographics resolve(Demographics estimate) {
        long c02 = groups.get(AgeGroup.CHILDREN_0_2);
        long s517 = groups.get(AgeGroup.SCHOOL_AGE_5_17);
        long c12 = groups.containsKey(AgeGroup.CHILDREN_1_2) ? groups.get(AgeGroup.CHILDREN_1_2)
                : split(c02, estimate.children1to2(), estimate.children0to2() - estimate.children1to2(), 2, 1);
        long s514;
        if (groups.containsKey(AgeGroup.SCHOOL_AGE_5_14)) {
            s514 = groups.get(AgeGroup.SCHOOL_AGE_5_14);
        } else if (groups.containsKey(AgeGroup.SCHOOL_AGE_15_17)) {
            s514 = s517 - groups.get(AgeGroup.SCHOOL_AGE_15_17);
        } else {
            s514 = split(s517, estimate.schoolAge5to14(), estimate.schoolAge15to17(), 10, 3);
        }
        return new Demographics(total, c02, c12, groups.get(AgeGroup.CHILDREN_3_4), s517, s514, s517 - s514,
                groups.get(AgeGroup.ADULTS_65_PLUS));
    }

    /** The first part of {@code whole} split as {@code a : b}, or as {@code uniformA : uniformB} when both are 0. */
    private static long split(long whole, long a, long b, long uniformA, long uniformB) {
        boolean none = a == 0 && b == 0;
        return Apportionment.largestRemainder(whole, List.of(BigDecimal.valueOf(none ? uniformA : a),
                BigDecimal.valueOf(none ? uniformB : b)))[0];
    }
}
