package io.github.desconcentra.territory;

/** The invariants that {@link TerritoryValidator} checks; each violation names one. */
public enum Check {
    /** Two units of the same level share a code. */
    DUPLICATE_CODE,
    /** A unit names a parent (province, canton, zone, district) that does not exist. */
    PARENT_MISSING,
    /**
     * A code does not nest in its parent's code: a parish not starting with its canton's digits, a canton not
     * starting with its province's, a circuit not starting with its district's code, an urban parish not starting
     * with its seat's canton digits. (Parents of the wrong level cannot be expressed: every parent reference is typed
     * by level.)
     *
     * <p>Known exception: a circuit code of the former non-delimited zones ({@code 000C01}–{@code 000C99}, see
     * {@link CircuitCode#isNonDelimited()}) nests in no district and may be attached to any district; the other
     * checks (the district exists, holds whole cantons, lies in one zone) still apply to it.
     */
    CODE_NOT_NESTED,
    /** A zone, district or circuit holds no parish; a province or canton has no parish; the territory has none. */
    EMPTY_UNIT,
    /**
     * A circuit names a parish that does not exist, or names the same parish twice; or an age structure or a
     * polygon is given for a parish that does not exist.
     */
    UNKNOWN_PARISH,
    /** A parish lies in no circuit. */
    PARISH_NOT_COVERED,
    /** The shares of a parish held by circuits add up to more than 1: it is covered twice. */
    PARISH_COVERED_TWICE,
    /** The shares of a parish held by circuits add up to less than 1: part of its people are in no circuit. */
    PARISH_PARTLY_COVERED,
    /** A district holds part of a canton and something else: a district is one canton, a union of whole cantons,
     * or a part of one split canton. */
    DISTRICT_CROSSES_CANTON,
    /** A zone holds part of a province outside the metropolitan-zone exception. */
    ZONE_CROSSES_PROVINCE,
    /** A metropolitan zone does not hold exactly its declared cantons. */
    METROPOLITAN_ZONE_MISMATCH,
    /**
     * A population figure does not add up: a supplied total differs from the sum of its parts, or a parish's age
     * structure does not add up to its population.
     */
    POPULATION_DOES_NOT_ADD_UP,
    /** A demographic override names a unit that does not exist or is not a parish or circuit. */
    OVERRIDE_UNIT,
    /** A district's office parish is not a known parish. */
    UNKNOWN_SEAT,
    /** A district holds no parish of the province its code names, outside a metropolitan zone. */
    DISTRICT_CODE_PROVINCE,
    /**
     * An urban parish does not fit the territory: its code is used twice or is also a parish code, its seat is not a
     * parish, it names a circuit that does not exist or does not hold its seat; or a circuit's parish part names an
     * urban parish that is not recorded, belongs to another seat, or does not list that circuit.
     */
    URBAN_PARISH,
    /**
     * A parish with people has no age structure while others have one: its groups are estimated from the assumed
     * shares (a warning).
     */
    AGE_STRUCTURE_MISSING,
    /** A parish has no polygon while others have one: outlines holding it are not exact (a warning). */
    POLYGON_MISSING
}
