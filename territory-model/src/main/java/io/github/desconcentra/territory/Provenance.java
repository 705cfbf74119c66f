package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import io.github.desconcentra.territory.internal.Ids;

/**
 * Where a parameter comes from and how far it can be trusted. Every standard, share and unit cost in Desconcentra
 * carries one, so a ministry can see which figures are assumptions and replace them with its own.
 *
 * @param source a citation or a description of how the value was obtained; never blank
 * @param status how the value was obtained, never null
 */
public record Provenance(String source, Status status) {

    /**
     * How a value was obtained, from the strongest to the weakest: the declaration order is the order of trust, so a
     * figure computed from several inputs is only as strong as the weakest of them ({@link #weakest}).
     */
    public enum Status {
        /** The number appears in the cited source. */
        SOURCED,
        /** Derived with stated arithmetic from sourced numbers. */
        DERIVED,
        /**
         * Read from the source by a stated inference rather than recorded in it: e.g. a health unit's typology taken
         * from its name and from the block of the list it appears in, where the source has no typology column.
         */
        INFERRED,
        /** Estimated from sourced numbers by a stated method that adds information (interpolation, apportionment). */
        ESTIMATED,
        /** An assumption or proposed planning rule, not sourced; replace it when better data exists. */
        ASSUMED,
        /** A generated demonstration value that describes nothing real (the seeded sample inventory). */
        SAMPLE;

        /** The identifier, kept with the constant: report writers ask for it on every row. */
        private final String id = Ids.ofName(name());

        /** True when this status is weaker than (after) {@code other}. */
        public boolean isWeakerThan(Status other) {
            return compareTo(other) > 0;
        }

        /** The weaker of two statuses; {@code b} may be null (then {@code a}). */
        public static Status weakest(Status a, Status b) {
            return b == null || a.compareTo(b) >= 0 ? a : b;
        }

        /** The lower-case identifier used in files, e.g. {@code "assumed"}. */
        public String id() {
            return id;
        }

        /**
         * Parses {@code sourced}, {@code derived}, {@code inferred}, {@code estimated}, {@code assumed} or
         * {@code sample}, ignoring case.
         *
         * @throws IllegalArgumentException naming the value otherwise
         */
        public static Status fromId(String id) {
            return Ids.parse(Status.class, id, "status");
        }
    }

    /** @throws IllegalArgumentException when the source is blank */
    public Provenance {
        Preconditions.requireText(source, "source", "provenance");
        Preconditions.requireNonNull(status, "status of provenance");
    }

    /** A sourced value. */
    public static Provenance sourced(String source) {
        return new Provenance(source, Status.SOURCED);
    }

    /** A derived value. */
    public static Provenance derived(String source) {
        return new Provenance(source, Status.DERIVED);
    }

    /** An estimated value. */
    public static Provenance estimated(String source) {
        return new Provenance(source, Status.ESTIMATED);
    }

    /** An assumed value. */
    public static Provenance assumed(String source) {
        return new Provenance(source, Status.ASSUMED);
    }

    /** True unless the status is {@link Status#SOURCED}. */
    public boolean isAssumption() {
        return status != Status.SOURCED;
    }
}
