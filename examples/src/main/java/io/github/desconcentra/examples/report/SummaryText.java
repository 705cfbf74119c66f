package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Money;
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
import java.util.Locale;
import java.util.Map;

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
        if (!run.sampleSectors().isEmpty()) {
            b.append(String.format(Locale.ROOT, "NOTE: the supply of %s is a generated SAMPLE; their figures are"
                    + " illustrative.%n", String.join(", ", run.sampleSectors())));
        }
        b.append(String.format(Locale.ROOT, "Nation: %d zones, %d districts, %d circuits, %,d people%n",
                t.zones().size(), t.districts().size(), t.circuits().size(), t.population(nation)));
        b.append(ageGroups(t)).append(String.format(Locale.ROOT, "%n"));
        b.append(String.format(Locale.ROOT, "%-15s %14s %14s %14s %18s %18s%n", "sector", "establishments",
                "places", "staff", "capex (USD M)", "opex/yr (USD M)"));
        for (Sector s : Sector.values()) {
            var d = f.nationalDeficit.get(s);
            b.append(String.format(Locale.ROOT, "%-15s %,14d %,14d %,14d %,18.1f %,18.1f%n", s.id(),
                    d.get(Measure.ESTABLISHMENTS), d.get(Measure.PLACES), d.get(Measure.STAFF),
                    millions(f.capex(nation, s.id())), millions(f.opex(nation, s.id()))));
        }
        b.append(String.format(Locale.ROOT, "%-15s %14s %14s %14s %,18.1f %,18.1f%n", "total", "", "", "",
                millions(f.capex(nation)), millions(f.opex(nation))));
        BigDecimal capex = run.costs().nationalCapex().amount();
        b.append(String.format(Locale.ROOT, "%nCapex is %sx the seed's USD 13,316 M (six sectors, unverified) and %sx"
                + " the 2012 press figure of USD 39,699 M (66 services); opex is %sx its USD 4,701 M a year.%n",
                PublishedFigures.ratio(capex, PublishedFigures.SEED_SIX_SECTORS),
                PublishedFigures.ratio(capex, PublishedFigures.PRESS_2012_INVESTMENT),
                PublishedFigures.ratio(run.costs().nationalOpex().amount(), PublishedFigures.PRESS_2012_RECURRENT)));
        var plan = run.plan();
        Money funded = Money.total(Money.USD, plan.funded().stream().map(p -> p.project().capex()).toList());
        b.append(String.format(Locale.ROOT, "Plan %d-%d: %,d projects funded (capex USD %,.1f M), %,d unfunded;"
                + " %s %% of the gap's capex completed by %d.%n", plan.budget().firstYear(), plan.budget().lastYear(),
                plan.funded().size(), millions(funded), plan.unfunded().size(),
                f.coverage.get(plan.budget().lastYear()).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN),
                plan.budget().lastYear()));
        return b.toString();
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

    private static BigDecimal millions(Money m) {
        return m.amount().divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN);
    }
}
