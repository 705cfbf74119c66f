package io.github.desconcentra.costing.optimiser;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * The solver's view of one project: the year it starts, or none (unfunded). Internal: a mutable planning entity for
 * Timefold, kept out of the domain types.
 */
@PlanningEntity
public class Choice {
    int index;
    String sector;
    long capex;
    long opex;
    int buildYears;
    long people;
    int last;
    List<Integer> startYears;
    Ledger ledger;

    @PlanningPin
    boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "startYears", allowsUnassigned = true)
    Integer start;

    /** For the solver's cloning. */
    public Choice() {
    }

    Choice(int index, String sector, long capex, long opex, int buildYears, long people, int last,
           List<Integer> startYears, Ledger ledger, Integer start, boolean pinned) {
        this.index = index;
        this.sector = sector;
        this.capex = capex;
        this.opex = opex;
        this.buildYears = buildYears;
        this.people = people;
        this.last = last;
        this.startYears = List.copyOf(startYears);
        this.ledger = ledger;
        this.start = start;
        this.pinned = pinned;
    }

    /** The years it may start in: needed then and open by the last plan year. */
    @ValueRangeProvider(id = "startYears")
    public List<Integer> getStartYears() {
        return startYears;
    }

    /** Its start year, or null. */
    public Integer getStart() {
        return start;
    }

    /** What it charges to the budget's lines; empty when unfunded. */
    List<Ledger.Charge> charges() {
        return start == null ? List.of() : ledger.charges(sector, capex, opex, buildYears, start);
    }

    /** People-years served within the plan: people times the years open, the opening year included. */
    long peopleYears() {
        return start == null ? 0 : people * (last - (start + buildYears) + 1);
    }

    @Override
    public String toString() {
        return "Choice[" + index + " " + sector + " start=" + start + "]";
    }
}
