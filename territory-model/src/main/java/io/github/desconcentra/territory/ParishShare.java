package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;

/**
 * The part of a parish that a circuit holds: the whole parish (share 1) or a share of its population, for large
 * parishes split into several circuits. A share below 1 is an estimate unless the official table says otherwise.
 *
 * @param parish never null
 * @param share within (0, 1]; compared by value (trailing zeros are stripped)
 */
public record ParishShare(ParishCode parish, BigDecimal share) {
    /** @throws IllegalArgumentException naming the value when the share is not within (0, 1] */
    public ParishShare {
        Preconditions.requireNonNull(parish, "parish of a circuit part");
        Preconditions.requireNonNull(share, "share of parish " + parish);
        Preconditions.check(share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0,
                "population share must be within (0, 1]: %s (parish %s)", share.toPlainString(), parish);
        share = share.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : share.stripTrailingZeros();
    }

    /** The whole parish. */
    public static ParishShare whole(ParishCode parish) {
        return new ParishShare(parish, BigDecimal.ONE);
    }

    /** True when the circuit holds the whole parish. */
    public boolean isWhole() {
        return share.compareTo(BigDecimal.ONE) == 0;
    }
}
