package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Optional;

/**
 * A planning district. Its parishes are those of its circuits.
 *
 * @param code never null
 * @param name never blank
 * @param zone the zone it belongs to, never null
 * @param seat the parish where the district office lies, or null when unknown
 */
public record District(DistrictCode code, String name, ZoneCode zone, ParishCode seat) implements TerritorialUnit {
    /** @throws IllegalArgumentException when the name is blank */
    public District {
        Preconditions.requireNonNull(code, "district code");
        Preconditions.requireText(name, "name", code);
        Preconditions.requireNonNull(zone, "zone of district " + code);
    }

    /** The office parish when known. */
    public Optional<ParishCode> seatParish() {
        return Optional.ofNullable(seat);
    }
}
