package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Ids;

import java.util.Optional;

/**
 * A level of one of the two hierarchies laid over a country: the political-administrative division (DPA:
 * nation, province, canton, parish) and the planning levels (nation, zone, district, circuit). The nation tops both.
 */
public enum Level {
    /** The whole country; the root of both hierarchies. */
    NATION(null),
    /** First DPA level (INEC code of 2 digits). */
    PROVINCE(NATION),
    /** Second DPA level (4 digits). */
    CANTON(PROVINCE),
    /** Third DPA level (6 digits). */
    PARISH(CANTON),
    /** First planning level: a group of contiguous provinces (or metropolitan cantons). */
    ZONE(NATION),
    /** Second planning level: one canton, a union of cantons or a part of a split canton. */
    DISTRICT(ZONE),
    /** Third planning level: one parish, a union of parishes or a part of a large parish. */
    CIRCUIT(DISTRICT);

    private final Level parent;
    /** The identifier, kept with the constant: report writers ask for it on every row. */
    private final String id = Ids.ofName(name());
    private final int depth;

    Level(Level parent) {
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** The level one step up in the same hierarchy; empty for {@link #NATION}. */
    public Optional<Level> parent() {
        return Optional.ofNullable(parent);
    }

    /** Steps from the nation: 0 for the nation, 1 for zones and provinces, 2, 3 below (for top-down orders). */
    public int depth() {
        return depth;
    }

    /** The lower-case identifier used in files and reports, e.g. {@code "district"}. */
    public String id() {
        return id;
    }

    /**
     * Parses a level identifier as written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value when it is not a level
     */
    public static Level fromId(String id) {
        return Ids.parse(Level.class, id, "level");
    }
}
