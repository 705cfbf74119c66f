package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
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
 * @param value from 0 to {@link #MAX_VALUE}, with at most {@link #MAX_DECIMALS} decimal places; compared by value
 * @param unit what the value counts, e.g. {@code people}; never null
 * @param provenance never null
 * @param range how low and how high the value could plausibly be, or null when none is given (every parameter whose
 *     status is not sourced should have one: validation warns otherwise); when given it holds the value
 */
public record Parameter(String standard, String name, BigDecimal value, String unit, Provenance provenance,
                        Range range) {
    /**
     * The largest value a parameter may take: a trillion, a hundred times the people of the Earth. Thresholds,
     * ratios and shares sit far below; the bound keeps {@link #whole()} and the rules' arithmetic within range.
     */
    public static final BigDecimal MAX_VALUE = BigDecimal.valueOf(1_000_000_000_000L);
    /** The most decimal places a value may have (a share of one in a trillion). */
    public static final int MAX_DECIMALS = 12;

    /** @throws IllegalArgumentException naming the value when it is negative, too large or too fine, or a name blank */
    public Parameter {
        Preconditions.requireText(standard, "standard", "parameter");
        Preconditions.requireText(name, "name", "parameter of " + standard);
        Preconditions.requireNonNull(value, "value of " + standard + "/" + name);
        Preconditions.check(value.signum() >= 0, "parameter value must not be negative: %s (%s/%s)",
                value.toString(), standard, name);
        Preconditions.check(value.compareTo(MAX_VALUE) <= 0, "parameter value must be at most 1,000,000,000,000: %s"
                + " (%s/%s)", value.toString(), standard, name);
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        Preconditions.check(value.scale() <= MAX_DECIMALS, "parameter value must have at most %d decimal places: %s"
                + " (%s/%s)", MAX_DECIMALS, value.toString(), standard, name);
        if (value.scale() < 0) {
            value = value.setScale(0, RoundingMode.UNNECESSARY);
        }
        unit = unit == null ? "" : unit;
        Preconditions.requireNonNull(provenance, "provenance of " + standard + "/" + name);
        Preconditions.check(range == null || range.contains(value), "parameter value %s must lie within its range"
                + " %s (%s/%s)", value.toPlainString(), range == null ? "" : range.span(), standard, name);
    }

    /** A parameter without a range. */
    public Parameter(String standard, String name, BigDecimal value, String unit, Provenance provenance) {
        this(standard, name, value, unit, provenance, null);
    }

    /** The value as a whole number, rounding half-even (for thresholds written as whole numbers). */
    public long whole() {
        return value.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
