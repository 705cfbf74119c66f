package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Ids;

/** The state of an establishment's building. */
public enum Condition {
    /** In service, nothing to do. */
    GOOD,
    /** In service but needs refurbishment (repotenciación); counts as usable supply. */
    NEEDS_REPAIR,
    /** Out of service; does not count as supply. */
    UNUSABLE;

    /** The identifier used in files: {@code good}, {@code needs_repair}, {@code unusable}. */
    public String id() {
        return Ids.of(this);
    }

    /** True for {@link #GOOD} and {@link #NEEDS_REPAIR}. */
    public boolean isUsable() {
        return this != UNUSABLE;
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static Condition fromId(String id) {
        return Ids.parse(Condition.class, id, "condition");
    }
}
