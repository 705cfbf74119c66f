package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Set;
import java.util.TreeSet;

/**
 * A planning zone. A zone is a union of whole provinces, except a <em>metropolitan</em> zone, which is exactly a
 * set of cantons (in Ecuador zone 8 = Guayaquil, Durán, Samborondón and zone 9 = the Metropolitan District of
 * Quito); the zones that hold the rest of those provinces may then hold the province minus those cantons.
 *
 * @param code never null
 * @param name never blank
 * @param metropolitanCantons the cantons a metropolitan zone consists of; empty for an ordinary zone; never null
 */
public record Zone(ZoneCode code, String name, Set<CantonCode> metropolitanCantons) implements TerritorialUnit {
    /** @throws IllegalArgumentException when the name is blank */
    public Zone {
        Preconditions.requireNonNull(code, "zone code");
        Preconditions.requireText(name, "name", code);
        Preconditions.requireNonNull(metropolitanCantons, "metropolitan cantons of zone " + code);
        metropolitanCantons = Set.copyOf(metropolitanCantons);
    }

    /** An ordinary zone made of whole provinces. */
    public static Zone of(ZoneCode code, String name) {
        return new Zone(code, name, Set.of());
    }

    /** True when the zone is defined as a set of cantons rather than whole provinces. */
    public boolean isMetropolitan() {
        return !metropolitanCantons.isEmpty();
    }

    /** The metropolitan cantons in code order. */
    public Set<CantonCode> sortedMetropolitanCantons() {
        return new TreeSet<>(metropolitanCantons);
    }
}
