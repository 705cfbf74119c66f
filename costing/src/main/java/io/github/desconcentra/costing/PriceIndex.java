package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A price index per year, to restate amounts priced in one year into another (a base year).
 *
 * @param values index value per year, each positive; copied
 * @param provenance where the index comes from
 */
public record PriceIndex(Map<Integer, BigDecimal> values, Provenance provenance) {
    /**
     * The default: US CPI-U annual averages (BLS, 1982-84 = 100), since Ecuador uses the US dollar. <b>Assumed</b>:
     * construction prices in Ecuador move differently; replace with INEC's construction price index (IPCO). 2025 is
     * an estimate.
     */
    public static final PriceIndex DEFAULT = new PriceIndex(Map.ofEntries(
            Map.entry(2010, new BigDecimal("218.056")), Map.entry(2011, new BigDecimal("224.939")),
            Map.entry(2012, new BigDecimal("229.594")), Map.entry(2013, new BigDecimal("232.957")),
            Map.entry(2014, new BigDecimal("236.736")), Map.entry(2015, new BigDecimal("237.017")),
            Map.entry(2016, new BigDecimal("240.007")), Map.entry(2017, new BigDecimal("245.120")),
            Map.entry(2018, new BigDecimal("251.107")), Map.entry(2019, new BigDecimal("255.657")),
            Map.entry(2020, new BigDecimal("258.811")), Map.entry(2021, new BigDecimal("270.970")),
            Map.entry(2022, new BigDecimal("292.655")), Map.entry(2023, new BigDecimal("304.702")),
            Map.entry(2024, new BigDecimal("313.689")), Map.entry(2025, new BigDecimal("322.0"))),
            Provenance.assumed("US BLS CPI-U annual averages (Ecuador is dollarised); 2025 estimated; replace with"
                    + " INEC's construction price index"));

    /**
     * How far the change of the default index from a cost's price year to the price year of a report could plausibly
     * be, as a share of the change the index gives (1 is the index itself; see {@link #withGrowth}). <b>Assumed</b>:
     * from 0 (no change: Ecuador's own consumer prices barely moved from 2016 to 2021, while the CPI-U rose by
     * about 13 %) to 1.5 (construction inputs rose faster than consumer prices in 2021-2022); neither end is sourced
     * in the research, and INEC's construction price index (IPCO) would replace both.
     */
    public static final Range GROWTH_RANGE = new Range(BigDecimal.ZERO, new BigDecimal("1.5"), "Assumed: from no"
            + " change since the cost's price year (Ecuador's consumer prices barely moved in 2016-2021) to half as"
            + " much again as the CPI-U's change (construction inputs rose faster than consumer prices in 2021-2022);"
            + " not sourced, replace with INEC's construction price index");

    /** @throws IllegalArgumentException naming the year when a value is not positive */
    public PriceIndex {
        Preconditions.requireNonNull(values, "index values");
        values.forEach((y, v) -> Preconditions.check(v != null && v.signum() > 0,
                "price index must be positive: %s (year %d)", v, y));
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        Preconditions.requireNonNull(provenance, "provenance of the price index");
    }

    /**
     * Restates an amount priced in {@code fromYear} into {@code toYear} prices, half-even at the currency's scale.
     *
     * @throws IllegalArgumentException naming the year when the index has no value for it
     */
    public Money restate(Money amount, int fromYear, int toYear) {
        if (fromYear == toYear) {
            return amount;
        }
        BigDecimal factor = value(toYear).divide(value(fromYear), MathContext.DECIMAL64);
        return amount.multipliedBy(factor, RoundingMode.HALF_EVEN);
    }

    /**
     * This index with its change to {@code baseYear} scaled by {@code share}: the value of year {@code y} becomes
     * {@code v(base) + share × (v(y) - v(base))}, so restating into {@code baseYear} moves an amount {@code share}
     * times as far (roughly) as this index does; 1 gives this index's values, 0 restates nothing.
     *
     * @param share not negative
     * @param baseYear a year this index covers
     * @throws IllegalArgumentException naming the value when the share is negative, the year is not covered, or a
     *                                  scaled value would not be positive
     */
    public PriceIndex withGrowth(BigDecimal share, int baseYear) {
        Preconditions.requireNonNull(share, "share of the price index's change");
        Preconditions.check(share.signum() >= 0, "share of the price index's change must not be negative: %s",
                share.toPlainString());
        BigDecimal base = value(baseYear);
        Map<Integer, BigDecimal> scaled = new TreeMap<>();
        values.forEach((y, v) -> {
            BigDecimal w = base.add(share.multiply(v.subtract(base)));
            Preconditions.check(w.signum() > 0, "the price index's change scaled by %s leaves %d at %s, not positive",
                    share.toPlainString(), y, w.toPlainString());
            scaled.put(y, w);
        });
        return new PriceIndex(scaled, Provenance.assumed(provenance.source() + "; its change to " + baseYear
                + " scaled by " + share.toPlainString()));
    }

    /** True when the index has a value for {@code year}. */
    public boolean covers(int year) {
        return values.containsKey(year);
    }

    /** The years covered, e.g. {@code 2010-2025}, or {@code no year} when empty. */
    public String coverage() {
        TreeMap<Integer, BigDecimal> sorted = new TreeMap<>(values);
        return sorted.isEmpty() ? "no year" : sorted.firstKey() + "-" + sorted.lastKey();
    }

    private BigDecimal value(int year) {
        BigDecimal v = values.get(year);
        if (v == null) {
            TreeMap<Integer, BigDecimal> sorted = new TreeMap<>(values);
            throw new IllegalArgumentException("the price index has no value for " + year
                    + (sorted.isEmpty() ? "" : " (it covers " + sorted.firstKey() + "-" + sorted.lastKey() + ")"));
        }
        return v;
    }
}
