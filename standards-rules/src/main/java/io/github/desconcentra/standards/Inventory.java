package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The current supply: accepted establishments, and the records that were rejected with their reasons.
 * {@link #read()} always equals {@code establishments().size() + rejected().size()}.
 *
 * @param establishments accepted establishments, sorted by id; copied
 * @param rejected rejected records in input order; copied
 */
public record Inventory(List<Establishment> establishments, List<Rejection> rejected) {
    /** An inventory with nothing in it. */
    public static final Inventory EMPTY = new Inventory(List.of(), List.of());

    /** Copies and sorts. */
    public Inventory {
        Preconditions.requireNonNull(establishments, "establishments");
        Preconditions.requireNonNull(rejected, "rejected");
        List<Establishment> sorted = new ArrayList<>(establishments);
        sorted.sort(Comparator.comparing(Establishment::id));
        establishments = List.copyOf(sorted);
        rejected = List.copyOf(rejected);
    }

    /** Records read: accepted plus rejected. */
    public int read() {
        return establishments.size() + rejected.size();
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
     * Rejections are kept from all.
     *
     * @throws IllegalArgumentException when two kept establishments share an id
     */
    public static Inventory replacingBySector(List<Inventory> inventories) {
        List<Establishment> kept = new ArrayList<>();
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
        inventories.forEach(inv -> rejected.addAll(inv.rejected()));
        Set<String> ids = new java.util.HashSet<>();
        for (Establishment e : kept) {
            Preconditions.check(ids.add(e.id()), "establishment id %s appears in two inventories", e.id());
        }
        return new Inventory(kept, rejected);
    }
}
