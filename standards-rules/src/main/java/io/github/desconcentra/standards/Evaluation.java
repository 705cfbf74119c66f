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
 * @param sources the inventory sources of the supply, with their coverage; copied
 */
public record Evaluation(int year, Set<Sector> sectors, List<DeficitLine> lines, List<Redundancy> redundancies,
                         int establishmentsEvaluated, List<InventorySource> sources) {
    /** Copies. */
    public Evaluation {
        sectors = Set.copyOf(sectors);
        lines = List.copyOf(lines);
        redundancies = List.copyOf(redundancies);
        sources = List.copyOf(sources);
    }

    /** An evaluation with no declared inventory source. */
    public Evaluation(int year, Set<Sector> sectors, List<DeficitLine> lines, List<Redundancy> redundancies,
                      int establishmentsEvaluated) {
        this(year, sectors, lines, redundancies, establishmentsEvaluated, List.of());
    }

    /** The lines that compare supply with a requirement: standard and comparison lines. */
    public List<DeficitLine> comparedLines() {
        return lines.stream().filter(DeficitLine::isCompared).toList();
    }

    /**
     * How far the supply of each sector is known in each unit of a level (zone or district): the combined
     * assessment of every requirement of the sector in the unit or below it (the state of the comparison it falls
     * in), with the sources cited. Units with no requirement of a sector have no entry for it.
     *
     * @param level {@link io.github.desconcentra.territory.Level#ZONE} or
     *     {@link io.github.desconcentra.territory.Level#DISTRICT} (or the nation)
     * @param territory the territory evaluated, for the units' ancestors
     * @return unit → sector → coverage, sorted by unit and sector
     */
    public java.util.SortedMap<io.github.desconcentra.territory.UnitCode, java.util.SortedMap<Sector, Coverage>>
            coverage(io.github.desconcentra.territory.Level level, io.github.desconcentra.territory.Territory
            territory) {
        java.util.SortedMap<io.github.desconcentra.territory.UnitCode, java.util.SortedMap<Sector, Coverage>> out =
                new java.util.TreeMap<>();
        for (DeficitLine l : lines) {
            if (l.scope() != DeficitLine.Scope.STANDARD && l.scope() != DeficitLine.Scope.REQUIREMENT) {
                continue;
            }
            io.github.desconcentra.territory.UnitCode at = null;
            if (l.level() == level) {
                at = l.code();
            } else {
                for (io.github.desconcentra.territory.UnitCode a : territory.ancestors(l.code())) {
                    if (a.level() == level) {
                        at = a;
                    }
                }
            }
            if (at == null) {
                continue;
            }
            out.computeIfAbsent(at, k -> new java.util.TreeMap<>()).merge(l.sector(), new Coverage(l.assessment(),
                    l.sources()), Coverage::and);
        }
        return out;
    }

    /**
     * How far the supply of a sector is known in a unit.
     *
     * @param assessment never null
     * @param sources the sources cited, sorted; copied
     */
    public record Coverage(Assessment assessment, List<String> sources) {
        /** Copies. */
        public Coverage {
            sources = List.copyOf(new java.util.TreeSet<>(sources));
        }

        /** The coverage of two parts together. */
        public Coverage and(Coverage o) {
            List<String> both = new java.util.ArrayList<>(sources);
            both.addAll(o.sources);
            return new Coverage(assessment.and(o.assessment), both);
        }
    }

    /** The lines of one scope. */
    public List<DeficitLine> lines(DeficitLine.Scope scope) {
        return lines.stream().filter(l -> l.scope() == scope).toList();
    }
}
