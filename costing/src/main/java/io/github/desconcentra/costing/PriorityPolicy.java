package io.github.desconcentra.costing;

import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How projects are ranked (largest score first) and how much of each year's ceiling a sector may or must get.
 *
 * <p>Every score is built from the gap line a project closes, in the first year the project is needed (see
 * {@link Priority}): the share of the standard still unmet in its unit when the project comes, and the people of the
 * unit. The default ranks by the share: a share is comparable whatever the level, so a circuit without the health post
 * it needs comes before a zone that lacks a tenth of its hospital beds, however many more people the zone holds; among
 * equal shares the unit with more people left unserved ({@code share × people}) comes first. As a unit's projects
 * come one after the other its share shrinks, so the next place gets its turn; the score does not depend on how a need
 * is cut into projects.
 *
 * @param kind never null
 * @param povertyWeights per-unit weights for {@link Kind#POVERTY_WEIGHTED} (missing units weigh 1); copied
 * @param sectorFloors share of each year's total ceiling offered first to a sector's projects (sector id → share in
 *     [0, 1]); the shares add up to at most 1; copied
 * @param sectorCeilings most a sector may spend in a year, as a share of the year's total ceiling; copied
 */
public record PriorityPolicy(Kind kind, Map<UnitCode, BigDecimal> povertyWeights, Map<String, BigDecimal> sectorFloors,
                             Map<String, BigDecimal> sectorCeilings) {
    /** The ranking criteria. */
    public enum Kind {
        /**
         * Default, "the places with the largest deficit first": the share of the standard unmet when the project
         * comes, 4 decimals; ties go to the unit with more people left unserved ({@link Priority#peopleUnserved()}).
         * The first of four fire stations a district lacks entirely scores 1, the second 0.75; a zone short of 650 of
         * its 5,360 beds scores 0.1213.
         */
        LARGEST_DEFICIT,
        /** People served per USD million of the project's capex and one year of its recurrent cost, 6 decimals. */
        PEOPLE_PER_DOLLAR,
        /** {@link #LARGEST_DEFICIT} times a weight supplied per unit (missing units weigh 1), 4 decimals. */
        POVERTY_WEIGHTED;

        /** The identifier used on the command line, e.g. {@code largest-deficit}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The default policy: largest deficit first, no floors, no ceilings. */
    public static final PriorityPolicy DEFAULT = new PriorityPolicy(Kind.LARGEST_DEFICIT, Map.of(), Map.of(),
            Map.of());

    /** @throws IllegalArgumentException naming the value when a weight or share is out of range */
    public PriorityPolicy {
        Preconditions.requireNonNull(kind, "priority kind");
        povertyWeights = Map.copyOf(povertyWeights);
        povertyWeights.forEach((u, w) -> Preconditions.check(w.signum() >= 0,
                "poverty weight must not be negative: %s (unit %s)", w, u));
        sectorFloors = shares(sectorFloors, "floor");
        sectorCeilings = shares(sectorCeilings, "ceiling");
        BigDecimal floors = sectorFloors.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Preconditions.check(floors.compareTo(BigDecimal.ONE) <= 0, "sector floors add up to more than the whole"
                + " ceiling: %s", floors.toPlainString());
        for (Map.Entry<String, BigDecimal> f : sectorFloors.entrySet()) {
            BigDecimal c = sectorCeilings.get(f.getKey());
            Preconditions.check(c == null || c.compareTo(f.getValue()) >= 0, "the floor of %s (%s) is above its"
                    + " ceiling (%s)", f.getKey(), f.getValue().toPlainString(), c == null ? "" : c.toPlainString());
        }
    }

    private static Map<String, BigDecimal> shares(Map<String, BigDecimal> given, String what) {
        Map<String, BigDecimal> m = new TreeMap<>();
        given.forEach((s, v) -> {
            Preconditions.requireText(s, "sector", "sector " + what);
            Preconditions.check(v != null && v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0,
                    "sector %s of %s must be a share within [0, 1]: %s", what, s, v);
            m.put(s, v);
        });
        return Collections.unmodifiableMap(m);
    }

    /** A policy of this kind, with no weights, floors or ceilings. */
    public static PriorityPolicy of(Kind kind) {
        return new PriorityPolicy(kind, Map.of(), Map.of(), Map.of());
    }

    /** A copy with sector floors and ceilings. */
    public PriorityPolicy withSectorShares(Map<String, BigDecimal> floors, Map<String, BigDecimal> ceilings) {
        return new PriorityPolicy(kind, povertyWeights, floors, ceilings);
    }

    /** The weight of a unit: its poverty weight under {@link Kind#POVERTY_WEIGHTED}, 1 otherwise. */
    public BigDecimal weight(UnitCode unit) {
        return kind == Kind.POVERTY_WEIGHTED ? povertyWeights.getOrDefault(unit, BigDecimal.ONE) : BigDecimal.ONE;
    }

    /** The score of a project with these inputs; see {@link Kind}. */
    public BigDecimal score(BigDecimal shareUnmet, long people, long peopleServed, BigDecimal weight,
                            Money firstYearCost) {
        return switch (kind) {
            case PEOPLE_PER_DOLLAR -> BigDecimal.valueOf(peopleServed).multiply(BigDecimal.valueOf(1_000_000))
                    .divide(firstYearCost.amount().max(BigDecimal.ONE), 6, RoundingMode.HALF_EVEN);
            case LARGEST_DEFICIT, POVERTY_WEIGHTED -> shareUnmet.multiply(weight).setScale(4,
                    RoundingMode.HALF_EVEN);
        };
    }
}
