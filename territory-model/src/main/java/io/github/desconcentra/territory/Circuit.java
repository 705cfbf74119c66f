package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;

/**
 * A planning circuit: one parish, a union of parishes, or a share of a large parish.
 *
 * @param code never null
 * @param name never blank
 * @param district the district it belongs to, never null; validation checks that the code nests in it
 * @param parishes the parishes or parish shares it holds, never null; copied
 */
public record Circuit(CircuitCode code, String name, DistrictCode district, List<ParishShare> parishes)
        implements TerritorialUnit {
    /** @throws IllegalArgumentException when the name is blank */
    public Circuit {
        Preconditions.requireNonNull(code, "circuit code");
        Preconditions.requireText(name, "name", code);
        Preconditions.requireNonNull(district, "district of circuit " + code);
        Preconditions.requireNonNull(parishes, "parishes of circuit " + code);
        parishes = List.copyOf(parishes);
    }

    /** True when a population share of at least one of its parishes is an estimate (share below 1). */
    public boolean isEstimated() {
        return parishes.stream().anyMatch(p -> !p.isWhole());
    }
}
