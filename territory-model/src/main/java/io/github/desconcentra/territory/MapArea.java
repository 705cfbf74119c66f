package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One area of a map of a level ({@link Boundaries#layer(Level)}): either the part of one unit made of the parishes
 * it holds alone, or one parish whose polygon several units of the level share because they split it (a city seat
 * split among circuits), listed once with all of them.
 *
 * @param geometry the union of the parishes' polygons (WGS84 longitude/latitude), never null; must not be modified
 * @param units the unit, or the units sharing the area, sorted; never empty
 * @param parishes the parishes drawn, sorted; never empty
 */
public record MapArea(Geometry geometry, List<UnitCode> units, List<ParishCode> parishes) {
    /** @throws IllegalArgumentException when a list is empty */
    public MapArea {
        Preconditions.requireNonNull(geometry, "geometry of a map area");
        Members members = new Members(units, parishes);
        units = members.units();
        parishes = members.parishes();
    }

    /** True when several units share this area (a parish split among them). */
    public boolean isShared() {
        return units.size() > 1;
    }

    /**
     * The units and parishes of a map area without its geometry ({@link Boundaries#members(Level)}).
     *
     * @param units the unit, or the units sharing the area, sorted; never empty
     * @param parishes the parishes drawn, sorted; never empty
     */
    public record Members(List<UnitCode> units, List<ParishCode> parishes) {
        /** @throws IllegalArgumentException when a list is empty */
        public Members {
            units = List.copyOf(Preconditions.requireNonNull(units, "units of a map area"));
            parishes = List.copyOf(Preconditions.requireNonNull(parishes, "parishes of a map area"));
            Preconditions.check(!units.isEmpty() && !parishes.isEmpty(), "a map area names at least one unit and"
                    + " one parish");
        }

        /** True when several units share this area (a parish split among them). */
        public boolean isShared() {
            return units.size() > 1;
        }
    }
}
