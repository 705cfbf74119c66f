package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;

/**
 * The part of a parish held by one circuit, with the people it holds. Parts of one parish add up exactly to the
 * parish (largest-remainder apportionment of each group by share, ties to the lower circuit code).
 *
 * @param circuit never null
 * @param parish never null
 * @param share within (0, 1]
 * @param demographics the people of the parish in this circuit, never null
 */
public record CircuitPart(CircuitCode circuit, ParishCode parish, BigDecimal share, Demographics demographics) {
    /** @throws NullPointerException when an argument is null */
    public CircuitPart {
        Preconditions.requireNonNull(circuit, "circuit");
        Preconditions.requireNonNull(parish, "parish");
        Preconditions.requireNonNull(share, "share");
        Preconditions.requireNonNull(demographics, "demographics");
    }

    /** The number of people of the parish in this circuit. */
    public long population() {
        return demographics.total();
    }
}
