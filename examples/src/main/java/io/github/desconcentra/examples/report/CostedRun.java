package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.territory.Territory;
import java.util.List;
import java.util.Objects;

/**
 * A run once its population year is evaluated and costed, before it plans: all that the files of the
 * {@linkplain Reports#start first stage} need (deficits, costs, what was not costed, the ideal network where supply is
 * unknown, the excluded and rejected records, the map of deficits).
 *
 * @param territory the territory at the plan year, not null
 * @param inventory the inventory evaluated, with its excluded and rejected records, not null
 * @param sampleSectors sectors whose supply is the generated sample (empty when none), not null
 * @param evaluation the deficits, not null
 * @param costs the cost of the gap, not null
 * @param territoryLabel where the territory came from, as the whole run will say ({@link RunResult#territoryLabel});
 *     may be null
 * @param lastPlanYear the last year the plan is expected to cover (its budget's), or 0 when not known. The workbook's
 *     summary cites it: when given, the workbook's sheets that need no plan are written before the plan as well (and
 *     the workbook written again at the end should the plan's last year or the label differ)
 */
public record CostedRun(Territory territory, Inventory inventory, List<String> sampleSectors, Evaluation evaluation,
                        CostReport costs, String territoryLabel, int lastPlanYear) {
    /** @throws NullPointerException naming the missing part */
    public CostedRun {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(inventory, "inventory");
        sampleSectors = List.copyOf(Objects.requireNonNull(sampleSectors, "sampleSectors"));
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(costs, "costs");
    }

    /**
     * A run before its plan, without the label and the plan's last year: the workbook is then written whole once the
     * plan is known.
     *
     * @throws NullPointerException naming the missing part
     */
    public CostedRun(Territory territory, Inventory inventory, List<String> sampleSectors, Evaluation evaluation,
                     CostReport costs) {
        this(territory, inventory, sampleSectors, evaluation, costs, null, 0);
    }

    /** The run without what planning and the reports' description add: for the first stage's figures only. */
    RunResult withoutPlan() {
        return new RunResult(null, territory, null, inventory, sampleSectors, null, null, evaluation, costs, null,
                java.util.Map.of(), java.util.Map.of(), Uncertainty.notComputed("not known before the plan"));
    }
}
