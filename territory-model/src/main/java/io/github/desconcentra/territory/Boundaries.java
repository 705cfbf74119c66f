package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Once;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The geometry of a territory: the parish polygons, the outline of every unit dissolved from them with JTS (union by
 * {@code OverlayNGRobust}, which falls back to snapping rather than fail on nearly coincident borders),
 * a map layer per level, and point location. Obtained from {@link Territory#boundaries()}; a territory without
 * polygons has none and works with points only.
 *
 * <p><b>Outlines.</b> The outline of a parish is its polygon; of a canton, province or the nation, the union of its
 * parishes (through its cantons and provinces); of a circuit, the union of the parishes it holds wholly or in part; of
 * a district or zone, the union of its circuits or districts. Where a parish is split among circuits there is no
 * finer geometry: each of those circuits' outlines includes the whole parish and says so ({@link Outline#exact()}
 * false, {@link Outline#sharedWith()} the other circuits). Outlines are computed on first request and cached.
 *
 * <p><b>Point location.</b> {@link #locate(Coordinates, double)} finds the polygon holding a point with an STR-tree of
 * the polygons' envelopes and prepared geometries: a point inside one polygon belongs to that parish; a point on a
 * border shared by several polygons is reported with all of them (and {@link Location#parish()} takes the lowest
 * code, a stated rule); a point outside every polygon (an offshore school, a coast simplified inward) belongs to the
 * nearest polygon if it lies within the tolerance, measured on the sphere, and to none otherwise. The polygons are
 * simplified (the Ecuador layer to 300 m), so a point within a few hundred metres of a border may be placed in the
 * neighbouring parish: a record that declares a parish should keep it when it is among the candidates.
 *
 * <p>Instances are immutable in effect and thread-safe; the spatial index is built on first location.
 */
public final class Boundaries {
    /**
     * The default distance within which a point outside every polygon is given the nearest one: 1,000 m, about three
     * times the 300 m simplification of the Ecuador layer.
     */
    public static final double DEFAULT_TOLERANCE_METRES = 1_000;

    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private final Territory territory;
    private final ParishPolygons polygons;
    private final GeometryFactory factory;
    private final Map<UnitCode, Outline> outlines = new ConcurrentHashMap<>();
    private final Map<Level, List<MapArea>> layers = new ConcurrentHashMap<>();
    private final Map<Level, List<MapArea.Members>> members = new ConcurrentHashMap<>();
    private final Once<STRtree> index = Once.of(this::indexed);

    Boundaries(Territory territory, ParishPolygons polygons) {
        this.territory = territory;
        this.polygons = polygons;
        Geometry any = polygons.polygons().isEmpty() ? null : polygons.polygons().values().iterator().next();
        this.factory = any == null ? new GeometryFactory(new PrecisionModel(), 4326) : any.getFactory();
    }

    /** The parish polygons. */
    public ParishPolygons polygons() {
        return polygons;
    }

    /** The parishes of the territory without a polygon, sorted. */
    public List<ParishCode> parishesWithoutPolygon() {
        List<ParishCode> list = new ArrayList<>();
        for (Parish p : territory.parishes()) {
            if (!polygons.polygons().containsKey(p.code())) {
                list.add(p.code());
            }
        }
        return List.copyOf(list);
    }

    /**
     * The outline of any unit of the territory (see the class comment).
     *
     * @throws IllegalArgumentException when the code is unknown
     */
    public Outline outline(UnitCode unit) {
        territory.unit(unit);
        Outline o = outlines.get(unit);
        if (o == null) {
            o = compute(unit);
            Outline prev = outlines.putIfAbsent(unit, o);
            o = prev == null ? o : prev;
        }
        return o;
    }

    /**
     * The outline of a unit whose geometry the caller dissolved earlier from these same parish polygons (for instance
     * made once by a build and stored): what {@link #outline(UnitCode)} gives, with that geometry and without computing
     * the union again. Not cached; whether the geometry is the right one is the caller's to know (check a fingerprint
     * of the polygons it came from).
     *
     * @param unit any unit of the territory
     * @param dissolved the union of the polygons of the parishes the unit holds wholly or in part, as
     *     {@link #outline(UnitCode)} would give it; never null; must not be modified
     * @throws IllegalArgumentException when the code is unknown
     * @throws NullPointerException when the geometry is null
     */
    public Outline outline(UnitCode unit, Geometry dissolved) {
        territory.unit(unit);
        Preconditions.requireNonNull(dissolved, "dissolved geometry of " + unit);
        return compute(unit, dissolved);
    }

    private Outline compute(UnitCode unit) {
        return compute(unit, null);
    }

    /** The outline of a unit: its geometry dissolved now unless given. */
    private Outline compute(UnitCode unit, Geometry dissolved) {
        SortedSet<ParishCode> parishes = parishesOf(unit);
        List<ParishCode> missing = new ArrayList<>();
        for (ParishCode p : parishes) {
            if (!polygons.polygons().containsKey(p)) {
                missing.add(p);
            }
        }
        Geometry geometry = dissolved;
        if (geometry == null) {
            List<Geometry> parts = new ArrayList<>();
            for (UnitCode child : unionChildren(unit)) {
                Geometry g = child instanceof ParishCode p ? polygons.polygons().get(p) : outline(child).geometry();
                if (g != null && !g.isEmpty()) {
                    parts.add(g);
                }
            }
            geometry = union(parts);
        }
        SortedSet<UnitCode> sharedWith = new TreeSet<>();
        boolean whole = true;
        for (ParishCode p : parishes) {
            List<? extends UnitCode> holders = holders(unit.level(), p);
            if (holders.size() > 1) {
                whole = false;
                sharedWith.addAll(holders);
            }
        }
        sharedWith.remove(unit);
        return new Outline(unit, geometry, whole && missing.isEmpty(), List.copyOf(sharedWith), missing);
    }

    /** The units whose geometries make up a unit's outline: parishes at the bottom, children above. */
    private List<? extends UnitCode> unionChildren(UnitCode unit) {
        return switch (unit.level()) {
            case PARISH -> List.of(unit);
            case CIRCUIT -> List.copyOf(parishesOf(unit));
            case NATION -> territory.units(Level.PROVINCE).stream().map(TerritorialUnit::code).toList();
            default -> territory.children(unit);
        };
    }

    /** The parishes a unit holds wholly or in part, sorted. */
    private SortedSet<ParishCode> parishesOf(UnitCode unit) {
        SortedSet<ParishCode> set = new TreeSet<>();
        switch (unit.level()) {
            case PARISH -> set.add((ParishCode) unit);
            case CIRCUIT -> territory.partsOf((CircuitCode) unit).forEach(cp -> set.add(cp.parish()));
            case NATION -> territory.parishes().forEach(p -> set.add(p.code()));
            default -> territory.children(unit).forEach(c -> set.addAll(parishesOf(c)));
        }
        return set;
    }

    /** The units of a level holding (part of) a parish; one for the political-administrative levels. */
    private List<? extends UnitCode> holders(Level level, ParishCode parish) {
        return switch (level) {
            case CIRCUIT -> territory.circuitsHolding(parish);
            case DISTRICT -> territory.districtsHolding(parish);
            case ZONE -> territory.zonesHolding(parish);
            default -> List.of(parish);
        };
    }

    private Geometry union(Collection<Geometry> parts) {
        if (parts.isEmpty()) {
            return factory.createMultiPolygon();
        }
        if (parts.size() == 1) {
            return parts.iterator().next();
        }
        return OverlayNGRobust.union(parts, factory);
    }

    /**
     * A map of one level: for every unit, one area made of the parishes it holds alone; and for every parish that
     * several units of the level split, one area listing all of them (see {@link MapArea}). Units or parishes without
     * a polygon have no area. Sorted by units, then parishes; computed once per level.
     *
     * @param level any level
     */
    public List<MapArea> layer(Level level) {
        Preconditions.requireNonNull(level, "level");
        List<MapArea> l = layers.get(level);
        if (l == null) {
            l = computeLayer(level);
            List<MapArea> prev = layers.putIfAbsent(level, l);
            l = prev == null ? l : prev;
        }
        return l;
    }

    private List<MapArea> computeLayer(Level level) {
        List<MapArea> areas = new ArrayList<>();
        for (MapArea.Members a : members(level)) {
            Geometry g;
            if (a.units().size() > 1) {
                g = polygons.polygons().get(a.parishes().get(0));
            } else if (a.parishes().size() == parishesOf(a.units().get(0)).size()) {
                g = outline(a.units().get(0)).geometry();
            } else {
                g = union(a.parishes().stream().map(p -> polygons.polygons().get(p)).toList());
            }
            areas.add(new MapArea(g, a.units(), a.parishes()));
        }
        return List.copyOf(areas);
    }

    /**
     * The areas of {@link #layer(Level)} without their geometry: the same units and parishes in the same order, for a
     * map that draws its own (say, simplified) polygons and needs no outline dissolved at full resolution. Computed
     * once per level.
     *
     * @param level any level
     */
    public List<MapArea.Members> members(Level level) {
        Preconditions.requireNonNull(level, "level");
        List<MapArea.Members> l = members.get(level);
        if (l == null) {
            l = computeMembers(level);
            List<MapArea.Members> prev = members.putIfAbsent(level, l);
            l = prev == null ? l : prev;
        }
        return l;
    }

    private List<MapArea.Members> computeMembers(Level level) {
        SortedMap<String, MapArea.Members> areas = new TreeMap<>();
        Map<ParishCode, List<? extends UnitCode>> shared = new TreeMap<>();
        for (TerritorialUnit u : territory.units(level)) {
            List<ParishCode> alone = new ArrayList<>();
            for (ParishCode p : parishesOf(u.code())) {
                if (!polygons.polygons().containsKey(p)) {
                    continue;
                }
                List<? extends UnitCode> holders = holders(level, p);
                if (holders.size() > 1) {
                    shared.put(p, holders);
                } else {
                    alone.add(p);
                }
            }
            if (!alone.isEmpty()) {
                add(areas, new MapArea.Members(List.of(u.code()), alone));
            }
        }
        shared.forEach((p, holders) -> add(areas, new MapArea.Members(List.copyOf(holders), List.of(p))));
        return List.copyOf(areas.values());
    }

    private static void add(SortedMap<String, MapArea.Members> areas, MapArea.Members a) {
        areas.put(a.units().get(0).value() + "/" + a.units().size() + "/" + a.parishes().get(0).value(), a);
    }

    /** {@link #locate(Coordinates, double)} with {@link #DEFAULT_TOLERANCE_METRES}, reduced to its parish. */
    public Optional<ParishCode> parishAt(Coordinates point) {
        return locate(point, DEFAULT_TOLERANCE_METRES).parish();
    }

    /**
     * Where a point falls among the parish polygons (see the class comment).
     *
     * @param point never null
     * @param toleranceMetres how far outside every polygon a point may lie and still get the nearest; 0 for none
     * @throws IllegalArgumentException when the tolerance is negative or not finite
     */
    public Location locate(Coordinates point, double toleranceMetres) {
        Preconditions.requireNonNull(point, "point");
        Preconditions.check(toleranceMetres >= 0 && Double.isFinite(toleranceMetres),
                "tolerance must be finite and not negative: %s", toleranceMetres);
        STRtree tree = index();
        Point p = factory.createPoint(new Coordinate(point.lon(), point.lat()));
        SortedSet<ParishCode> border = new TreeSet<>();
        for (Object o : tree.query(p.getEnvelopeInternal())) {
            PreparedGeometry g = (PreparedGeometry) o;
            if (g.containsProperly(p)) {
                return new Location(Location.Kind.INSIDE, List.of(code(g)), 0);
            }
            if (g.covers(p)) {
                border.add(code(g));
            }
        }
        if (border.size() == 1) {
            return new Location(Location.Kind.INSIDE, List.copyOf(border), 0);
        }
        if (!border.isEmpty()) {
            return new Location(Location.Kind.ON_BORDER, List.copyOf(border), 0);
        }
        if (toleranceMetres == 0) {
            return new Location(Location.Kind.OUTSIDE, List.of(), 0);
        }
        double dLat = toleranceMetres / METRES_PER_DEGREE * 1.01;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(point.lat())));
        Envelope around = new Envelope(point.lon() - dLat / cos, point.lon() + dLat / cos, point.lat() - dLat,
                point.lat() + dLat);
        ParishCode best = null;
        double bestMetres = Double.POSITIVE_INFINITY;
        SortedMap<ParishCode, PreparedGeometry> near = new TreeMap<>();
        for (Object o : tree.query(around)) {
            near.put(code((PreparedGeometry) o), (PreparedGeometry) o);
        }
        for (Map.Entry<ParishCode, PreparedGeometry> e : near.entrySet()) {
            Coordinate c = DistanceOp.nearestPoints(e.getValue().getGeometry(), p)[0];
            double metres = point.distanceKm(new Coordinates(c.y, c.x)) * 1000;
            if (metres < bestMetres) {
                bestMetres = metres;
                best = e.getKey();
            }
        }
        if (best != null && bestMetres <= toleranceMetres) {
            return new Location(Location.Kind.NEAR, List.of(best), bestMetres);
        }
        return new Location(Location.Kind.OUTSIDE, List.of(), 0);
    }

    /**
     * Builds now the spatial index that {@link #locate} otherwise builds on its first call (an STR-tree of prepared
     * polygons), so that a caller about to locate many points can have it built on another thread meanwhile.
     *
     * @return these boundaries, never null
     */
    public Boundaries readyToLocate() {
        index();
        return this;
    }

    private static ParishCode code(PreparedGeometry g) {
        return (ParishCode) g.getGeometry().getUserData();
    }

    private STRtree index() {
        return index.get();
    }

    /** An STR-tree of the parishes' prepared polygons. */
    private STRtree indexed() {
        STRtree t = new STRtree();
        PreparedGeometryFactory prepare = new PreparedGeometryFactory();
        for (Geometry g : polygons.polygons().values()) {
            t.insert(g.getEnvelopeInternal(), prepare.create(g));
        }
        t.build();
        return t;
    }
}
