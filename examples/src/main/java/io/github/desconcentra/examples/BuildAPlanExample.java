package io.github.desconcentra.examples;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;
import java.util.List;

/** Evaluate police, cost the gap and plan it over 2013–2021 at USD 50 million a year. */
public final class BuildAPlanExample {
    private BuildAPlanExample() {
    }

    /** Prints the first projects of each year and what stays unfunded. */
    public static void main(String[] args) {
        Territory t = ReferenceTerritory.territory();
        Evaluation e = StandardsEngine.embedded().evaluate(t, Inventory.EMPTY,
                EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.POLICE)));
        List<Gap> gaps = e.lines(DeficitLine.Scope.STANDARD).stream().map(l -> new Gap(l.code(), l.sector().id(),
                l.typology(), l.measure().id(), l.required(), l.deficit(), l.repairSupply(), l.rule())).toList();
        CostReport costs = new CostCalculator(UnitCosts.defaults(), CostPolicy.DEFAULTS).cost(t, gaps);
        Budget budget = Budget.perYear(Money.parse("50000000", Money.USD), 2013, 2021);
        Plan plan = new Planner(UnitCosts.defaults(), PriorityPolicy.DEFAULT).plan(t, costs, budget);
        int shown = -1;
        for (Plan.Funded f : plan.funded()) {
            if (f.year() != shown) {
                shown = f.year();
                System.out.printf("%d: first %s (priority %s), cumulative %s%n", f.year(), f.project().id(),
                        f.project().priority(), f.cumulativeSpend());
            }
        }
        System.out.printf("funded %d, unfunded %d%n", plan.funded().size(), plan.unfunded().size());
    }
}
