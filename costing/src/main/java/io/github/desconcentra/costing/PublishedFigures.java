package io.github.desconcentra.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The published national figures a cost of the gap is reported beside, as ratios (never used to tune anything).
 */
public final class PublishedFigures {
    /** The seed's USD 13,316 million for the six sectors; not confirmed by any accessible source. */
    public static final BigDecimal SEED_SIX_SECTORS = new BigDecimal("13316000000");
    /** The 2012 press figure of investment for 66 services (El Telégrafo, Granma). */
    public static final BigDecimal PRESS_2012_INVESTMENT = new BigDecimal("39699000000");
    /** The 2012 press figure of recurrent spending a year for the same services. */
    public static final BigDecimal PRESS_2012_RECURRENT = new BigDecimal("4701000000");

    private PublishedFigures() {
    }

    /** {@code amount / figure}, half-even to {@code scale} decimals. */
    public static BigDecimal ratio(BigDecimal amount, BigDecimal figure, int scale) {
        return amount.divide(figure, scale, RoundingMode.HALF_EVEN);
    }

    /** {@code amount / figure} to 2 decimals, as text, e.g. {@code 0.95}. */
    public static String ratio(BigDecimal amount, BigDecimal figure) {
        return ratio(amount, figure, 2).toPlainString();
    }
}
