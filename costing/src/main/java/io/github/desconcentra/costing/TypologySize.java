package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * What one new establishment of a typology holds and who works there: a plan builds whole establishments, so a gap
 * of places (hospital beds, prison places) becomes establishments of this capacity, and every new establishment
 * brings its staff.
 *
 * @param typology the typology code, never blank
 * @param capacity places of one establishment (beds, prison places, seats); 0 when the typology has none
 * @param staff nominal staff of one establishment, all roles; not negative
 */
public record TypologySize(String typology, long capacity, long staff) {
    /** @throws IllegalArgumentException naming the typology when a count is negative */
    public TypologySize {
        Preconditions.requireText(typology, "typology", "typology size");
        Preconditions.requireNonNegative(capacity, "capacity", typology);
        Preconditions.requireNonNegative(staff, "staff", typology);
    }
}
