package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * Target-group counts supplied by a user for one parish or circuit at the census year; they replace the estimate
 * from {@link AgeShares}. The total, when given, must equal the unit's population (validation reports it otherwise).
 * When the territory is projected to another year, the groups are scaled with the unit's population.
 *
 * @param unit a parish or circuit code, never null
 * @param demographics the counts; its total is the unit's population as the user knows it
 */
public record DemographicOverride(UnitCode unit, Demographics demographics) {
    /** @throws NullPointerException when an argument is null */
    public DemographicOverride {
        Preconditions.requireNonNull(unit, "unit of a demographic override");
        Preconditions.requireNonNull(demographics, "demographics of " + unit);
    }
}
