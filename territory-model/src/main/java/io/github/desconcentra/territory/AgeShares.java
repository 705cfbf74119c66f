package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The share of each target group in a population, used to estimate groups where only totals are known: the fallback
 * for parishes without an {@link AgeStructure}. Each share carries its provenance; per-unit figures supplied by a user
 * override the estimate.
 *
 * <p>Estimates round each main group to whole people with {@link RoundingMode#HALF_EVEN}; nested groups are rounded
 * the same way and kept within their group (15–17 is the rest of 5–17).
 *
 * @param shares a share within [0, 1] for every {@link AgeGroup}; the main groups add up to at most 1, 1–2 is at
 *     most 0–2, and 5–14 and 15–17 add up exactly to 5–17; copied, compared by value
 * @param provenance the provenance of each share; copied
 */
public record AgeShares(Map<AgeGroup, BigDecimal> shares, Map<AgeGroup, Provenance> provenance) {

    /**
     * Ecuador's national age structure around 2022, <b>assumed</b> before INEC's CPV 2022 age tables were available
     * (kept as the fallback for parishes without an age structure): children 0–2 5.0 %, 1–2 3.4 % and 3–4 3.4 %
     * (about 1.7 % of the population per single year of age, from roughly 290,000 births a year on 17 million
     * people), school age 5–17 26 % (standards-research.md §1: "about 25–27 %", status [A]) split by single years
     * into 5–14 20 % and 15–17 6 %, adults 65+ 9.0 %. The census 2022 national figures are in docs/DATA.md.
     */
    public static final AgeShares ECUADOR_2022_ASSUMED;

    private static final MathContext SPLIT = MathContext.DECIMAL64;

    static {
        Map<AgeGroup, BigDecimal> s = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Provenance> p = new EnumMap<>(AgeGroup.class);
        String births = "Assumed: about 1.7% of the population per single year of age (roughly 290,000 births a year"
                + " on 17 million people); used only for parishes without an age structure";
        s.put(AgeGroup.CHILDREN_0_2, new BigDecimal("0.050"));
        p.put(AgeGroup.CHILDREN_0_2, Provenance.assumed(births));
        s.put(AgeGroup.CHILDREN_1_2, new BigDecimal("0.034"));
        p.put(AgeGroup.CHILDREN_1_2, Provenance.assumed(births));
        s.put(AgeGroup.CHILDREN_3_4, new BigDecimal("0.034"));
        p.put(AgeGroup.CHILDREN_3_4, Provenance.assumed(births));
        String school = "standards-research.md section 1: school age 5-17 is about 25-27% of the population [A], not"
                + " verified; used only for parishes without an age structure";
        s.put(AgeGroup.SCHOOL_AGE_5_17, new BigDecimal("0.26"));
        p.put(AgeGroup.SCHOOL_AGE_5_17, Provenance.assumed(school));
        s.put(AgeGroup.SCHOOL_AGE_5_14, new BigDecimal("0.20"));
        p.put(AgeGroup.SCHOOL_AGE_5_14, Provenance.assumed(school + "; split by single years of age (10 of 13)"));
        s.put(AgeGroup.SCHOOL_AGE_15_17, new BigDecimal("0.06"));
        p.put(AgeGroup.SCHOOL_AGE_15_17, Provenance.assumed(school + "; split by single years of age (3 of 13)"));
        s.put(AgeGroup.ADULTS_65_PLUS, new BigDecimal("0.090"));
        p.put(AgeGroup.ADULTS_65_PLUS, Provenance.assumed("Assumed national share of people aged 65 and over around"
                + " 2022; used only for parishes without an age structure"));
        ECUADOR_2022_ASSUMED = new AgeShares(s, p);
    }

    /** @throws IllegalArgumentException naming the group when a share is missing, out of range or inconsistent */
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
            if (g.isMain()) {
                sum = sum.add(v);
            }
        }
        Preconditions.check(sum.compareTo(BigDecimal.ONE) <= 0, "age shares add up to %s, more than 1",
                sum.toPlainString());
        Preconditions.check(shares.get(AgeGroup.CHILDREN_1_2).compareTo(shares.get(AgeGroup.CHILDREN_0_2)) <= 0,
                "age share of children_1_2 (%s) exceeds that of children_0_2 (%s)",
                shares.get(AgeGroup.CHILDREN_1_2).toPlainString(), shares.get(AgeGroup.CHILDREN_0_2).toPlainString());
        BigDecimal school = shares.get(AgeGroup.SCHOOL_AGE_5_14).add(shares.get(AgeGroup.SCHOOL_AGE_15_17));
        Preconditions.check(school.compareTo(shares.get(AgeGroup.SCHOOL_AGE_5_17)) == 0,
                "age shares of school_age_5_14 and school_age_15_17 add up to %s, not school_age_5_17 (%s)",
                school.toPlainString(), shares.get(AgeGroup.SCHOOL_AGE_5_17).toPlainString());
        Map<AgeGroup, BigDecimal> normalized = new EnumMap<>(AgeGroup.class);
        shares.forEach((g, v) -> normalized.put(g, v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros()));
        shares = Map.copyOf(normalized);
        provenance = Map.copyOf(provenance);
    }

    /**
     * Shares given for the main groups only (as in files written before the nested groups existed), completed by
     * splitting 0–2 and 5–17 by <b>uniform single years of age</b>: 1–2 is 2/3 of 0–2, 5–14 is 10/13 of 5–17 and 15–17
     * the rest (status assumed, the provenance says so). Nested shares that are given are kept.
     *
     * @throws IllegalArgumentException as the constructor
     */
    public static AgeShares completing(Map<AgeGroup, BigDecimal> shares, Map<AgeGroup, Provenance> provenance) {
        Map<AgeGroup, BigDecimal> s = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Provenance> p = new EnumMap<>(AgeGroup.class);
        s.putAll(shares);
        p.putAll(provenance);
        BigDecimal c02 = s.get(AgeGroup.CHILDREN_0_2);
        BigDecimal s517 = s.get(AgeGroup.SCHOOL_AGE_5_17);
        if (c02 != null && !s.containsKey(AgeGroup.CHILDREN_1_2)) {
            s.put(AgeGroup.CHILDREN_1_2, c02.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), SPLIT));
            p.put(AgeGroup.CHILDREN_1_2, Provenance.assumed("2/3 of the share of children_0_2 (uniform single years"
                    + " of age): not given"));
        }
        if (s517 != null && !s.containsKey(AgeGroup.SCHOOL_AGE_5_14) && !s.containsKey(AgeGroup.SCHOOL_AGE_15_17)) {
            BigDecimal s514 = s517.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(13), SPLIT);
            s.put(AgeGroup.SCHOOL_AGE_5_14, s514);
            s.put(AgeGroup.SCHOOL_AGE_15_17, s517.subtract(s514));
            p.put(AgeGroup.SCHOOL_AGE_5_14, Provenance.assumed("10/13 of the share of school_age_5_17 (uniform single"
                    + " years of age): not given"));
            p.put(AgeGroup.SCHOOL_AGE_15_17, Provenance.assumed("3/13 of the share of school_age_5_17 (uniform single"
                    + " years of age): not given"));
        }
        return new AgeShares(s, p);
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
            long n = round(total, g);
            groups.put(g, n);
            if (g.isMain()) {
                sum += n;
            }
        }
        // Rounding four groups half-even can overshoot a tiny total by one or two people; take them from the
        // largest group so the groups never exceed the total.
        while (sum > total) {
            AgeGroup largest = AgeGroup.SCHOOL_AGE_5_17;
            for (AgeGroup g : AgeGroup.values()) {
                if (g.isMain() && groups.get(g) > groups.get(largest)) {
                    largest = g;
                }
            }
            groups.merge(largest, -1L, Long::sum);
            sum--;
        }
        long c02 = groups.get(AgeGroup.CHILDREN_0_2);
        groups.put(AgeGroup.CHILDREN_1_2, Math.min(groups.get(AgeGroup.CHILDREN_1_2), c02));
        long s517 = groups.get(AgeGroup.SCHOOL_AGE_5_17);
        long s514 = Math.min(groups.get(AgeGroup.SCHOOL_AGE_5_14), s517);
        groups.put(AgeGroup.SCHOOL_AGE_5_14, s514);
        groups.put(AgeGroup.SCHOOL_AGE_15_17, s517 - s514);
        return Demographics.of(total, groups);
    }

    private long round(long total, AgeGroup g) {
        return BigDecimal.valueOf(total).multiply(shares.get(g)).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
