package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Location;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an establishment may lie, as precisely as its record allows: the circuits it may lie in and the finest
 * planning unit holding them all. One circuit when the record locates it there; several (a parish or urban parish
 * split among circuits, a point in such a parish); or every circuit of a district, zone or the nation for a record
 * located only that far (a published national aggregate). Nothing is picked among the candidates.
 *
 * <p>Resolution, most precise first: a circuit in the record; the point, located among the parish polygons, then
 * the circuits holding that parish, narrowed by the record's (urban) parish and district when they agree with it;
 * the record's urban parish or parish and its circuits, narrowed by the record's district when that leaves some; the
 * unit the record says the establishment lies within.
 *
 * @param circuits the candidate circuits, sorted, never empty
 * @param unit the finest planning unit (circuit, district, zone or nation) holding every candidate, never null
 * @param basis how the record located it, in words, e.g. {@code urban parish 170110 EL CONDADO in district 17D03}
 */
public record Placement(List<CircuitCode> circuits, UnitCode unit, String basis) {
    /** @throws IllegalArgumentException when there is no candidate */
    public Placement {
        circuits = ascending(circuits) ? List.copyOf(circuits) : List.copyOf(new TreeSet<>(circuits));
        Preconditions.check(!circuits.isEmpty(), "a placement needs at least one circuit (%s)", basis);
        Preconditions.requireNonNull(unit, "unit of a placement");
        Preconditions.requireText(basis, "basis", "placement");
    }

