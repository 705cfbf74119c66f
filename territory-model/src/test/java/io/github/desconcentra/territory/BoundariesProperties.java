package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.quicktheories.core.Gen;

class BoundariesProperties {
    private static final Gen<TerritoryData> MAPPED = TerritoryGenerators.mappedTerritories();

    private static Set<ParishCode> held(Territory t, UnitCode u) {
        Set<ParishCode> set = new TreeSet<>();
        switch (u.level()) {
            case PARISH -> set.add((ParishCode) u);
            case CIRCUIT -> t.partsOf((CircuitCode) u).forEach(cp -> set.add(cp.parish()));
            case NATION -> t.parishes().forEach(p -> set.add(p.code()));
            default -> t.children(u).forEach(c -> set.addAll(held(t, c)));
        }
        return set;
    }

    @Test
    void theAreaOfAnOutlineIsTheSumOfItsDisjointParishAreas() {
        qt().withExamples(60).forAll(MAPPED).checkAssert(data -> {
            Territory t = Territory.of(data);
            Boundaries b = t.boundaries().orElseThrow();
            for (Level level : Level.values()) {
                for (TerritorialUnit u : t.units(level)) {
                    double sum = 0;
                    List<ParishCode> missing = new ArrayList<>();
                    for (ParishCode p : held(t, u.code())) {
                        if (data.boundaries().polygon(p).isPresent()) {
                            sum += data.boundaries().polygon(p).get().getArea();
                        } else {
                            missing.add(p);
                        }
                    }
                    Outline o = b.outline(u.code());
                    assertEquals(sum, o.geometry().getArea(), 1e-9, () -> "area of " + u.code());
                    assertEquals(missing, o.withoutPolygon());
                }
            }
        });
    }

    @Test
    void anOutlineIsExactUnlessItSharesAParishOrMissesAPolygon() {
        qt().withExamples(60).forAll(MAPPED).checkAssert(data -> {
            Territory t = Territory.of(data);
            Boundaries b = t.boundaries().orElseThrow();
            for (Circuit c : t.circuits()) {
                Set<UnitCode> sharers = new TreeSet<>();
                for (CircuitPart part : t.partsOf(c.code())) {
                    if (t.circuitsHolding(part.parish()).size() > 1) {
                        sharers.addAll(t.circuitsHolding(part.parish()));
                    }
                }
                sharers.remove(c.code());
                Outline o = b.outline(c.code());
                assertEquals(List.copyOf(sharers), o.sharedWith(), () -> "sharers of " + c.code());
                assertEquals(sharers.isEmpty() && o.withoutPolygon().isEmpty(), o.exact(), () -> c.code() + ": " + o);
            }
        });
    }

    @Test
    void aMapLayerDrawsEveryParishOnceWithAllItsUnits() {
        qt().withExamples(60).forAll(MAPPED).checkAssert(data -> {
            Territory t = Territory.of(data);
            Boundaries b = t.boundaries().orElseThrow();
            for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.CANTON)) {
                List<ParishCode> drawn = new ArrayList<>();
                for (MapArea a : b.layer(level)) {
                    drawn.addAll(a.parishes());
                    for (UnitCode u : a.units()) {
                        assertTrue(held(t, u).containsAll(a.parishes()), () -> u + " holds " + a.parishes());
                    }
                    if (a.isShared()) {
                        assertEquals(1, a.parishes().size());
                    }
                }
                List<ParishCode> expected = t.parishes().stream().map(Parish::code)
                        .filter(p -> data.boundaries().polygon(p).isPresent()).toList();
                assertEquals(expected, drawn.stream().sorted().toList(), () -> "every parish once at " + level);
            }
        });
    }

    @Test
    void aLayersMembersAreItsAreasWithoutGeometry() {
        qt().withExamples(40).forAll(MAPPED).checkAssert(data -> {
            Territory t = Territory.of(data);
            Boundaries b = t.boundaries().orElseThrow();
            for (Level level : List.of(Level.CIRCUIT, Level.DISTRICT, Level.ZONE, Level.CANTON)) {
                List<MapArea.Members> members = b.members(level);
                List<MapArea> areas = b.layer(level);
                assertEquals(areas.size(), members.size(), () -> "areas at " + level);
                for (int i = 0; i < areas.size(); i++) {
                    assertEquals(areas.get(i).units(), members.get(i).units());
                    assertEquals(areas.get(i).parishes(), members.get(i).parishes());
                    assertEquals(areas.get(i).isShared(), members.get(i).isShared());
                }
            }
        });
    }

    @Test
    void everyParishPointIsLocatedInItsOwnPolygon() {
        qt().withExamples(60).forAll(MAPPED).checkAssert(data -> {
            Territory t = Territory.of(data);
            Boundaries b = t.boundaries().orElseThrow();
            for (ParishCode p : data.boundaries().polygons().keySet()) {
                Geometry g = data.boundaries().polygon(p).get();
                org.locationtech.jts.geom.Point inside = g.getInteriorPoint();
                Location l = b.locate(new Coordinates(inside.getY(), inside.getX()), 0);
                assertEquals(new Location(Location.Kind.INSIDE, List.of(p), 0), l);
            }
        });
    }

    @Test
    void aPointOnASharedBorderNamesBothParishesAndOutsidePointsTakeTheNearestWithinTheTolerance() {
        qt().withExamples(60).forAll(MAPPED).checkAssert(data -> {
            Territory t = Territory.of(data);
            Boundaries b = t.boundaries().orElseThrow();
            List<Parish> parishes = t.parishes();
            for (int k = 0; k + 1 < parishes.size(); k++) {
                ParishCode left = parishes.get(k).code();
                ParishCode right = parishes.get(k + 1).code();
                if (k % 10 == 9 || data.boundaries().polygon(left).isEmpty()
                        || data.boundaries().polygon(right).isEmpty()) {
                    continue;
                }
                org.locationtech.jts.geom.Envelope e = data.boundaries().polygon(right).get().getEnvelopeInternal();
                double lon = e.getMinX();
                double lat = (e.getMinY() + e.getMaxY()) / 2;
                Location l = b.locate(new Coordinates(lat, lon), 0);
                assertEquals(Location.Kind.ON_BORDER, l.kind());
                assertEquals(List.of(left, right), l.candidates());
                assertEquals(left, l.parish().orElseThrow(), "the lowest code on a border");
            }
            ParishCode first = parishes.get(0).code();
            if (data.boundaries().polygon(first).isPresent()) {
                Coordinates offshore = new Coordinates(-2 + TerritoryGenerators.CELL / 2, -80.005);
                Location near = b.locate(offshore, 1_000);
                assertEquals(Location.Kind.NEAR, near.kind());
                assertEquals(List.of(first), near.candidates());
                assertEquals(556, near.distanceMetres(), 1);
                assertEquals(Location.Kind.OUTSIDE, b.locate(offshore, 500).kind());
            }
            assertTrue(b.parishAt(new Coordinates(10, -60)).isEmpty());
        });
    }
}
