package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Ids;

/** The unit in which an establishment's capacity is counted. */
public enum CapacityUnit {
    /** No capacity measure (capacity is the establishment itself). */
    NONE,
    /** Hospital beds. */
    BEDS,
    /** School seats per shift. */
    SEATS,
    /** Places for people cared for (children, inmates). */
    PLACES,
    /** Staff posts (police officers, firefighters, professionals). */
    STAFF;

    /** The identifier used in files, e.g. {@code seats}. */
    public String id() {
        return Ids.of(this);
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static CapacityUnit fromId(String id) {
        return Ids.parse(CapacityUnit.class, id, "capacity unit");
    }
}
