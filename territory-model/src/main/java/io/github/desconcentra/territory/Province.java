package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * A province of the political-administrative division.
 *
 * @param code never null
 * @param name never blank
 */
public record Province(ProvinceCode code, String name) implements TerritorialUnit {
    /** @throws IllegalArgumentException when the name is blank */
    public Province {
        Preconditions.requireNonNull(code, "province code");
        Preconditions.requireText(name, "name", code);
    }
}
