package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Ids;

/**
 * How the target groups of a unit's people are known, so reports can say "census 2022" rather than "assumed national
 * shares". See {@link Territory#ageBasis(UnitCode)}.
 */
public enum AgeBasis {
    /**
     * From the parish's census age structure ({@link AgeStructure}): groups that follow five-year boundaries are
     * census counts, groups that cut a five-year group (0–2, 1–2, 3–4, 15–17 and hence 5–17) are interpolated
     * (status estimated).
     */
    CENSUS_STRUCTURE,
    /** Supplied by the user for the parish or circuit ({@link DemographicOverride}). */
    USER_SUPPLIED,
    /** Estimated from national shares ({@link AgeShares}) because the parish has no age structure: status assumed. */
    ASSUMED_SHARES;

    /** The lower-case identifier used in files and reports, e.g. {@code census_structure}. */
    public String id() {
        return Ids.of(this);
    }
}
