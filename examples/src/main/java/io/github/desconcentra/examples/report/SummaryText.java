package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.PublishedFigures;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.TreeMap;

/** The short national summary printed by {@code run} and written to {@code summary.txt}. */
public final class SummaryText {
    private SummaryText() {
    }

    static String render(Figures f) {
        RunResult run = f.run;
        Territory t = run.territory();
        UnitCode nation = t.nation().code();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Desconcentra run: %s, population of %d, prices of %d (USD)%n",
                run.territoryLabel(), t.year(), run.costs().priceYear()));
        b.append(String.format(Locale.ROOT, "Inventory: %s%n", run.inventoryLabel()));
        b.append(String.format(Locale.ROOT, "Inventory records: %s%s%n", run.inventory().accounting(),
                run.inventory().rejected().isEmpty() ? "" : " (invalid records left out with --keep-going, listed in"
                        + " rejected.csv)"));
        for (io.github.desconcentra.standards.Inventory.FileAccount a : run.inventory().files()) {
            b.append(String.format(Locale.ROOT, "  %-40s %s (source %s)%n", a.file(), a.accounting(),
                    a.source().isEmpty() ? "none declared" : a.source()));
        }
        if (!run.sampleSectors().isEmpty()) {
            b.append(String.format(Locale.ROOT, "NOTE: the supply of %s is a generated SAMPLE (demo, not real); every"
                    + " line it feeds says status sample.%n", String.join(", ", run.sampleSectors())));
        }
        b.append(String.format(Locale.ROOT, "Nation: %d zones, %d districts, %d circuits, %,d people%n",
                t.zones().size(), t.districts().size(), t.circuits().size(), t.population(nation)));
        b.append(ageGroups(t)).append(String.format(Locale.ROOT, "%n"));
        b.append(String.format(Locale.ROOT, "Deficits where the supply was assessed (costed and planned):%n"));
        sectorTable(b, f.nationalDeficit, s -> f.capex(nation, s.id()), s -> f.opex(nation, s.id()));
        b.append(String.format(Locale.ROOT, "%-15s %14s %14s %14s %,18.1f %,18.1f%n", "total", "", "", "",
                millions(f.capex(nation)), millions(f.opex(nation))));
        UncertaintySection.summary(b, f);
        b.append(String.format(Locale.ROOT, "%nWhere the supply was only partly assessed the deficit is an upper bound"
                + " (not costed, not planned):%n"));
        sectorTable(b, f.upperBound, null, null);
        b.append(String.format(Locale.ROOT, "%nWhere the supply was not assessed it is unknown, not zero: the"
                + " requirement, and the cost of the whole ideal network as if built new (NOT a deficit; not"
                + " planned; ideal_where_unknown.csv):%n"));
        sectorTable(b, f.unknownRequired, s -> f.idealCapex(s.id()), s -> f.idealOpex(s.id()));
        coverage(b, f);
        BigDecimal capex = run.costs().nationalCapex().amount();
        b.append(String.format(Locale.ROOT, "%nCapex is %sx the seed's USD 13,316 M (six sectors, unverified) and %sx"
                + " the 2012 press figure of USD 39,699 M (66 services); opex is %sx its USD 4,701 M a year.%n",
                PublishedFigures.ratio(capex, PublishedFigures.SEED_SIX_SECTORS),
                PublishedFigures.ratio(capex, PublishedFigures.PRESS_2012_INVESTMENT),
                PublishedFigures.ratio(run.costs().nationalOpex().amount(), PublishedFigures.PRESS_2012_RECURRENT)));
        plan(b, f);
        return b.toString();
    }

    /** The data-coverage view: sector by zone (A assessed, P partly, N not assessed) and the sources. */
    private static void coverage(StringBuilder b, Figures f) {
        b.append(String.format(Locale.ROOT, "%nData coverage by zone (A assessed, P partly assessed, N not assessed;"
                + " per district in report.json and report.html):%n"));
        b.append(String.format(Locale.ROOT, "  %-15s", "sector"));
        f.zoneCoverage.keySet().forEach(z -> b.append(String.format(Locale.ROOT, " %3s", z.value())));
        b.append(System.lineSeparator());
        for (Sector s : Sector.values()) {
            b.append(String.format(Locale.ROOT, "  %-15s", s.id()));
            for (var byZone : f.zoneCoverage.values()) {
                var c = byZone.get(s);
                b.append(String.format(Locale.ROOT, " %3s", c == null ? "-" : Figures.letter(c.assessment())));
            }
            b.append(System.lineSeparator());
        }
        b.append(String.format(Locale.ROOT, "Inventory sources:%n"));
        f.sources().forEach(x -> b.append("  ").append(x).append(System.lineSeparator()));
    }

    /** How many of the biggest unfunded projects the summary lists. */
    static final int BIGGEST = 5;

    private static void plan(StringBuilder b, Figures f) {
        Plan plan = f.run.plan();
        PlanOutcomes o = f.outcomes;
        Budget budget = plan.budget();
        int first = budget.firstYear();
        int last = budget.lastYear();
        b.append(String.format(Locale.ROOT, "%nPlan %d-%d (%s planner), demand: %s.%n", first, last, plan.planner(),
                demand(plan)));
        b.append(String.format(Locale.ROOT, "Ceiling: %s; %s.%n", ceiling(budget), budget.hasRecurrentCeiling()
                ? "capex counts against it, recurrent cost against a separate ceiling of USD "
                + String.format(Locale.ROOT, "%,.1f M", millions(budget.recurrent().get(first))) + " a year"
                : "capex and the recurrent cost of what the plan opens count against it"));
        if (plan.funded().isEmpty()) {
            b.append(budget.isZero() ? "Nothing is funded: the ceilings are USD 0.\n"
                    : "Nothing is funded: no project fits the ceilings (see unfunded.csv for each reason).\n");
        }
        b.append(String.format(Locale.ROOT, "Funded %,d of %,d projects: capex USD %,.1f M; recurrent cost committed"
                + " USD %,.1f M a year once all are open.%n", plan.funded().size(), plan.funded().size()
                + plan.unfunded().size(), millions(o.fundedCapex()), millions(o.recurrentCommitted())));
        b.append(String.format(Locale.ROOT, "People served by %d (a person counts once for each standard the plan"
                + " meets for them): %,d of %,d in the gap (%s %%); spread across districts (Gini of the share"
                + " closed): %s.%n", last, o.peopleServed(), o.peopleInGap(),
                percent(share(o.peopleServed(), o.peopleInGap())), o.districtGini().toPlainString()));
        Map<Integer, Money> capex = plan.capexPerYear();
        Map<Integer, Money> recurrent = plan.recurrentPerYear();
        b.append(String.format(Locale.ROOT, "%nSpending per year (USD M): %-8s %10s %10s %10s%n", "year", "ceiling",
                "capex", "recurrent"));
        for (int y = first; y <= last; y++) {
            b.append(String.format(Locale.ROOT, "%28d %,10.1f %,10.1f %,10.1f%n", y, millions(budget.total().get(y)),
                    millions(capex.get(y)), millions(recurrent.get(y))));
        }
        b.append(String.format(Locale.ROOT, "%nShare of the gap closed by each year (people served by open"
                + " projects):%n"));
        table(b, first, last, "sector", o.closedBySector(), o.closedByYear());
        table(b, first, last, "zone", o.closedByZone(), null);
        Map<String, String> nothing = o.sectorsWithNothing();
        if (nothing.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nEvery sector with a gap has funded projects that close part of it by %d (table above).%n", last));
        } else {
            b.append(String.format(Locale.ROOT, "%nSectors with a gap the plan leaves unclosed by %d:%n", last));
            nothing.forEach((s, r) -> b.append(String.format(Locale.ROOT, "  %s: %s%n", s, r)));
        }
        List<PlanOutcomes.Item> biggest = o.biggestUnfunded(BIGGEST);
        if (!biggest.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nBiggest unfunded projects (all %,d in unfunded.csv):%n",
                    plan.unfunded().size()));
            for (PlanOutcomes.Item i : biggest) {
                b.append(String.format(Locale.ROOT, "  %-32s capex USD %,9.1f M, recurrent USD %,6.1f M a year: %s%n",
                        i.id(), millions(i.capex()), millions(i.opexPerYear()), i.reason()));
            }
        }
        if (!plan.notPlanned().isEmpty()) {
            Map<String, Long> reasons = new TreeMap<>();
            plan.notPlanned().forEach(n -> reasons.merge(n.reason(), 1L, Long::sum));
            b.append(String.format(Locale.ROOT, "%nGap lines that became no project: %s.%n", String.join("; ",
                    reasons.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").toList())));
        }
        plan.notes().forEach(n -> b.append("NOTE: ").append(n).append(System.lineSeparator()));
    }

    static String demand(Plan plan) {
        Map<String, List<Integer>> byKind = new java.util.LinkedHashMap<>();
        plan.demand().forEach((y, d) -> byKind.computeIfAbsent(d.startsWith("projected") ? "projected for each"
                + " year" : d, k -> new java.util.ArrayList<>()).add(y));
        List<String> parts = new java.util.ArrayList<>();
        byKind.forEach((d, ys) -> parts.add(d + (byKind.size() == 1 ? "" : " (" + (ys.size() == 1 ? ys.get(0)
                : ys.get(0) + "-" + ys.get(ys.size() - 1)) + ")")));
        return String.join("; ", parts);
    }

    private static String ceiling(Budget budget) {
        Money firstCeiling = budget.total().get(budget.firstYear());
        boolean same = budget.total().values().stream().allMatch(firstCeiling::equals);
        return same ? String.format(Locale.ROOT, "USD %,.1f M a year", millions(firstCeiling))
                : "USD " + String.format(Locale.ROOT, "%,.1f", millions(Money.total(Money.USD, budget.total()
                .values()))) + " M over the plan, year by year as in the budget file";
    }

    private static void table(StringBuilder b, int first, int last, String what,
                              Map<String, ? extends Map<Integer, BigDecimal>> rows, Map<Integer, BigDecimal> total) {
        b.append(String.format(Locale.ROOT, "  %-15s", what));
        for (int y = first; y <= last; y++) {
            b.append(String.format(Locale.ROOT, " %5d", y));
        }
        b.append(System.lineSeparator());
        rows.forEach((k, v) -> row(b, k, v, first, last));
        if (total != null) {
            row(b, "all", total, first, last);
        }
    }

    private static void row(StringBuilder b, String name, Map<Integer, BigDecimal> v, int first, int last) {
        b.append(String.format(Locale.ROOT, "  %-15s", name));
        for (int y = first; y <= last; y++) {
            b.append(String.format(Locale.ROOT, " %4s%%", v.get(y).movePointRight(2).setScale(0,
                    RoundingMode.HALF_EVEN).toPlainString()));
        }
        b.append(System.lineSeparator());
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                RoundingMode.HALF_EVEN);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * One row per sector of establishments, places and staff, with capex and opex columns (USD M) when their functions
     * are given (both or neither).
     */
    private static void sectorTable(StringBuilder b, Map<Sector, Map<Measure, Long>> counts,
                                    Function<Sector, Money> capex, Function<Sector, Money> opex) {
        boolean costs = capex != null;
        b.append(String.format(Locale.ROOT, "%-15s %14s %14s %14s", "sector", "establishments", "places", "staff"));
        b.append(costs ? String.format(Locale.ROOT, " %18s %18s%n", "capex (USD M)", "opex/yr (USD M)")
                : String.format(Locale.ROOT, "%n"));
        for (Sector s : Sector.values()) {
            Map<Measure, Long> d = counts.get(s);
            b.append(String.format(Locale.ROOT, "%-15s %,14d %,14d %,14d", s.id(), d.get(Measure.ESTABLISHMENTS),
                    d.get(Measure.PLACES), d.get(Measure.STAFF)));
            b.append(costs ? String.format(Locale.ROOT, " %,18.1f %,18.1f%n", millions(capex.apply(s)),
                    millions(opex.apply(s))) : String.format(Locale.ROOT, "%n"));
        }
    }

    /** Where the target groups come from, by number of parishes with people. */
    static String ageGroups(Territory t) {
        Map<AgeBasis, Integer> parishes = new EnumMap<>(AgeBasis.class);
        for (Parish p : t.parishes()) {
            t.ageBasis(p.code()).forEach(basis -> parishes.merge(basis, 1, Integer::sum));
        }
        StringBuilder b = new StringBuilder("Age groups:");
        String sep = " ";
        for (Map.Entry<AgeBasis, Integer> e : parishes.entrySet()) {
            b.append(sep).append(switch (e.getKey()) {
                case CENSUS_STRUCTURE -> String.format(Locale.ROOT, "census age structure in %,d parishes (0-2, 1-2,"
                        + " 3-4 and 15-17 interpolated: estimated)", e.getValue());
                case USER_SUPPLIED -> String.format(Locale.ROOT, "user figures in %,d parishes", e.getValue());
                case ASSUMED_SHARES -> String.format(Locale.ROOT, "ASSUMED national shares in %,d parishes",
                        e.getValue());
            });
            sep = "; ";
        }
        if (t.year() != t.censusYear() && parishes.containsKey(AgeBasis.CENSUS_STRUCTURE)) {
            b.append(String.format(Locale.ROOT, "; %d structure kept in %d (ageing not projected)", t.censusYear(),
                    t.year()));
        }
        return b.append(String.format(Locale.ROOT, "%n")).toString();
    }

    static BigDecimal millions(Money m) {
        return m.amount().divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN);
    }
}
