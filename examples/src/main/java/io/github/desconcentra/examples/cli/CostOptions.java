package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.UnitCosts;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that choose unit costs and the price year; shared by cost, plan and run. */
final class CostOptions {
    @Option(names = "--costs", paramLabel = "FILE",
            description = "Unit costs CSV replacing the defaults (typology,basis,capex,equipment,repair_share,"
                    + "maintenance_share,salary_per_staff,build_years,price_year,currency,source,status).")
    Path costs;

    @Option(names = "--price-year", paramLabel = "Y", defaultValue = "2022",
            description = "Restate all costs to prices of this year (default ${DEFAULT-VALUE}).")
    int priceYear;

    private UnitCosts loaded;

    /** The unit costs, read once. */
    UnitCosts unitCosts() {
        if (loaded == null) {
            loaded = costs == null ? UnitCosts.defaults() : UnitCosts.read(costs);
        }
        return loaded;
    }

    CostPolicy policy() {
        return CostPolicy.DEFAULTS.withPriceYear(priceYear);
    }

    /** Costs the standard lines of an evaluation. */
    io.github.desconcentra.costing.CostReport cost(io.github.desconcentra.territory.Territory t,
                                                   io.github.desconcentra.standards.Evaluation e) {
        return new io.github.desconcentra.costing.CostCalculator(unitCosts(), policy()).cost(t, Gaps.of(e));
    }
}
