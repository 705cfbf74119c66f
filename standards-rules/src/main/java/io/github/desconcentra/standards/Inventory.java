package io.github.desconcentra.standards;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The current supply, with every record read accounted for: the accepted establishments; the records excluded as
 * valid but out of scope (an adult-education programme in a school registry), each with its reason; and the records
 * rejected as invalid (a value that cannot be read, an unknown parish, a duplicate id), each with every reason.
 * {@link #read()} always equals {@code establishments().size() + excluded().size() + rejected().size()}.
 *
 * @param establishments accepted establishments, sorted by id; copied
 * @param excluded excluded records in input order; copied
 * @param rejected rejected records in input order; copied
 */
public record Inventory(List<Establishment> establishments, List<Exclusion> excluded, List<Rejection> rejected) {
    /** An inventory with nothing in it. */
    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of());

    /** Copies and sorts. */
    public Inventory {
        Preconditions.requireNonNull(establishments, "establishments");
        Preconditions.requireNonNull(excluded, "excluded");
        Preconditions.requireNonNull(rejected, "rejected");
        List<Establishment> sorted = new ArrayList<>(establishments);
        sorted.sort(Comparator.comparing(Establishment::id));
        establishments = List.copyOf(sorted);
        excluded = List.copyOf(excluded);
        rejected = List.copyOf(rejected);
    }

    /** An inventory that excludes nothing. */
    public Inventory(List<Establishment> establishments, List<Rejection> rejected) {
        this(establishments, List.of(), rejected);
    }

    /** Records read: accepted plus excluded plus rejected. */
    public int read() {
        return establishments.size() + excluded.size() + rejected.size();
    }

    /** The accounting in words, e.g. {@code read 5, accepted 2, excluded 1, rejected 2}. */
    public String accounting() {
        return String.format(java.util.Locale.ROOT, "read %d, accepted %d, excluded %d, rejected %d", read(),
                establishments.size(), excluded.size(), rejected.size());
    }

    /** The sectors that have at least one accepted establishment. */
    public Set<Sector> sectors() {
        Set<Sector> s = EnumSet.noneOf(Sector.class);
        establishments.forEach(e -> s.add(e.sector()));
        return s;
    }

    /**
     * Merges inventories sector by sector: for each sector, the establishments of the <em>last</em> inventory that
     * has any replace those of earlier ones (a user's own inventory of one sector replaces the reference one).
     * Exclusions and rejections are kept from all.
     *
     * @throws InputException when two kept establishments share an id
     */
    public static Inventory replacingBySector(List<Inventory> inventories) {
        List<Establishment> kept = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Sector s : Sector.values()) {
            for (int i = inventories.size() - 1; i >= 0; i--) {
                List<Establishment> of = inventories.get(i).establishments().stream()
                        .filter(e -> e.sector() == s).toList();
                if (!of.isEmpty()) {
                    kept.addAll(of);
                    break;
                }
            }
        }
        inventories.forEach(inv -> {
            excluded.addAll(inv.excluded());
            rejected.addAll(inv.rejected());
        });
        Set<String> ids = new java.util.HashSet<>();
        for (Establishment e : kept) {
            if (!ids.add(e.id())) {
                throw new InputException(Problem.of("inventories", "establishment id " + e.id() + " appears in two"
                        + " inventories"));
            }
        }
        return new Inventory(kept, excluded, rejected);
    }
}
