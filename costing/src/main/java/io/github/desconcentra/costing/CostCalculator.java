package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Costs a gap: for each gap line on its typology's cost basis, the deficit is built (capex of a new unit with
 * equipment; maintenance as opex), the units needing repair that the requirement counts on are refurbished — or
 * replaced when refurbishing costs more than {@link CostPolicy#replaceAboveShare()} of a new unit — and a staff
 * deficit is hired (salary as opex). A gap line on the other measure (places of a typology costed per
 * establishment) is not costed again. Unit costs are restated to the policy's price year first, rounded half-even to
 * the cent; from there every figure is an exact multiple, so cost is linear in quantities. Roll-ups add standard
 * lines to every ancestor unit; totals add all typologies of a sector.
 */
public final class CostCalculator {
    /** The reason a line whose supply was not assessed is neither costed nor planned. */
    public static final String NOT_ASSESSED = "supply not assessed: the deficit is unknown, so it is neither costed"
            + " nor planned";
    private final UnitCosts costs;
    private final CostPolicy policy;

    /**
     * A calculator with these costs and policy.
     *
     * @throws IllegalArgumentException naming the typologies when a unit cost is not in US dollars or its price year
     *     (or the policy's) is not covered by the policy's price index
     */
    public CostCalculator(UnitCosts costs, CostPolicy policy) {
        this.costs = Preconditions.requireNonNull(costs, "unit costs");
        this.policy = Preconditions.requireNonNull(policy, "policy");
        List<String> problems = costs.problemsWith(policy);
        Preconditions.check(problems.isEmpty(), "%s", String.join("; ", problems));
    }

    /**
     * Costs gap lines.
     *
     * @param territory for roll-ups, never null
     * @param gaps never null
     */
    public CostReport cost(Territory territory, List<Gap> gaps) {
        List<CostLine> standard = new ArrayList<>();
        List<Map.Entry<Gap, String>> notCosted = new ArrayList<>();
        for (Gap g : gaps) {
            if (!g.supplyAssessed()) {
                notCosted.add(new AbstractMap.SimpleImmutableEntry<>(g, NOT_ASSESSED));
                continue;
            }
            Optional<UnitCost> uc = costs.of(g.typology());
            if (uc.isEmpty()) {
                if (g.deficit() > 0 || g.repairSupply() > 0) {
                    notCosted.add(new AbstractMap.SimpleImmutableEntry<>(g, "no unit cost for typology "
                            + g.typology()));
                }
                continue;
            }
            standard.addAll(lines(g, uc.get(), notCosted));
        }
        List<CostLine> all = new ArrayList<>(standard);
        all.addAll(rollUps(territory, standard));
        all.sort(CostLine.ORDER);
        return new CostReport(all, notCosted, policy.priceYear());
    }

    private List<CostLine> lines(Gap g, UnitCost uc, List<Map.Entry<Gap, String>> notCosted) {
        int y = policy.priceYear();
        PriceIndex ix = policy.priceIndex();
        Money newUnit = ix.restate(uc.newUnit(), uc.priceYear(), y);
        Money repair = ix.restate(uc.repair(), uc.priceYear(), y);
        Money maintenance = ix.restate(uc.maintenance(), uc.priceYear(), y);
        Money salary = ix.restate(uc.salaryPerStaff(), uc.salaryPriceYear(), y);
        Money zero = Money.zero(newUnit.currency());
        List<CostLine> out = new ArrayList<>();
        if (g.measure().equals("staff")) {
            if (g.deficit() > 0) {
                out.add(line(g, Action.HIRE, g.deficit(), zero, salary.multipliedBy(g.deficit())));
            }
            return out;
        }
        if (!g.measure().equals(uc.basis().id())) {
            if (g.deficit() > 0) {
                notCosted.add(new AbstractMap.SimpleImmutableEntry<>(g, g.typology() + " is costed per "
                        + uc.basis().id() + "; its " + g.measure() + " line is not costed again"));
            }
            return out;
        }
        if (g.deficit() > 0) {
            out.add(line(g, Action.BUILD, g.deficit(), newUnit.multipliedBy(g.deficit()),
                    maintenance.multipliedBy(g.deficit())));
        }
        long toRepair = Math.min(g.repairSupply(), g.required());
        if (toRepair > 0) {
            boolean replace = uc.repairShare().compareTo(policy.replaceAboveShare()) > 0;
            out.add(line(g, replace ? Action.REPLACE : Action.REFURBISH, toRepair,
                    (replace ? newUnit : repair).multipliedBy(toRepair), zero));
        }
        return out;
    }

    private CostLine line(Gap g, Action a, long quantity, Money capex, Money opex) {
        return new CostLine("standard", g.unit(), g.sector(), g.typology(), a.id(), quantity, capex, opex,
                policy.priceYear(), g.rule());
    }

    /** Running sum of cost lines. */
    private static final class Sum {
        long quantity;
        Money capex;
        Money opex;

        void add(CostLine l) {
            quantity = Math.addExact(quantity, l.quantity());
            capex = capex == null ? l.capex() : capex.plus(l.capex());
            opex = opex == null ? l.opexPerYear() : opex.plus(l.opexPerYear());
        }
    }

    private List<CostLine> rollUps(Territory territory, List<CostLine> standard) {
        record Key(UnitCode unit, String sector, String typology, String action, String scope) {
        }
        Map<Key, Sum> sums = new HashMap<>();
        for (CostLine l : standard) {
            List<UnitCode> ancestors = territory.ancestors(l.unit());
            for (UnitCode a : ancestors) {
                sums.computeIfAbsent(new Key(a, l.sector(), l.typology(), l.action(), "rollup"), k -> new Sum()).add(l);
                sums.computeIfAbsent(new Key(a, l.sector(), "*", "*", "total"), k -> new Sum()).add(l);
            }
            sums.computeIfAbsent(new Key(l.unit(), l.sector(), "*", "*", "total"), k -> new Sum()).add(l);
        }
        List<CostLine> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new CostLine(k.scope(), k.unit(), k.sector(), k.typology(), k.action(),
                k.scope().equals("total") ? 0 : v.quantity, v.capex, v.opex, policy.priceYear(), "")));
        return out;
    }
}
