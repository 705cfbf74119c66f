package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritorialUnit;
import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The planning units of one territory's geography in the order the supply count indexes them, and the placements of
 * inventory records on it, resolved once per location: a territory and its projections to other years are built from
 * the same census data (same units, codes and geography; only populations differ, and no placement reads a
 * population), so a plan's yearly evaluations and a what-if's re-evaluations index the units and locate each record
 * once. Package-private; thread-safe.
 *
 * <p>Units are indexed bottom-up (circuits first, then districts, zones, the nation), so children come before their
 * parents and the units at or above a level are a suffix. A record located only by its parish (the usual case) is
 * looked up in an array indexed by the parish code's six digits; any other record by its location fields.
 */
final class Placements {
    /** Parish codes are six digits. */
    private static final int PARISH_CODES = 1_000_000;

    /** A record's placement and the index of its unit. */
    record Located(Placement placement, int unit) {
    }

    /** The territory these placements were made on. */
    private final Territory territory;
    private final List<UnitCode> units = new ArrayList<>();
    private final Map<UnitCode, Integer> index = new HashMap<>();
    /** The same index by instance: the territory hands out its own code instances, so most look-ups stop here. */
    private final Map<UnitCode, Integer> byInstance = new IdentityHashMap<>();
    private final int[] parent;
    /**
     * The circuits (indices, ascending) within each unit: arrays, not a bit set per unit, whose size would grow with
     * the circuit's index (gigabytes at 100 x Ecuador).
     */
    private final int[][] circuitsOf;
    /**
     * Records located only by a parish, by the parish code's digits; written without a lock: a {@link Located} is
     * immutable (final fields), so a thread that reads a stale null merely resolves the same placement again.
     */
    private final Located[] byParish = new Located[PARISH_CODES];
    private final Map<List<Object>, Located> byLocation = new ConcurrentHashMap<>();

    Placements(Territory territory) {
        this.territory = territory;
        for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.NATION)) {
            for (TerritorialUnit u : territory.units(level)) {
                index.put(u.code(), units.size());
                byInstance.put(u.code(), units.size());
                units.add(u.code());
            }
        }
        parent = new int[units.size()];
        for (int u = 0; u < parent.length; u++) {
            parent[u] = territory.parent(units.get(u)).map(index::get).orElse(-1);
        }
        int circuits = territory.circuits().size();
        int[] count = new int[units.size()];
        for (int c = 0; c < circuits; c++) {
            for (int u = c; u >= 0; u = parent[u]) {
                count[u]++;
            }
        }
        circuitsOf = new int[units.size()][];
        for (int u = 0; u < count.length; u++) {
            circuitsOf[u] = new int[count[u]];
        }
        int[] filled = new int[units.size()];
        for (int c = 0; c < circuits; c++) {
            for (int u = c; u >= 0; u = parent[u]) {
                circuitsOf[u][filled[u]++] = c;
            }
        }
    }

    /**
     * True when these placements hold on {@code t}: it is the territory they were made on, or the same census data at
     * another year ({@link Territory#sharesCensusWith}).
     */
    boolean isOn(Territory t) {
        return t == territory || t.sharesCensusWith(territory);
    }

    /** The planning units, bottom-up; do not modify. */
    List<UnitCode> units() {
        return units;
    }

    /** The index of a planning unit, or null when it is not one of this territory. */
    Integer indexOf(UnitCode code) {
        Integer i = byInstance.get(code);
        return i != null ? i : index.get(code);
    }

    /** The parent of each unit (index), -1 for the nation; do not modify. */
    int[] parents() {
        return parent;
    }

    /** The circuits within each unit (indices, ascending); do not modify. */
    int[][] circuitsOf() {
        return circuitsOf;
    }

    /**
     * Where a record lies on this geography, resolved once per location.
     *
     * @throws io.github.desconcentra.territory.InputException when a code of the record is unknown to the territory
     */
    Located locate(Territory territory, Establishment e) {
        ParishCode parish = e.parish();
        if (parish != null && e.circuit() == null && e.within() == null && e.location() == null) {
            String code = parish.value();
            int digits = 0;
            for (int i = 0; i < code.length(); i++) {
                digits = digits * 10 + (code.charAt(i) - '0');
            }
            Located l = byParish[digits];
            if (l == null) {
                l = resolve(territory, e);
                byParish[digits] = l;
            }
            return l;
        }
        List<Object> where = Arrays.asList(e.circuit(), parish, e.within(), e.location());
        Located l = byLocation.get(where);
        if (l == null) {
            l = resolve(territory, e);
            byLocation.put(where, l);
        }
        return l;
    }

    private Located resolve(Territory territory, Establishment e) {
        Placement p = Placement.of(territory, e);
        return new Located(p, indexOf(p.unit()));
    }
}
