package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose unit costs and the price year; shared by cost, plan and run. */
final class CostOptions {
    @Option(names = "--costs", paramLabel = "FILE",
            description = "Unit costs CSV replacing the defaults, one row per figure of a typology (typology,item,"
                    + "value,price_year,currency,source,status[,low,high,range_source]; items basis, capex, equipment,"
                    + " repair_share, maintenance_share, salary_per_staff, build_years).")
    Path costs;

    @Option(names = "--price-year", paramLabel = "Y", defaultValue = "2022",
            description = "Restate all costs to prices of this year (default ${DEFAULT-VALUE}); within the years of the"
                    + " price index, 2010-2025.")
    int priceYear;

    private UnitCosts loaded;

    /**
     * What one unit of a typology's requirement costs to build, restated to the price year, for the lint's cliff
     * check: capex and equipment on the typology's cost basis.
     */
    io.github.desconcentra.standards.authoring.StandardsLint.Prices prices() {
        UnitCosts u = unitCosts();
        CostPolicy p = policy();
        return (typology, measure) -> u.of(typology).filter(c -> c.basis().id().equals(measure.id()))
                .map(c -> p.priceIndex().restate(c.newUnit(), c.priceYear(), p.priceYear()).amount());
    }

    /** The unit costs, read once. */
    UnitCosts unitCosts() {
        if (loaded == null) {
            loaded = costs == null ? UnitCosts.defaults() : UnitCosts.read(costs);
        }
        return loaded;
    }

    /**
     * The costing policy at the chosen price year.
     *
     * @throws InputException when the price year or a unit cost's price year is outside the price index, or a unit
     *     cost is not in US dollars
     */
    CostPolicy policy() {
        CostPolicy p = CostPolicy.DEFAULTS.withPriceYear(priceYear);
        if (!p.priceIndex().covers(priceYear)) {
            throw new InputException(Problem.of("--price-year", "must be a year of the price index ("
                    + p.priceIndex().coverage() + "): " + priceYear));
        }
        List<String> problems = unitCosts().problemsWith(p);
        if (!problems.isEmpty()) {
            String file = costs == null ? "unit_costs.csv (embedded)" : costs.toString();
            throw new InputException(problems.stream().map(m -> Problem.of(file, m)).toList());
        }
        return p;
    }

    /** Costs the standard lines of an evaluation. */
    io.github.desconcentra.costing.CostReport cost(io.github.desconcentra.territory.Territory t,
                                                   io.github.desconcentra.standards.Evaluation e) {
        return new io.github.desconcentra.costing.CostCalculator(unitCosts(), policy()).cost(t, Gaps.of(e));
    }
}
