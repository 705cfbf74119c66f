package io.github.desconcentra.costing;

/**
 * How far the supply behind a gap line is known (unknown is not zero). Only an assessed line is costed and planned:
 * a partly assessed line's deficit is an upper bound, and a line whose supply was not assessed has no known deficit.
 */
public enum SupplyAssessment {
    /** The supply is known: the deficit is a deficit. */
    ASSESSED,
    /** Part of the supply is known: the deficit is an upper bound. */
    PARTLY_ASSESSED,
    /** The supply is unknown: only the requirement is known. */
    NOT_ASSESSED;

    /** The identifier used in files: {@code assessed}, {@code partly_assessed}, {@code not_assessed}. */
    public String id() {
        return io.github.desconcentra.territory.internal.Ids.of(this);
    }
}
