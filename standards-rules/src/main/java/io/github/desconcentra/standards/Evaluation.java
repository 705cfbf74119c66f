package io.github.desconcentra.standards;

import java.util.List;
import java.util.Set;

/**
 * The result of evaluating standards on a territory and its current supply.
 *
 * @param year the population year
 * @param sectors the sectors evaluated
 * @param lines standard and roll-up lines, sorted by {@link DeficitLine#ORDER}
 * @param redundancies establishments not counted because another of the same typology stands too close
 * @param establishmentsEvaluated establishments of the evaluated sectors counted as supply
 */
public record Evaluation(int year, Set<Sector> sectors, List<DeficitLine> lines, List<Redundancy> redundancies,
                         int establishmentsEvaluated) {
    /** Copies. */
    public Evaluation {
        sectors = Set.copyOf(sectors);
        lines = List.copyOf(lines);
        redundancies = List.copyOf(redundancies);
    }

    /** The lines of one scope. */
    public List<DeficitLine> lines(DeficitLine.Scope scope) {
        return lines.stream().filter(l -> l.scope() == scope).toList();
    }
}
