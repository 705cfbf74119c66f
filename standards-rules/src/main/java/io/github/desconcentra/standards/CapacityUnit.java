package io.github.desconcentra.standards;

import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static CapacityUnit fromId(String id) {
        for (CapacityUnit u : values()) {
            if (u.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown capacity unit \"" + id
                + "\" (expected none, beds, seats, places or staff)");
    }
}
