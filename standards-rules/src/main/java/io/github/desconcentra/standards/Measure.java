package io.github.desconcentra.standards;


/** What a requirement and a deficit count. */
public enum Measure {
    /** Establishments (buildings in service). */
    ESTABLISHMENTS,
    /** Places: beds, school seats, child-care places, prison places. */
    PLACES,
    /** Staff: professionals, teachers, educators, officers, firefighters. */
    STAFF;

    /** The identifier, kept with the constant: report writers ask for it on every row. */
    private final String id = io.github.desconcentra.territory.internal.Ids.ofName(name());

    /** The identifier used in files, e.g. {@code establishments}. */
    public String id() {
        return id;
    }

    /**
     * Parses an identifier written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value and the identifiers expected otherwise
     */
    public static Measure fromId(String id) {
        return io.github.desconcentra.territory.internal.Ids.parse(Measure.class, id, "measure");
    }
}
