package io.github.desconcentra.territory;

import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static ParishKind fromId(String id) {
        for (ParishKind k : values()) {
            if (k.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown parish kind \"" + id + "\" (expected urban_seat, rural or other)");
    }
}
