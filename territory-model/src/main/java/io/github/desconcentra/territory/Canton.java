package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * A canton of the political-administrative division. The province is explicit so that validation can report a
 * canton whose code does not nest in its province.
 *
 * @param code never null
 * @param name never blank
 * @param province the province it belongs to, never null
 */
public record Canton(CantonCode code, String name, ProvinceCode province) implements TerritorialUnit {
    /** @throws IllegalArgumentException when the name is blank */
    public Canton {
        Preconditions.requireNonNull(code, "canton code");
        Preconditions.requireText(name, "name", code);
        Preconditions.requireNonNull(province, "province of canton " + code);
    }
}