    /** True when these codes are sorted and distinct (the territory's lists are): no set needed to make them so. */
    private static boolean ascending(List<CircuitCode> circuits) {
        for (int i = 1; i < circuits.size(); i++) {
            if (circuits.get(i - 1).compareTo(circuits.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the establishment is known to lie in one circuit. */
    public boolean isOneCircuit() {
        return circuits.size() == 1;
    }

    /** How far outside the parish polygons a point may lie and still be located (a coastal or offshore site). */
    static final double TOLERANCE_METRES = Boundaries.DEFAULT_TOLERANCE_METRES;

    /**
     * Resolves an establishment's record on a territory.
     *
     * @throws InputException when a code of the record is unknown to the territory
     */
    static Placement of(Territory t, Establishment e) {
        try {
            return resolve(t, e);
        } catch (IllegalArgumentException x) {
            throw new InputException(Problem.of("inventory", "establishment " + e.id() + " cannot be located on this"
                    + " territory: " + x.getMessage()));
        }
    }

    private static Placement resolve(Territory t, Establishment e) {
        if (e.circuit() != null) {
            t.circuit(e.circuit());
            return of(t, List.of(e.circuit()), "circuit " + e.circuit().value() + " in the record");
        }
        UnitCode within = e.within();
        io.github.desconcentra.territory.DistrictCode district = within instanceof
                io.github.desconcentra.territory.DistrictCode d ? d : null;
        List<CircuitCode> fromRecord = null;
        String recordBasis = null;
        if (e.parish() != null) {
            ParishCode p = e.parish();
            String what = t.urbanParish(p).map(u -> "urban parish " + p.value() + " " + u.name())
                    .orElseGet(() -> "parish " + p.value() + " " + t.parish(p).name());
            List<CircuitCode> all = t.circuitsHolding(p);
            List<CircuitCode> narrowed = district == null ? all : t.circuitsHolding(p, district);
            if (!narrowed.isEmpty() && narrowed.size() < all.size()) {
                fromRecord = narrowed;
                recordBasis = what + " in district " + district.value();
            } else {
                fromRecord = all;
                recordBasis = what;
            }
        } else if (within != null) {
            fromRecord = circuitsWithin(t, within);
            recordBasis = "only " + within.level().id() + " " + within.value() + " " + t.unit(within).name();
        }
        Optional<Boundaries> boundaries = e.location() == null ? Optional.empty() : t.boundaries();
        if (boundaries.isPresent()) {
            Location at = boundaries.get().locate(e.location(), TOLERANCE_METRES);
            if (at.kind() != Location.Kind.OUTSIDE) {
                Collection<CircuitCode> atPoint;
                if (at.candidates().size() == 1) {
                    atPoint = t.circuitsHolding(at.candidates().get(0));
                } else {
                    Set<CircuitCode> all = new TreeSet<>();
                    for (ParishCode p : at.candidates()) {
                        all.addAll(t.circuitsHolding(p));
                    }
                    atPoint = all;
                }
                String pointBasis = switch (at.kind()) {
                    case INSIDE -> "point in parish " + at.candidates().get(0).value();
                    case ON_BORDER -> "point on the border of parishes " + String.join(", ",
                            at.candidates().stream().map(ParishCode::value).toList());
                    default -> String.format(Locale.ROOT, "point %.0f m outside parish %s", at.distanceMetres(),
                            at.candidates().get(0).value());
                };
                if (fromRecord == null) {
                    return of(t, new ArrayList<>(atPoint), pointBasis);
                }
                List<CircuitCode> both = fromRecord.stream().filter(atPoint::contains).toList();
                if (!both.isEmpty()) {
                    return of(t, both, pointBasis + " and " + recordBasis);
                }
                return conflict(t, district, fromRecord, recordBasis, new ArrayList<>(atPoint), pointBasis);
            }
        }
        if (fromRecord == null || fromRecord.isEmpty()) {
            throw new IllegalArgumentException("its record gives no circuit, parish or unit of this territory");
        }
        return of(t, fromRecord, recordBasis);
    }

    /**
     * The record's (urban) parish and its point disagree: the one that agrees with the record's district is used;
     * when both or neither do, the more precise one (fewer circuits), and on a tie the record's parish, which is what
     * the registry declares. Stated in the basis.
     */
    private static Placement conflict(Territory t, io.github.desconcentra.territory.DistrictCode district,
                                      List<CircuitCode> record, String recordBasis, List<CircuitCode> point,
                                      String pointBasis) {
        boolean recordAgrees = district == null || record.stream().allMatch(c -> t.circuit(c).district()
                .equals(district));
        List<CircuitCode> pointInDistrict = district == null ? point : point.stream()
                .filter(c -> t.circuit(c).district().equals(district)).toList();
        boolean pointAgrees = !pointInDistrict.isEmpty();
        boolean usePoint = pointAgrees && !recordAgrees
                || pointAgrees == recordAgrees && pointInDistrict.size() < record.size();
        String why = pointAgrees != recordAgrees ? "the one in district " + district.value() + " is used"
                : "the more precise is used";
        return usePoint ? of(t, pointInDistrict, pointBasis + " (the record's " + recordBasis + " disagrees; " + why
                + ")") : of(t, record, recordBasis + " (its " + pointBasis + " disagrees; " + why + ")");
    }

    private static Placement of(Territory t, List<CircuitCode> circuits, String basis) {
        return new Placement(circuits, finest(t, circuits), basis);
    }

    /** The finest planning unit holding all these circuits. */
    static UnitCode finest(Territory t, List<CircuitCode> circuits) {
        UnitCode at = circuits.get(0);
        for (CircuitCode c : circuits) {
            while (!holds(t, at, c)) {
                at = t.parent(at).orElseThrow();
            }
        }
        return at;
    }

    private static boolean holds(Territory t, UnitCode unit, CircuitCode c) {
        for (UnitCode u = c; u != null; u = t.parent(u).orElse(null)) {
            if (u.equals(unit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The circuits within a unit: for a planning unit its circuits, for a province, canton or parish the circuits
     * holding its parishes.
     */
    static List<CircuitCode> circuitsWithin(Territory t, UnitCode unit) {
        Set<CircuitCode> out = new LinkedHashSet<>();
        if (unit.level() == Level.CIRCUIT) {
            out.add((CircuitCode) unit);
        } else if (unit.level() == Level.PARISH) {
            out.addAll(t.circuitsHolding((ParishCode) unit));
        } else if (unit.level() == Level.NATION) {
            t.circuits().forEach(c -> out.add(c.code()));
        } else {
            for (UnitCode child : t.children(unit)) {
                if (child.level() != Level.PROVINCE) {
                    out.addAll(circuitsWithin(t, child));
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(out));
    }
}
