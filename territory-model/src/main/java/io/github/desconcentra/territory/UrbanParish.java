package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Ids;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;
import java.util.TreeSet;

/**
 * An urban parish of a canton seat (INEC codes {@code xx01}–{@code xx49} of the seat {@code xx50}, e.g. 170110
 * El Condado of Quito 170150). Urban parishes are not census units — the census counts the seat as one — but school
 * and health registries locate establishments by them, so a territory records which circuits each may lie in.
 *
 * <p>The relation is many-to-many: an urban parish may be split among circuits (Quito's El Condado lies in three),
 * may span districts (Guayaquil's Tarqui), and where the circuit table names no urban parish it may lie in any
 * circuit of its seat. {@link #placement()} says how the set is known; a set of one circuit means the urban parish is
 * known to lie in that circuit.
 *
 * @param code never null; a six-digit code that is not a DPA parish code
 * @param name never blank
 * @param seat the canton seat (a parish of the territory) it is part of, never null
 * @param circuits the circuits it may lie in, never empty; sorted and deduplicated
 * @param placement how the set of circuits is known, never null
 */
public record UrbanParish(ParishCode code, String name, ParishCode seat, List<CircuitCode> circuits,
                          Placement placement) {

    /** How the circuits of an urban parish are known. */
    public enum Placement {
        /** The circuit table names the urban parish on the rows of its seat (Quito, Cuenca). */
        NAMED,
        /**
         * The circuits of the seat in the districts that the urban parish's schools report (Guayaquil, Ambato,
         * Santo Domingo): the table gives sectors or nothing, but the school registry says which districts
         * administer the urban parish.
         */
        SCHOOL_DISTRICTS,
        /** Every circuit holding the seat: nothing narrows it (or the seat lies in one circuit). */
        SEAT;

        /** The identifier used in files: {@code named}, {@code school_districts}, {@code seat}. */
        public String id() {
            return Ids.of(this);
        }

        /**
         * Parses an identifier written by {@link #id()}, ignoring case.
         *
         * @throws IllegalArgumentException naming the value otherwise
         */
        public static Placement fromId(String id) {
            return Ids.parse(Placement.class, id, "urban parish placement");
        }
    }

    /** @throws IllegalArgumentException naming the value when the name is blank or there is no circuit */
    public UrbanParish {
        Preconditions.requireNonNull(code, "urban parish code");
        Preconditions.requireText(name, "name", "urban parish " + code);
        Preconditions.requireNonNull(seat, "seat of urban parish " + code);
        Preconditions.requireNonNull(circuits, "circuits of urban parish " + code);
        Preconditions.requireNonNull(placement, "placement of urban parish " + code);
        Preconditions.check(!circuits.isEmpty(), "urban parish %s must lie in at least one circuit", code);
        circuits.forEach(c -> Preconditions.requireNonNull(c, "circuit of urban parish " + code));
        circuits = List.copyOf(new TreeSet<>(circuits));
    }

    /** True when the urban parish is known to lie in a single circuit. */
    public boolean isInOneCircuit() {
        return circuits.size() == 1;
    }
}
