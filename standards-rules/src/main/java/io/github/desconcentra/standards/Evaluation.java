package io.github.desconcentra.standards;

import io.github.desconcentra.territory.UnitCode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of evaluating standards on a territory and its current supply.
 *
 * @param year the population year
 * @param sectors the sectors evaluated
 * @param requirements every requirement the rules produced, sorted
 * @param lines standard and roll-up lines, sorted by {@link DeficitLine#ORDER}
 * @param redundancies establishments not counted because another of the same typology stands too close
 * @param placements where each counted establishment was counted (the unit at its typology's level), by id
 * @param establishmentsEvaluated establishments of the evaluated sectors counted as supply
 */
public record Evaluation(int year, Set<Sector> sectors, List<Requirement> requirements, List<DeficitLine> lines,
                         List<Redundancy> redundancies, Map<String, UnitCode> placements,
                         int establishmentsEvaluated) {
    /** Copies. */
    public Evaluation {
        sectors = Set.copyOf(sectors);
        requirements = List.copyOf(requirements);
        lines = List.copyOf(lines);
        redundancies = List.copyOf(redundancies);
        placements = Map.copyOf(placements);
    }

    /** The lines of one scope. */
    public List<DeficitLine> lines(DeficitLine.Scope scope) {
        return lines.stream().filter(l -> l.scope() == scope).toList();
    }
}
