package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The outline of a territorial unit, dissolved from the polygons of the parishes it holds (see {@link Boundaries}).
 *
 * <p>A circuit (or district, or zone) that holds only <i>part</i> of a parish has no finer geometry than the whole
 * parish: its outline then includes the whole parish polygon, is not {@linkplain #exact() exact}, and names the
 * other units of its level that share that polygon, so a map can draw the parish once with all its units listed
 * (see {@link Boundaries#layer(Level)}) instead of stacking shapes or dots.
 *
 * @param unit the unit, never null
 * @param geometry the union of the polygons of every parish the unit holds wholly or in part (WGS84
 *     longitude/latitude; empty when none of them has a polygon); never null; must not be modified
 * @param exact true when the geometry is exactly the unit: every parish it holds is held wholly and has a polygon
 * @param sharedWith the other units of the same level holding part of a parish whose polygon is in this outline,
 *     sorted; empty for units of the political-administrative division
 * @param withoutPolygon the parishes of the unit that have no polygon, sorted
 */
public record Outline(UnitCode unit, Geometry geometry, boolean exact, List<UnitCode> sharedWith,
                      List<ParishCode> withoutPolygon) {
    /** @throws NullPointerException when an argument is null */
    public Outline {
        Preconditions.requireNonNull(unit, "unit of an outline");
        Preconditions.requireNonNull(geometry, "geometry of the outline of " + unit);
        sharedWith = List.copyOf(Preconditions.requireNonNull(sharedWith, "units sharing the outline of " + unit));
        withoutPolygon = List.copyOf(Preconditions.requireNonNull(withoutPolygon, "parishes without polygon in "
                + unit));
    }
}
