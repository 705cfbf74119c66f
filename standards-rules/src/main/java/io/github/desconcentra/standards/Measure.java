package io.github.desconcentra.standards;

import java.util.Locale;

/** What a requirement and a deficit count. */
public enum Measure {
    /** Establishments (buildings in service). */
    ESTABLISHMENTS,
    /** Places: beds, school seats, child-care places, prison places. */
    PLACES,
    /** Staff: professionals, teachers, educators, officers, firefighters. */
    STAFF;

    /** The identifier used in files, e.g. {@code establishments}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
