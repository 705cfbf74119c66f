package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;

/**
 * Decisions of costing, explicit and documented.
 *
 * @param priceYear the year all costs are restated to with {@link #priceIndex()}
 * @param priceIndex never null
 * @param replaceAboveShare repair-or-replace: when refurbishing costs more than this share of a new unit, the unit
 *     is replaced instead (default 0.6); within [0, 1]
 */
public record CostPolicy(int priceYear, PriceIndex priceIndex, BigDecimal replaceAboveShare) {
    /** Prices of 2022 (the census year), the default index, replace above 60 %. */
    public static final CostPolicy DEFAULTS = new CostPolicy(2022, PriceIndex.DEFAULT, new BigDecimal("0.6"));

    /** @throws IllegalArgumentException when the share is out of range */
    public CostPolicy {
        Preconditions.requireNonNull(priceIndex, "price index");
        Preconditions.check(replaceAboveShare != null && replaceAboveShare.signum() >= 0
                && replaceAboveShare.compareTo(BigDecimal.ONE) <= 0, "replace share must be within [0, 1]: %s",
                replaceAboveShare);
    }

    /** A copy with another price year. */
    public CostPolicy withPriceYear(int year) {
        return new CostPolicy(year, priceIndex, replaceAboveShare);
    }
}
