package io.github.desconcentra.costing;

import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How projects are ranked, largest score first.
 *
 * @param kind never null
 * @param povertyWeights per-unit weights for {@link Kind#POVERTY_WEIGHTED} (missing units weigh 1); copied
 */
public record PriorityPolicy(Kind kind, Map<UnitCode, BigDecimal> povertyWeights) {
    /** The ranking criteria. */
    public enum Kind {
        /**
         * Default: the cost of the whole gap of the project's unit (capex plus one year of opex, all sectors) per
         * inhabitant: the places with the largest deficit first.
         */
        DEFICIT_PER_CAPITA,
        /** People of the unit served per dollar of the project (capex plus one year of opex). */
        PEOPLE_PER_DOLLAR,
        /** Deficit per capita times a poverty weight supplied per unit. */
        POVERTY_WEIGHTED
    }

    /** The default policy. */
    public static final PriorityPolicy DEFAULT = new PriorityPolicy(Kind.DEFICIT_PER_CAPITA, Map.of());

    /** Copies. */
    public PriorityPolicy {
        Preconditions.requireNonNull(kind, "priority kind");
        povertyWeights = Map.copyOf(povertyWeights);
        povertyWeights.forEach((u, w) -> Preconditions.check(w.signum() >= 0,
                "poverty weight must not be negative: %s (unit %s)", w, u));
    }
}
