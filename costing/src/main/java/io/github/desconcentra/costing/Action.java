package io.github.desconcentra.costing;

import java.util.Locale;

/** What a project does to close a gap. */
public enum Action {
    /** Build new units for a deficit. */
    BUILD,
    /** Refurbish units in {@code needs_repair} condition. */
    REFURBISH,
    /** Replace units whose refurbishment would cost more than the policy's share of a new one. */
    REPLACE,
    /** Hire staff for a staff deficit. */
    HIRE;

    /** The identifier used in files, e.g. {@code build}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
