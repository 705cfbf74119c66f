package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The country, root of both hierarchies.
 *
 * @param code ISO country code, never null
 * @param name never blank
 */
public record Nation(NationCode code, String name) implements TerritorialUnit {
    /** @throws IllegalArgumentException when the name is blank */
    public Nation {
        Preconditions.requireNonNull(code, "nation code");
        Preconditions.requireText(name, "name", code);
    }
}
