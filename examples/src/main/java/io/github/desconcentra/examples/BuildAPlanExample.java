package io.github.desconcentra.examples;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.GapSeries;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.Projects;
import io.github.desconcentra.costing.TypologySize;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Evaluate police on each year's projected population, turn the gap into projects (one police unit each, its officers
 * with it; the rest of the officers as staffing packages) and plan 2027–2031 at USD 50 million a year, capex and
 * salaries together.
 */
public final class BuildAPlanExample {
    private BuildAPlanExample() {
    }

    /** Prints the first project of each year and what stays unfunded. */
    public static void main(String[] args) {
        Territory census = ReferenceTerritory.territory();
        StandardsEngine engine = StandardsEngine.embedded();
        EvaluationOptions police = EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.POLICE));
        List<GapSeries.Year> years = new ArrayList<>();
        for (int y = 2027; y <= 2031; y++) {
            Territory t = census.projectedTo(y);
            // An explicit assumption, for the example: the police have nothing. Without it the supply is unknown
            // and nothing would be costed or planned.
            Inventory nothing = Inventory.EMPTY.assumingNoneBeyond(EnumSet.of(Sector.POLICE));
            List<Gap> gaps = io.github.desconcentra.examples.cli.Gaps.of(engine.evaluate(t, nothing, police));
            years.add(new GapSeries.Year(y, t, gaps, "projected " + y));
        }
        List<TypologySize> sizes = engine.catalogue().typologies().values().stream()
                .map(t -> new TypologySize(t.code(), t.capacity(), t.staffTotal())).toList();
        Projects projects = Projects.of(new GapSeries(years), UnitCosts.defaults(), CostPolicy.DEFAULTS, sizes,
                PriorityPolicy.DEFAULT);
        Plan plan = new Planner(PriorityPolicy.DEFAULT).plan(projects, Budget.perYear(Money.parse("50000000",
                Money.USD), 2027, 2031));
        int shown = -1;
        for (Plan.Funded f : plan.funded()) {
            if (f.start() != shown) {
                shown = f.start();
                System.out.printf("%d: first %s (priority %s: %s)%n", f.start(), f.project().id(),
                        f.project().priority().score(), f.project().priority().inputs());
            }
        }
        System.out.printf("funded %d, unfunded %d; recurrent cost committed %s a year%n", plan.funded().size(),
                plan.unfunded().size(), plan.recurrentCommitted());
    }
}
