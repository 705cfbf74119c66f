package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Optional;

/**
 * A parish of the political-administrative division, the smallest unit that carries census population.
 *
 * @param code never null
 * @param name never blank
 * @param canton the canton it belongs to, never null
 * @param kind never null
 * @param centroid a representative point (not the town centre), or null when unknown
 * @param population census population, not negative; 0 for a parish whose people were counted elsewhere
 * @param populationSource how the population was obtained (e.g. {@code cpv2022}), never null, may be empty
 */
public record Parish(ParishCode code, String name, CantonCode canton, ParishKind kind, Coordinates centroid,
                     long population, String populationSource) implements TerritorialUnit {
    /** @throws IllegalArgumentException naming the value when the name is blank or the population negative */
    public Parish {
        Preconditions.requireNonNull(code, "parish code");
        // The messages are made only on failure: every projection of the territory makes its parishes again.
        if (name == null || name.isBlank() || canton == null || kind == null || population < 0) {
            Preconditions.requireText(name, "name", "parish " + code);
            Preconditions.requireNonNull(canton, "canton of parish " + code);
            Preconditions.requireNonNull(kind, "kind of parish " + code);
            Preconditions.requireNonNegative(population, "population", "parish " + code);
        }
        populationSource = populationSource == null ? "" : populationSource;
    }

    /** The centroid when known. */
    public Optional<Coordinates> location() {
        return Optional.ofNullable(centroid);
    }

    /** A copy with another population (used by projections). */
    public Parish withPopulation(long newPopulation) {
        return new Parish(code, name, canton, kind, centroid, newPopulation, populationSource);
    }
}
