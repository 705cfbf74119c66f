package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The share of each target group in a population, used to estimate groups where only totals are known. Each share
 * carries its provenance; per-unit figures supplied by a user override the estimate.
 *
 * <p>Estimates round each group to whole people with {@link RoundingMode#HALF_EVEN}.
 *
 * @param shares a share within [0, 1] for every {@link AgeGroup}, adding up to at most 1; copied, compared by value
 * @param provenance the provenance of each share; copied
 */
public record AgeShares(Map<AgeGroup, BigDecimal> shares, Map<AgeGroup, Provenance> provenance) {

    /**
     * Ecuador's national age structure around 2022, <b>assumed</b> until replaced by INEC's CPV 2022 age tables:
     * children 0–2 5.0 % and 3–4 3.4 % (about 1.7 % of the population per single year of age, from roughly 290,000
     * births a year on 17 million people), school age 5–17 26 % (standards-research.md §1: "about 25–27 %",
     * status [A]), adults 65+ 9.0 %.
     */
    public static final AgeShares ECUADOR_2022_ASSUMED;

    static {
        Map<AgeGroup, BigDecimal> s = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Provenance> p = new EnumMap<>(AgeGroup.class);
        String births = "Assumed: about 1.7% of the population per single year of age (roughly 290,000 births a year"
                + " on 17 million people); replace with INEC CPV 2022 age tables";
        s.put(AgeGroup.CHILDREN_0_2, new BigDecimal("0.050"));
        p.put(AgeGroup.CHILDREN_0_2, Provenance.assumed(births));
        s.put(AgeGroup.CHILDREN_3_4, new BigDecimal("0.034"));
        p.put(AgeGroup.CHILDREN_3_4, Provenance.assumed(births));
        s.put(AgeGroup.SCHOOL_AGE_5_17, new BigDecimal("0.26"));
        p.put(AgeGroup.SCHOOL_AGE_5_17, Provenance.assumed("standards-research.md section 1: school age 5-17 is"
                + " about 25-27% of the population [A], not verified; replace with INEC CPV 2022 age tables"));
        s.put(AgeGroup.ADULTS_65_PLUS, new BigDecimal("0.090"));
        p.put(AgeGroup.ADULTS_65_PLUS, Provenance.assumed("Assumed national share of people aged 65 and over around"
                + " 2022; replace with INEC CPV 2022 age tables"));
        ECUADOR_2022_ASSUMED = new AgeShares(s, p);
    }

    /** @throws IllegalArgumentException naming the group when a share is missing, out of range or they exceed 1 */
    public AgeShares {
        Preconditions.requireNonNull(shares, "age shares");
        Preconditions.requireNonNull(provenance, "provenance of age shares");
        BigDecimal sum = BigDecimal.ZERO;
        for (AgeGroup g : AgeGroup.values()) {
            BigDecimal v = shares.get(g);
            Preconditions.check(v != null, "age share missing for group %s", g.id());
            Preconditions.check(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0,
                    "age share must be within [0, 1]: %s (group %s)", v.toPlainString(), g.id());
            Preconditions.check(provenance.get(g) != null, "provenance missing for age share %s", g.id());
            sum = sum.add(v);
        }
        Preconditions.check(sum.compareTo(BigDecimal.ONE) <= 0, "age shares add up to %s, more than 1",
                sum.toPlainString());
        Map<AgeGroup, BigDecimal> normalized = new EnumMap<>(AgeGroup.class);
        shares.forEach((g, v) -> normalized.put(g, v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros()));
        shares = Map.copyOf(normalized);
        provenance = Map.copyOf(provenance);
    }

    /** The share of one group. */
    public BigDecimal share(AgeGroup group) {
        return shares.get(group);
    }

    /** Estimates the groups of a population of {@code total} people. */
    public Demographics estimate(long total) {
        Map<AgeGroup, Long> groups = new EnumMap<>(AgeGroup.class);
        long sum = 0;
        for (AgeGroup g : AgeGroup.values()) {
            long n = BigDecimal.valueOf(total).multiply(shares.get(g)).setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            groups.put(g, n);
            sum += n;
        }
        // Rounding four groups half-even can overshoot a tiny total by one or two people; take them from the
        // largest group so the groups never exceed the total.
        while (sum > total) {
            AgeGroup largest = AgeGroup.SCHOOL_AGE_5_17;
            for (AgeGroup g : AgeGroup.values()) {
                if (groups.get(g) > groups.get(largest)) {
                    largest = g;
                }
            }
            groups.merge(largest, -1L, Long::sum);
            sum--;
        }
        return Demographics.of(total, groups);
    }
}
