package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Coordinates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds establishments of one typology closer than a distance, using a grid of cells the size of the distance so
 * only neighbouring cells are compared. Package-private.
 */
final class Redundancies {
    private static final double METERS_PER_DEGREE = 111_320;

    private Redundancies() {
    }

    /**
     * @param establishments sorted by id
     * @param officialIds the sources whose records carry official unique codes: two records of one such source are
     *     two establishments (two schools sharing a building), never duplicates
     * @return for each pair closer than {@code meters}, the higher id dropped (each establishment dropped at most once)
     */
    static List<Redundancy> find(List<Establishment> establishments, double meters, java.util.Set<String> officialIds) {
        List<Redundancy> out = new ArrayList<>();
        if (meters <= 0) {
            return out;
        }
        double cell = meters / METERS_PER_DEGREE;
        Map<String, Map<Long, List<Establishment>>> grid = new HashMap<>();
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (Establishment e : establishments) {
            Coordinates at = e.location();
            if (at == null || !e.condition().isUsable()) {
                continue;
            }
            long cx = (long) Math.floor(at.lon() / cell);
            long cy = (long) Math.floor(at.lat() / cell);
            Map<Long, List<Establishment>> cells = grid.computeIfAbsent(e.typology(), k -> new HashMap<>());
            Establishment near = null;
            double nearest = Double.MAX_VALUE;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (Establishment o : cells.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (o.source().equals(e.source()) && officialIds.contains(e.source())) {
                            continue;
                        }
                        double d = at.distanceKm(o.location()) * 1000;
                        if (d < meters && d < nearest) {
                            near = o;
                            nearest = d;
                        }
                    }
                }
            }
            if (near != null && !dropped.contains(e.id())) {
                dropped.add(e.id());
                out.add(new Redundancy(near.id(), e.id(), e.typology(), Math.round(nearest)));
            } else {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /**
     * True when the search reads the same of both records: id, typology, location, whether usable and source (it
     * reads nothing else of a record). When every record that differs between two inventories reads alike, the
     * search finds the same redundancies in both.
     */
    static boolean readAlike(Establishment a, Establishment b) {
        return a.id().equals(b.id()) && a.typology().equals(b.typology())
                && java.util.Objects.equals(a.location(), b.location())
                && a.condition().isUsable() == b.condition().isUsable() && a.source().equals(b.source());
    }

    private static long key(long x, long y) {
        return x * 4_000_003L + y;
    }
}
