package io.github.desconcentra.standards;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.internal.Preconditions;

/**
 * A service establishment of the current supply (oferta actual).
 *
 * @param id unique within an inventory, never blank
 * @param sector never null
 * @param typology a typology code of the sector, never blank
 * @param parish the parish it lies in, or null when only the circuit is known
 * @param circuit the circuit it lies in, or null when the parish places it
 * @param location its point, or null
 * @param condition never null
 * @param capacity beds, seats (all shifts), places or posts, not negative
 * @param staff people working there, not negative
 * @param name may be empty, never null
 */
public record Establishment(String id, Sector sector, String typology, ParishCode parish, CircuitCode circuit,
                            Coordinates location, Condition condition, long capacity, long staff, String name) {
    /** @throws IllegalArgumentException naming the value when a field is invalid */
    public Establishment {
        Preconditions.requireText(id, "id", "establishment");
        Preconditions.requireNonNull(sector, "sector of establishment " + id);
        Preconditions.requireText(typology, "typology", "establishment " + id);
        Preconditions.check(parish != null || circuit != null, "establishment %s has neither parish nor circuit", id);
        Preconditions.requireNonNull(condition, "condition of establishment " + id);
        Preconditions.requireNonNegative(capacity, "capacity", "establishment " + id);
        Preconditions.requireNonNegative(staff, "staff", "establishment " + id);
        name = name == null ? "" : name;
    }
}
