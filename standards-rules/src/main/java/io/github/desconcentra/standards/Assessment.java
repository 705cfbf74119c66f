package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Ids;

/**
 * Whether the supply a requirement is compared with was assessed: unknown supply is not zero. A line is
 * {@link #ASSESSED} when, over the unit where it is compared, every typology it counts is covered by an inventory
 * source that declares itself complete for that measure and every establishment counted has a known value of it;
 * {@link #NOT_ASSESSED} when no source covers any of them there; {@link #PARTLY_ASSESSED} otherwise (the supply counted
 * is a lower bound, so the deficit is an upper bound).
 */
public enum Assessment {
    /** The supply is known: the deficit is a deficit. */
    ASSESSED,
    /** Part of the supply is known: the supply counted is a lower bound and the deficit an upper bound. */
    PARTLY_ASSESSED,
    /** Nothing is known of the supply: the line states the requirement and "supply unknown", not a deficit. */
    NOT_ASSESSED;

    /** The identifier, kept with the constant: report writers ask for it on every row. */
    private final String id = Ids.ofName(name());

    /** The identifier used in files: {@code assessed}, {@code partly_assessed}, {@code not_assessed}. */
    public String id() {
        return id;
    }

    /** The state of a sum of lines in these two states: the same when they agree, partly assessed otherwise. */
    public Assessment and(Assessment other) {
        return other == null || other == this ? this : PARTLY_ASSESSED;
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static Assessment fromId(String id) {
        return Ids.parse(Assessment.class, id, "assessment");
    }
}
