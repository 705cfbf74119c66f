package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of the pipeline produced, with what is needed to describe it.
 *
 * @param territoryLabel where the territory came from
 * @param territory the territory at the plan year
 * @param inventoryLabel where the inventory came from
 * @param inventory the inventory evaluated, with its excluded and rejected records
 * @param sampleSectors sectors whose supply is the generated sample (empty when none)
 * @param engine the standards used
 * @param unitCosts the unit costs used
 * @param evaluation the deficits
 * @param costs the cost of the gap
 * @param plan the plan
 * @param inputs checksums of the inputs: name → sha256, sorted
 * @param parameters the run's parameters in words, sorted (no thread count: it does not change results)
 * @param uncertainty how far the cost could move within the inputs' ranges, or why the run did not compute it
 */
public record RunResult(String territoryLabel, Territory territory, String inventoryLabel, Inventory inventory,
                        List<String> sampleSectors,
                        StandardsEngine engine, UnitCosts unitCosts, Evaluation evaluation, CostReport costs,
                        Plan plan, Map<String, String> inputs, Map<String, String> parameters,
                        Uncertainty uncertainty) {
    /** @throws NullPointerException when the uncertainty is null (one not computed says why) */
    public RunResult {
        java.util.Objects.requireNonNull(uncertainty, "uncertainty (Uncertainty.notComputed(reason) when skipped)");
    }

    /**
     * A run whose program did not measure how far its cost could move: the reports say the uncertainty was not
     * computed, and why.
     */
    public RunResult(String territoryLabel, Territory territory, String inventoryLabel, Inventory inventory,
                     List<String> sampleSectors, StandardsEngine engine, UnitCosts unitCosts, Evaluation evaluation,
                     CostReport costs, Plan plan, Map<String, String> inputs, Map<String, String> parameters) {
        this(territoryLabel, territory, inventoryLabel, inventory, sampleSectors, engine, unitCosts, evaluation, costs,
                plan, inputs, parameters, Uncertainty.notComputed("not measured by the program that wrote this"
                        + " report"));
    }
}
