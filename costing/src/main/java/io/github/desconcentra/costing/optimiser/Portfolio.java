package io.github.desconcentra.costing.optimiser;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The solver's view of a plan: every project that could be funded, with its start year. Internal. */
@PlanningSolution
public class Portfolio {
    @PlanningEntityCollectionProperty
    List<Choice> choices;

    @PlanningScore
    HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    public Portfolio() {
    }

    Portfolio(List<Choice> choices) {
        this.choices = choices;
    }
}
