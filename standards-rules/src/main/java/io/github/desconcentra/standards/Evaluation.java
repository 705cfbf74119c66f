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
        // One pass gathering each unit and sector's combined assessment and the distinct sources lists (the engine
        // shares one list among the lines citing the same sources), sorted into a Coverage once at the end: the same
        // result as merging a Coverage per line, without a sorted copy per line. A unit's unit of the level is looked
        // up once per unit.
        java.util.Map<io.github.desconcentra.territory.UnitCode,
                java.util.Optional<io.github.desconcentra.territory.UnitCode>> held = new java.util.HashMap<>();
        java.util.Map<io.github.desconcentra.territory.UnitCode, java.util.Map<Sector, Gathered>> gathered =
                new java.util.HashMap<>();
        for (DeficitLine l : lines) {
            if (l.scope() != DeficitLine.Scope.STANDARD && l.scope() != DeficitLine.Scope.REQUIREMENT) {
                continue;
            }
            io.github.desconcentra.territory.UnitCode at = l.level() == level ? l.code()
                    : held.computeIfAbsent(l.code(), u -> territory.enclosing(u, level)).orElse(null);
            if (at == null) {
                continue;
            }
            gathered.computeIfAbsent(at, k -> new java.util.EnumMap<>(Sector.class))
                    .computeIfAbsent(l.sector(), k -> new Gathered()).add(l);
        }
        java.util.SortedMap<io.github.desconcentra.territory.UnitCode, java.util.SortedMap<Sector, Coverage>> out =
                new java.util.TreeMap<>();
        gathered.forEach((unit, bySector) -> {
            java.util.SortedMap<Sector, Coverage> m = new java.util.TreeMap<>();
            bySector.forEach((sector, g) -> m.put(sector, g.coverage()));
            out.put(unit, m);
        });
        return out;
    }

    /** The lines of one unit and sector gathered for {@link #coverage}. */
    private static final class Gathered {
        private Assessment assessment;
        private final java.util.Set<List<String>> sources =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        void add(DeficitLine l) {
            assessment = assessment == null ? l.assessment() : assessment.and(l.assessment());
            sources.add(l.sources());
        }

        Coverage coverage() {
            java.util.Set<String> all = new java.util.TreeSet<>();
            sources.forEach(all::addAll);
            return new Coverage(assessment, List.copyOf(all));
        }
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
