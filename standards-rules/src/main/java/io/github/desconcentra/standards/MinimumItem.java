package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;

/**
 * One service of the minimum set a unit of a level must have, whatever its people (the seed's "circuito / distrito /
 * zona ideal": "lo mínimo que debería tener un territorio"), read from a sector's {@code minimum_set.csv}. The
 * population-driven rules say how many a unit of a given size needs; the minimum set says what no unit of the level
 * goes without. {@code desconcentra ideal} prints both side by side.
 *
 * @param sector never null
 * @param level the level of the unit, circuit, district or zone
 * @param item the service in words, e.g. {@code health centre type A}; never blank
 * @param typologies the typologies any of which provides it (e.g. a UEM mayor, menor or Siglo XXI school), never
 *     empty; copied, in the file's order
 * @param quantity how many, at least 1
 * @param provenance where the item comes from
 */
public record MinimumItem(Sector sector, Level level, String item, List<String> typologies, long quantity,
                          Provenance provenance) {
    /** @throws IllegalArgumentException naming the item when a field is out of range */
    public MinimumItem {
        Preconditions.requireNonNull(sector, "sector");
        Preconditions.requireNonNull(level, "level");
        Preconditions.check(level == Level.CIRCUIT || level == Level.DISTRICT || level == Level.ZONE
                || level == Level.NATION, "a minimum set is for circuits, districts, zones or the nation, not %s",
                level);
        Preconditions.requireText(item, "item", "minimum set");
        typologies = List.copyOf(typologies);
        Preconditions.check(!typologies.isEmpty(), "minimum-set item %s names no typology", item);
        Preconditions.check(quantity >= 1, "quantity must be at least 1: %d (minimum-set item %s)", quantity, item);
        Preconditions.requireNonNull(provenance, "provenance of minimum-set item " + item);
    }
}
