package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The aggregates every report shows, computed once from a run. */
final class Figures {
    final RunResult run;
    /** Deficit per sector and measure at the nation. */
    final Map<Sector, Map<Measure, Long>> nationalDeficit = new EnumMap<>(Sector.class);
    /** Capex and opex per sector and unit (sector totals). */
    final Map<UnitCode, Map<String, Money[]>> totals = new TreeMap<>();
    /** Spend per year and sector of the plan: capex paid plus the recurrent cost of what is open. */
    final Map<Integer, ? extends Map<String, Money>> spendBySector;
    /** What the plan achieves. */
    final io.github.desconcentra.costing.PlanOutcomes outcomes;
    /** The population-weighted centre of each circuit's parishes (absent when none has a point). */
    final Map<UnitCode, io.github.desconcentra.territory.Coordinates> centroids = new java.util.HashMap<>();

    Figures(RunResult run) {
        this.run = run;
        for (io.github.desconcentra.territory.Circuit c : run.territory().circuits()) {
            io.github.desconcentra.territory.Coordinates at = ReportGeoJson.centroid(run.territory(), c.code());
            if (at != null) {
                centroids.put(c.code(), at);
            }
        }
        for (Sector s : Sector.values()) {
            Map<Measure, Long> m = new EnumMap<>(Measure.class);
            for (Measure x : Measure.values()) {
                m.put(x, 0L);
            }
            nationalDeficit.put(s, m);
        }
        for (DeficitLine l : run.evaluation().lines(DeficitLine.Scope.ROLLUP)) {
            if (l.level() == Level.NATION) {
                nationalDeficit.get(l.sector()).merge(l.measure(), l.deficit(), Long::sum);
            }
        }
        for (DeficitLine l : run.evaluation().lines(DeficitLine.Scope.STANDARD)) {
            if (l.level() == Level.NATION) {
                nationalDeficit.get(l.sector()).merge(l.measure(), l.deficit(), Long::sum);
            }
        }
        for (CostLine c : run.costs().lines()) {
            if (c.scope().equals("total")) {
                totals.computeIfAbsent(c.unit(), k -> new TreeMap<>()).put(c.sector(),
                        new Money[] {c.capex(), c.opexPerYear()});
            }
        }
        spendBySector = run.plan().spendPerYearAndSector();
        outcomes = io.github.desconcentra.costing.PlanOutcomes.of(run.plan(), run.territory());
    }

    Money capex(UnitCode unit, String sector) {
        Money[] v = totals.getOrDefault(unit, Map.of()).get(sector);
        return v == null ? Money.zero(Money.USD) : v[0];
    }

    Money opex(UnitCode unit, String sector) {
        Money[] v = totals.getOrDefault(unit, Map.of()).get(sector);
        return v == null ? Money.zero(Money.USD) : v[1];
    }

    Money capex(UnitCode unit) {
        return Money.total(Money.USD, totals.getOrDefault(unit, Map.of()).values().stream().map(v -> v[0]).toList());
    }

    Money opex(UnitCode unit) {
        return Money.total(Money.USD, totals.getOrDefault(unit, Map.of()).values().stream().map(v -> v[1]).toList());
    }

    /** Gap capex per inhabitant of a unit, 2 decimals. */
    BigDecimal capexPerCapita(UnitCode unit) {
        long pop = run.territory().population(unit);
        return pop == 0 ? BigDecimal.ZERO.setScale(2) : capex(unit).amount().divide(BigDecimal.valueOf(pop), 2,
                RoundingMode.HALF_EVEN);
    }

    static List<String> sectorIds() {
        return java.util.Arrays.stream(Sector.values()).map(Sector::id).toList();
    }
}
