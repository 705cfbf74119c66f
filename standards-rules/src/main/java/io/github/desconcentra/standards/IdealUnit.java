package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ideal circuit, district, zone or nation of a given size: the minimum set of services every unit of the level
 * must have (the sectors' {@code minimum_set.csv}), each beside what the population-driven rules require of those
 * typologies for a unit of this size, and every requirement of the rules.
 *
 * @param unit the unit, never null
 * @param minimumSet the minimum set of the unit's level, each with the rules' requirements of its typologies, in the
 *     catalogue's order; copied
 * @param requirements what the rules require of the unit with no supply, sorted by sector, typology, measure and
 *     rule; copied
 */
public record IdealUnit(UnitFact unit, List<Service> minimumSet, List<Requirement> requirements) {

    /**
     * One service of the minimum set beside the rules.
     *
     * @param item the minimum-set item, never null
     * @param byRules the requirements the rules make of the item's typologies at this population; copied; empty when
     *     they require none of them (the minimum set asks for more than the rules at this size)
     */
    public record Service(MinimumItem item, List<Requirement> byRules) {
        /** Copies. */
        public Service {
            Preconditions.requireNonNull(item, "item");
            byRules = List.copyOf(byRules);
        }

        /** The establishments the rules require of the item's typologies. */
        public long establishmentsByRules() {
            return byRules.stream().filter(r -> r.measure() == Measure.ESTABLISHMENTS).mapToLong(Requirement::quantity)
                    .sum();
        }
    }

    /** Copies. */
    public IdealUnit {
        Preconditions.requireNonNull(unit, "unit");
        minimumSet = List.copyOf(minimumSet);
        requirements = List.copyOf(requirements);
    }

    /**
     * The ideal unit of this size: the rules fired on it with no supply, and the minimum set of its level.
     *
     * @param engine never null
     * @param unit the unit; its level chooses the minimum set; never null
     * @param sectors the sectors to include, never null
     * @throws RuleException when a rule cannot be honoured on this unit
     */
    public static IdealUnit of(StandardsEngine engine, UnitFact unit, Set<Sector> sectors) {
        Preconditions.requireNonNull(engine, "engine");
        Preconditions.requireNonNull(unit, "unit");
        Set<Sector> chosen = sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
        List<Requirement> reqs = chosen.isEmpty() ? List.of() : engine.ideal(unit, chosen);
        List<Service> minimum = new ArrayList<>();
        for (MinimumItem m : engine.catalogue().minimumSet()) {
            if (m.level() == unit.level() && chosen.contains(m.sector())) {
                minimum.add(new Service(m, reqs.stream().filter(r -> m.typologies().contains(r.typology())).toList()));
            }
        }
        return new IdealUnit(unit, minimum, reqs);
    }
}
