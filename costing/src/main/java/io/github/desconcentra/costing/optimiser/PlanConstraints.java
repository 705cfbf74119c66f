package io.github.desconcentra.costing.optimiser;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of an optimised plan: ceilings are hard, people served come first, and serving them sooner second.
 * Internal.
 */
public class PlanConstraints implements ConstraintProvider {
    /** For the solver. */
    public PlanConstraints() {
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {spendingStaysWithinEveryCeiling(factory), servePeople(factory),
            serveThemSooner(factory)};
    }

    /** No year's spending (total, recurrent or of a sector) goes above its ceiling. */
    Constraint spendingStaysWithinEveryCeiling(ConstraintFactory factory) {
        return factory.forEach(Choice.class)
                .filter(c -> c.start != null)
                .flattenLast(Choice::charges)
                .groupBy(Ledger.Charge::line, ConstraintCollectors.sumLong(Ledger.Charge::amount))
                .filter((line, sum) -> sum > line.limit())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (line, sum) -> sum - line.limit())
                .asConstraint("Spending stays within every ceiling");
    }

    /** Every project open by the last plan year serves its people. */
    Constraint servePeople(ConstraintFactory factory) {
        return factory.forEach(Choice.class)
                .filter(c -> c.start != null)
                .rewardLong(HardMediumSoftLongScore.ONE_MEDIUM, c -> c.people)
                .asConstraint("Serve the most people");
    }

    /** A project that opens sooner serves its people more years. */
    Constraint serveThemSooner(ConstraintFactory factory) {
        return factory.forEach(Choice.class)
                .filter(c -> c.start != null)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, Choice::peopleYears)
                .asConstraint("Serve them sooner");
    }
}
