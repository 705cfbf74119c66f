package io.github.desconcentra.costing;

import java.util.List;
import java.util.Map;

/**
 * The cost of closing a gap.
 *
 * @param lines standard, roll-up and total lines, sorted by {@link CostLine#ORDER}
 * @param notCosted gap lines not costed, with the reason (supply not or only partly assessed; no unit cost; measure
 *     costed on another basis)
 * @param priceYear the year of the prices
 * @param idealWhereUnknown the cost of the full ideal network where supply was not assessed: each such line's whole
 *     requirement costed as if built and staffed new ({@code scope=ideal}), with sector totals at the nation
 *     ({@code scope=ideal_total}); not a deficit and never planned, kept apart from {@link #lines}
 */
public record CostReport(List<CostLine> lines, List<Map.Entry<Gap, String>> notCosted, int priceYear,
                         List<CostLine> idealWhereUnknown) {
    /** Copies. */
    public CostReport {
        lines = List.copyOf(lines);
        notCosted = List.copyOf(notCosted);
        idealWhereUnknown = List.copyOf(idealWhereUnknown);
    }

    /** A report with no ideal-network cost. */
    public CostReport(List<CostLine> lines, List<Map.Entry<Gap, String>> notCosted, int priceYear) {
        this(lines, notCosted, priceYear, List.of());
    }

    /** The national total of the ideal network where supply is unknown, per sector, sorted. */
    public java.util.SortedMap<String, CostLine> idealTotals() {
        java.util.SortedMap<String, CostLine> out = new java.util.TreeMap<>();
        idealWhereUnknown.stream().filter(l -> l.scope().equals("ideal_total")).forEach(l -> out.put(l.sector(), l));
        return out;
    }

    /** The standard lines: one per unit, typology and action; the projects a plan schedules. */
    public List<CostLine> standardLines() {
        return lines.stream().filter(l -> l.scope().equals("standard")).toList();
    }

    /** The national total line of a sector, if the sector has any cost. */
    public java.util.Optional<CostLine> nationalTotal(String sector) {
        return lines.stream().filter(l -> l.scope().equals("total") && l.level()
                == io.github.desconcentra.territory.Level.NATION && l.sector().equals(sector)).findFirst();
    }

    /** Capital cost of everything, all sectors, at the nation. */
    public Money nationalCapex() {
        return Money.total(Money.USD, lines.stream().filter(l -> l.scope().equals("total")
                && l.level() == io.github.desconcentra.territory.Level.NATION).map(CostLine::capex).toList());
    }

    /** Recurrent cost per year of everything, all sectors, at the nation. */
    public Money nationalOpex() {
        return Money.total(Money.USD, lines.stream().filter(l -> l.scope().equals("total")
                && l.level() == io.github.desconcentra.territory.Level.NATION).map(CostLine::opexPerYear).toList());
    }
}
