package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Ids;

/** What kind of parish a parish is. */
public enum ParishKind {
    /** The urban seat of a canton (cabecera cantonal), code {@code xxxx50} in Ecuador. */
    URBAN_SEAT,
    /** A rural parish. */
    RURAL,
    /** Anything else, e.g. an area under study ("zona en estudio"). */
    OTHER;

    /** The identifier used in files: {@code urban_seat}, {@code rural}, {@code other}. */
    public String id() {
        return Ids.of(this);
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static ParishKind fromId(String id) {
        return Ids.parse(ParishKind.class, id, "parish kind");
    }
}
