package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Usable supply aggregated per unit and typology, rolled up to every ancestor, so the supply of any unit (itself
 * and everything below it) is one lookup. Package-private.
 *
 * <p>Placement: an establishment lies in its circuit (given, or the circuit holding its parish; for a parish split
 * among circuits, one picked by a stable hash of its id weighted by the circuits' shares) and counts at its
 * typology's level: the circuit itself, its district or its zone.
 */
final class Supply {
    /** Totals of one typology in one unit: establishments, places and staff; usable and needing repair. */
    private static final class Totals {
        long usable;
        long repair;
        long usablePlaces;
        long repairPlaces;
        long usableStaff;
        long repairStaff;

        void add(Totals o) {
            usable = Math.addExact(usable, o.usable);
            repair = Math.addExact(repair, o.repair);
            usablePlaces = Math.addExact(usablePlaces, o.usablePlaces);
            repairPlaces = Math.addExact(repairPlaces, o.repairPlaces);
            usableStaff = Math.addExact(usableStaff, o.usableStaff);
            repairStaff = Math.addExact(repairStaff, o.repairStaff);
        }

        void add(Establishment e) {
            if (!e.condition().isUsable()) {
                return;
            }
            long places = e.capacity();
            usable = Math.addExact(usable, 1);
            usablePlaces = Math.addExact(usablePlaces, places);
            usableStaff = Math.addExact(usableStaff, e.staff());
            if (e.condition() == Condition.NEEDS_REPAIR) {
                repair = Math.addExact(repair, 1);
                repairPlaces = Math.addExact(repairPlaces, places);
                repairStaff = Math.addExact(repairStaff, e.staff());
            }
        }

        long usable(Measure m) {
            return switch (m) {
                case ESTABLISHMENTS -> usable;
                case PLACES -> usablePlaces;
                case STAFF -> usableStaff;
            };
        }

        long repair(Measure m) {
            return switch (m) {
                case ESTABLISHMENTS -> repair;
                case PLACES -> repairPlaces;
                case STAFF -> repairStaff;
            };
        }
    }

    /** Units in bottom-up order (circuits, districts, zones, nation) and their index. */
    private final List<UnitCode> units = new ArrayList<>();
    private final Map<UnitCode, Integer> index = new HashMap<>();
    private final Map<String, Integer> typologyIndex = new HashMap<>();
    /** Supply within each unit (itself and below), by typology index then unit index; null where there is none. */
    private Totals[][] within;
    private final List<Redundancy> redundancies;
    private int counted;

    private Supply(List<Redundancy> redundancies) {
        this.redundancies = redundancies;
    }

    static Supply count(Territory territory, Catalogue catalogue, Inventory inventory, EvaluationOptions options) {
        List<Establishment> relevant = inventory.establishments().stream()
                .filter(e -> options.sectors().contains(e.sector())).toList();
        List<Redundancy> redundancies = Redundancies.find(relevant, options.duplicateDistanceMeters());
        java.util.Set<String> dropped = new java.util.HashSet<>();
        redundancies.forEach(r -> dropped.add(r.dropped()));
        Supply s = new Supply(redundancies);
        // Aggregate where each establishment counts, then roll the (unit, typology) totals up once: the work per
        // establishment is a few hash lookups, whatever the depth of the hierarchy.
        // Hot loop over every establishment: identity maps and arrays only (hash maps keyed by records chase several
        // pointers per lookup, which dominated at millions of establishments). Parish codes and typology codes are
        // usually shared instances (the loaders canonicalise them); equal but distinct instances only cost a miss.
        for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.NATION)) {
            for (io.github.desconcentra.territory.TerritorialUnit u : territory.units(level)) {
                s.index.put(u.code(), s.units.size());
                s.units.add(u.code());
            }
        }
        int[] parent = new int[s.units.size()];
        for (int u = 0; u < parent.length; u++) {
            parent[u] = territory.parent(s.units.get(u)).map(s.index::get).orElse(-1);
        }
        List<String> typologyCodes = new ArrayList<>(catalogue.typologies().keySet());
        Map<String, Integer> typologyFast = new IdentityHashMap<>();
        int[] levelOfTypology = new int[typologyCodes.size()];
        for (int i = 0; i < typologyCodes.size(); i++) {
            s.typologyIndex.put(typologyCodes.get(i), i);
            Level l = catalogue.typology(typologyCodes.get(i)).orElseThrow().level();
            levelOfTypology[i] = l == Level.CIRCUIT ? 0 : l == Level.DISTRICT ? 1 : 2;
        }
        Map<ParishCode, int[]> placeOfParish = new IdentityHashMap<>();
        Totals[][] placed = new Totals[typologyCodes.size()][];
        for (Establishment e : relevant) {
            if (!dropped.isEmpty() && dropped.contains(e.id())) {
                continue;
            }
            Integer ti = typologyFast.get(e.typology());
            if (ti == null) {
                ti = s.typologyIndex.get(e.typology());
                if (ti == null) {
                    throw new IllegalArgumentException("establishment " + e.id() + " has typology " + e.typology()
                            + ", unknown to the standards");
                }
                typologyFast.put(e.typology(), ti);
            }
            int[] levels = e.circuit() == null ? placeOfParish.get(e.parish()) : null;
            if (levels == null) {
                int circuit = s.index.get(StandardsEngine.circuitOf(territory, e));
                levels = new int[] {circuit, parent[circuit], parent[parent[circuit]]};
                if (e.circuit() == null && territory.partsOf(e.parish()).size() == 1) {
                    placeOfParish.put(e.parish(), levels);
                }
            }
            int at = levels[levelOfTypology[ti]];
            s.counted++;
            Totals[] row = placed[ti];
            if (row == null) {
                row = new Totals[s.units.size()];
                placed[ti] = row;
            }
            Totals t = row[at];
            if (t == null) {
                t = new Totals();
                row[at] = t;
            }
            t.add(e);
        }
        // Units are indexed children before parents, so one pass adds each unit's totals into its parent's.
        for (Totals[] row : placed) {
            if (row == null) {
                continue;
            }
            for (int u = 0; u < row.length; u++) {
                if (row[u] != null && parent[u] >= 0) {
                    if (row[parent[u]] == null) {
                        row[parent[u]] = new Totals();
                    }
                    row[parent[u]].add(row[u]);
                }
            }
        }
        s.within = placed;
        return s;
    }

    List<Redundancy> redundancies() {
        return redundancies;
    }

    int counted() {
        return counted;
    }

    DeficitLine line(Requirement r, String name) {
        long usable = 0;
        long repair = 0;
        Integer u = index.get(r.unitCode());
        for (String typology : r.supply()) {
            Integer ti = typologyIndex.get(typology);
            Totals t = u == null || ti == null || within[ti] == null ? null : within[ti][u];
            if (t != null) {
                usable = Math.addExact(usable, t.usable(r.measure()));
                repair = Math.addExact(repair, t.repair(r.measure()));
            }
        }
        long deficit = Math.max(0, r.quantity() - usable);
        long surplus = Math.max(0, usable - r.quantity());
        return new DeficitLine(DeficitLine.Scope.STANDARD, r.unitCode(), name, r.sector(), r.typology(), r.measure(),
                r.quantity(), usable, repair, deficit, surplus, r.rule(), r.standard(), r.provenance(), r.inputs(),
                r.supply());
    }

}
