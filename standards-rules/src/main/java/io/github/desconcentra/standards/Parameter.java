package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number of a standard, with its provenance: a threshold, a ratio or a share. Rules match parameters by
 * standard and name instead of writing numbers into rule bodies, so a ministry can change a number without touching
 * a rule.
 *
 * @param standard the standard's id, e.g. {@code HEALTH-CS-A}; never blank
 * @param name the parameter's name within the standard, e.g. {@code max_population}; never blank
 * @param value not negative; compared by value
 * @param unit what the value counts, e.g. {@code people}; never null
 * @param provenance never null
 */
public record Parameter(String standard, String name, BigDecimal value, String unit, Provenance provenance) {
    /** @throws IllegalArgumentException naming the value when it is negative or a name blank */
    public Parameter {
        Preconditions.requireText(standard, "standard", "parameter");
        Preconditions.requireText(name, "name", "parameter of " + standard);
        Preconditions.requireNonNull(value, "value of " + standard + "/" + name);
        Preconditions.check(value.signum() >= 0, "parameter value must not be negative: %s (%s/%s)",
                value.toPlainString(), standard, name);
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        unit = unit == null ? "" : unit;
        Preconditions.requireNonNull(provenance, "provenance of " + standard + "/" + name);
    }

    /** The value as a whole number, rounding half-even (for thresholds written as whole numbers). */
    public long whole() {
        return value.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
