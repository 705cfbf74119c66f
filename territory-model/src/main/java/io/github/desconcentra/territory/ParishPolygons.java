package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Once;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * The polygon of each parish (WGS84 longitude/latitude, as JTS geometries: {@code Polygon} or {@code MultiPolygon}),
 * the raw material of {@link Boundaries}. A territory without polygons carries {@link #NONE} and works with points
 * only. A parish may lack a polygon (the validator warns); a polygon may not name an unknown parish (an error).
 *
 * <p>Instances are immutable and thread-safe; equality is by content. A {@linkplain #lazy(Supplier) lazy} instance
 * reads its polygons on first use, so a territory that never draws a map or locates a point does not pay for them.
 */
public final class ParishPolygons {

    /** No polygons. */
    public static final ParishPolygons NONE = new ParishPolygons(new TreeMap<>(), null);

    private final Once<Content> content;

    private record Content(SortedMap<ParishCode, Geometry> polygons, Provenance provenance) {
    }

    private ParishPolygons(SortedMap<ParishCode, Geometry> polygons, Provenance provenance) {
        this.content = Once.done(new Content(Collections.unmodifiableSortedMap(polygons), provenance));
    }

    private ParishPolygons(Supplier<ParishPolygons> loader) {
        this.content = Once.of(() -> Preconditions.requireNonNull(loader.get(), "loaded parish polygons").content());
    }

    /**
     * Polygons by parish.
     *
     * @param polygons each a {@code Polygon} or {@code MultiPolygon} in WGS84 longitude/latitude; copied
     * @param provenance where the layer comes from, never null
     * @return the polygons; {@link #NONE} when the map is empty
     * @throws IllegalArgumentException naming the parish when a geometry is not polygonal or is empty
     */
    public static ParishPolygons of(Map<ParishCode, Geometry> polygons, Provenance provenance) {
        Preconditions.requireNonNull(polygons, "parish polygons");
        Preconditions.requireNonNull(provenance, "provenance of parish polygons");
        if (polygons.isEmpty()) {
            return NONE;
        }
        SortedMap<ParishCode, Geometry> copy = new TreeMap<>();
        polygons.forEach((code, g) -> {
            Preconditions.requireNonNull(code, "parish code of a polygon");
            Preconditions.requireNonNull(g, "polygon of parish " + code);
            Preconditions.check(g instanceof Polygonal && !g.isEmpty(), "the geometry of parish %s must be a"
                    + " non-empty Polygon or MultiPolygon, not %s", code, g.getGeometryType());
            Geometry own = g.copy();
            own.setUserData(code);
            copy.put(code, own);
        });
        return new ParishPolygons(copy, provenance);
    }

    /**
     * Polygons read on first use by {@code loader} (called at most once; its exceptions reach the first caller).
     *
     * @param loader returns the polygons, never null
     */
    public static ParishPolygons lazy(Supplier<ParishPolygons> loader) {
        return new ParishPolygons(Preconditions.requireNonNull(loader, "loader of parish polygons"));
    }

    private Content content() {
        return content.get();
    }

    /** True when no parish has a polygon (reads a lazy instance). */
    public boolean isEmpty() {
        return content().polygons().isEmpty();
    }

    /** True when the polygons are in memory: not lazy, or already read. */
    public boolean isLoaded() {
        return content.isDone();
    }

    /**
     * The polygons by parish code, sorted; each geometry carries its {@link ParishCode} as JTS user data. Callers must
     * not modify the geometries (JTS geometries are mutable).
     */
    public SortedMap<ParishCode, Geometry> polygons() {
        return content().polygons();
    }

    /** The polygon of a parish, if the layer has one. */
    public Optional<Geometry> polygon(ParishCode parish) {
        return Optional.ofNullable(content().polygons().get(parish));
    }

    /** Where the layer comes from; empty for {@link #NONE}. */
    public Optional<Provenance> provenance() {
        return Optional.ofNullable(content().provenance());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ParishPolygons other)) {
            return false;
        }
        Content a = content();
        Content b = other.content();
        if (!a.polygons().keySet().equals(b.polygons().keySet()) || !java.util.Objects.equals(a.provenance(),
                b.provenance())) {
            return false;
        }
        for (Map.Entry<ParishCode, Geometry> e : a.polygons().entrySet()) {
            if (!e.getValue().equalsExact(b.polygons().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return content().polygons().keySet().hashCode();
    }

    @Override
    public String toString() {
        return !content.isDone() ? "ParishPolygons[not read yet]" : "ParishPolygons[" + content().polygons().size()
                + " parishes]";
    }
}
