package io.github.desconcentra.standards;


import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;

import java.util.HashMap;
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

    private final Map<UnitCode, Map<String, Totals>> within = new HashMap<>();
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
        Map<ParishCode, UnitCode[]> placeOfParish = new HashMap<>();
        Map<UnitCode, Map<String, Totals>> placed = new HashMap<>();
        for (Establishment e : relevant) {
            if (!dropped.isEmpty() && dropped.contains(e.id())) {
                continue;
            }
            Typology t = catalogue.typology(e.typology()).orElseThrow(() -> new IllegalArgumentException(
                    "establishment " + e.id() + " has typology " + e.typology() + ", unknown to the standards"));
            UnitCode[] levels = e.circuit() == null ? placeOfParish.get(e.parish()) : null;
            if (levels == null) {
                UnitCode circuit = StandardsEngine.circuitOf(territory, e);
                UnitCode district = territory.parent(circuit).orElseThrow();
                levels = new UnitCode[] {circuit, district, territory.parent(district).orElseThrow()};
                if (e.circuit() == null && territory.partsOf(e.parish()).size() == 1) {
                    placeOfParish.put(e.parish(), levels);
                }
            }
            UnitCode at = levels[t.level() == Level.CIRCUIT ? 0 : t.level() == Level.DISTRICT ? 1 : 2];
            s.counted++;
            placed.computeIfAbsent(at, k -> new HashMap<>()).computeIfAbsent(e.typology(), k -> new Totals()).add(e);
        }
        for (Map.Entry<UnitCode, Map<String, Totals>> u : placed.entrySet()) {
            for (UnitCode a = u.getKey(); a != null; a = territory.parent(a).orElse(null)) {
                Map<String, Totals> into = s.within.computeIfAbsent(a, k -> new HashMap<>());
                u.getValue().forEach((typology, totals) -> into.computeIfAbsent(typology, k -> new Totals())
                        .add(totals));
            }
        }
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
        Map<String, Totals> here = within.getOrDefault(r.unitCode(), Map.of());
        for (String typology : r.supply()) {
            Totals t = here.get(typology);
            if (t != null) {
                usable = Math.addExact(usable, t.usable(r.measure()));
                repair = Math.addExact(repair, t.repair(r.measure()));
            }
        }
        long deficit = Math.max(0, r.quantity() - usable);
        long surplus = Math.max(0, usable - r.quantity());
        return new DeficitLine(DeficitLine.Scope.STANDARD, r.unitCode(), name, r.sector(), r.typology(), r.measure(),
                r.quantity(), usable, repair, deficit, surplus, r.rule(), r.standard(), r.provenance(), r.inputs());
    }

}
