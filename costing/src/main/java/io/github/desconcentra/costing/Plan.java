package io.github.desconcentra.costing;

import java.util.List;
import java.util.Map;

/**
 * A multi-year investment plan.
 *
 * @param budget the ceilings used
 * @param funded projects in start-year order, then priority order, each once
 * @param unfunded projects left at the end, with the reason, in priority order
 * @param spendPerYear what counted against each year's ceiling (capex started, plus opex if the policy counts it)
 */
public record Plan(Budget budget, List<Funded> funded, List<Unfunded> unfunded, Map<Integer, Money> spendPerYear) {
    /** Copies. */
    public Plan {
        funded = List.copyOf(funded);
        unfunded = List.copyOf(unfunded);
        spendPerYear = Map.copyOf(spendPerYear);
    }

    /**
     * A funded project.
     *
     * @param year the start year (capex is paid then)
     * @param completion the year it enters service
     * @param project never null
     * @param cumulativeSpend capex of all projects funded so far, this one included
     */
    public record Funded(int year, int completion, Project project, Money cumulativeSpend) {
    }

    /**
     * A project the budget did not reach.
     *
     * @param project never null
     * @param reason why, in words
     */
    public record Unfunded(Project project, String reason) {
    }
}
