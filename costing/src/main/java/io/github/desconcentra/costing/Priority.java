package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The priority score of a project and the inputs it was computed from, all from the gap line the project closes, in
 * the first year the project is needed.
 *
 * @param score larger first; see {@link PriorityPolicy.Kind} for the formula of each policy
 * @param year the year of the inputs (the first year the project is needed)
 * @param required what the standard requires of the unit that year
 * @param deficit what is missing that year (for a refurbishment: missing plus needing repair)
 * @param metBefore the part of the deficit the unit's earlier projects of the same typology and action meet (the
 *     project comes after them)
 * @param shareUnmet {@code (deficit - metBefore) / required}, 4 decimals half-even, within [0, 1]: the share of the
 *     standard still unmet when the project comes
 * @param people the population of the unit that year
 * @param peopleServed the people the project serves: {@code people × quantity / required}, half-even
 * @param weight the poverty weight of the unit (1 unless the policy weighs units)
 */
public record Priority(BigDecimal score, int year, long required, long deficit, long metBefore, BigDecimal shareUnmet,
                       long people, long peopleServed, BigDecimal weight) {
    /** @throws IllegalArgumentException naming the value when an input is out of range */
    public Priority {
        Preconditions.requireNonNull(score, "priority score");
        Preconditions.check(score.signum() >= 0, "priority score must not be negative: %s", score);
        Preconditions.requireNonNegative(required, "required", "priority");
        Preconditions.requireNonNegative(deficit, "deficit", "priority");
        Preconditions.requireNonNegative(metBefore, "met before", "priority");
        Preconditions.check(shareUnmet.signum() >= 0 && shareUnmet.compareTo(BigDecimal.ONE) <= 0,
                "share unmet must be within [0, 1]: %s", shareUnmet);
        Preconditions.requireNonNegative(people, "people", "priority");
        Preconditions.requireNonNegative(peopleServed, "people served", "priority");
        Preconditions.check(weight.signum() >= 0, "weight must not be negative: %s", weight);
    }

    /**
     * The people of the unit the standard leaves unserved when the project comes: {@code share unmet × people},
     * half-even to a whole person. Breaks ties between equal scores (larger first).
     */
    public long peopleUnserved() {
        return shareUnmet.multiply(BigDecimal.valueOf(people)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /**
     * The inputs in words, e.g.
     * {@code year=2027; share_unmet=0.5000 (deficit 3 less 1 met before, of 4 required); people=200000; ...}.
     */
    public String inputs() {
        // Appended rather than String.format: the reports ask for it three times per plan line, and a format string is
        // parsed at every call (same text: %d of Locale.ROOT is the plain decimal of the number).
        StringBuilder b = new StringBuilder(160).append("year=").append(year).append("; share_unmet=")
                .append(shareUnmet.toPlainString()).append(" (deficit ").append(deficit).append(" less ")
                .append(metBefore).append(" met before, of ").append(required).append(" required); people=")
                .append(people).append("; people_served=").append(peopleServed);
        if (weight.compareTo(BigDecimal.ONE) != 0) {
            b.append("; weight=").append(weight.toPlainString());
        }
        return b.toString();
    }
}
