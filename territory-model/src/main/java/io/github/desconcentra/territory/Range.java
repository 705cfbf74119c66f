package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;

/**
 * How far a figure that is not known exactly could plausibly be: a low and a high value and where that spread comes
 * from (the spread of the sources, a second source, or a stated share either side). Standards and unit costs whose
 * status is not {@link Provenance.Status#SOURCED} carry one, so a sensitivity analysis can swing them.
 *
 * @param low the lowest plausible value, never null
 * @param high the highest plausible value, never null; not below {@code low}
 * @param source where the spread comes from, never blank
 */
public record Range(BigDecimal low, BigDecimal high, String source) {
    /** @throws IllegalArgumentException naming the values when {@code high} is below {@code low} */
    public Range {
        Preconditions.requireNonNull(low, "low");
        Preconditions.requireNonNull(high, "high");
        Preconditions.requireText(source, "range source", "range " + low.toPlainString() + "-" + high.toPlainString());
        Preconditions.check(low.compareTo(high) <= 0, "low must not be above high: %s > %s", low.toPlainString(),
                high.toPlainString());
    }

    /** True when {@code low <= value <= high}. */
    public boolean contains(BigDecimal value) {
        return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
    }

    /** {@code low-high}, plain. */
    public String span() {
        return low.toPlainString() + "-" + high.toPlainString();
    }
}
