package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The part of a parish that a circuit holds: the whole parish (share 1) or a share of its population, for large
 * parishes split into several circuits. A share below 1 is an estimate unless the official table says otherwise.
 *
 * <p>Where the circuit table names the part — an urban parish of a split city seat ({@code EL CONDADO} of Quito) or
 * a sector ({@code GUAYAQUIL-GUASMO}) — the share carries that name, and the urban parish's code when the name is
 * one of the seat's urban parishes.
 *
 * @param parish never null
 * @param share within (0, 1]; compared by value (trailing zeros are stripped)
 * @param partName the name the circuit table gives the part, empty when it gives none; never null
 * @param urbanParish the urban parish the part is, or null when the table names none
 */
public record ParishShare(ParishCode parish, BigDecimal share, String partName, ParishCode urbanParish) {
    /** @throws IllegalArgumentException naming the value when the share is not within (0, 1] */
    public ParishShare {
        Preconditions.requireNonNull(parish, "parish of a circuit part");
        Preconditions.requireNonNull(share, "share of parish " + parish);
        Preconditions.check(share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0,
                "population share must be within (0, 1]: %s (parish %s)", share.toPlainString(), parish);
        share = share.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : share.stripTrailingZeros();
        partName = partName == null ? "" : partName.strip();
    }

    /** A share with no part name and no urban parish. */
    public ParishShare(ParishCode parish, BigDecimal share) {
        this(parish, share, "", null);
    }

    /** The whole parish. */
    public static ParishShare whole(ParishCode parish) {
        return new ParishShare(parish, BigDecimal.ONE);
    }

    /** True when the circuit holds the whole parish. */
    public boolean isWhole() {
        return share.compareTo(BigDecimal.ONE) == 0;
    }

    /** The urban parish this part is, when the circuit table names one. */
    public Optional<ParishCode> namedUrbanParish() {
        return Optional.ofNullable(urbanParish);
    }
}
