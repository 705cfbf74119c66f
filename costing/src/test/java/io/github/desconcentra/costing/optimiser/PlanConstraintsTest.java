package io.github.desconcentra.costing.optimiser;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.PriorityPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanConstraintsTest {
    private static final ConstraintVerifier<PlanConstraints, Portfolio> VERIFY = ConstraintVerifier.build(
            new PlanConstraints(), Portfolio.class, Choice.class);
    /** 2027-2029 at USD 100 a year (10,000 cents). */
    private static final Ledger LEDGER = new Ledger(Budget.perYear(Money.parse("100", Money.USD), 2027, 2029),
            PriorityPolicy.DEFAULT, List.of("fire", "health"));

    private static Choice choice(int index, String sector, long capexCents, long opexCents, int build, long people,
                                 Integer start) {
        return new Choice(index, sector, capexCents, opexCents, build, people, 2029, List.of(2027, 2028, 2029),
                LEDGER, start, false);
    }

    @Test
    void spendingAboveAYearsCeilingIsPenalisedByTheExcessInCents() {
        // 2027: 8,000 + 6,000 of capex = 14,000 cents against 10,000; 2028: both open, 500 + 500 of opex.
        VERIFY.verifyThat(PlanConstraints::spendingStaysWithinEveryCeiling)
                .given(choice(0, "fire", 8_000, 500, 1, 10, 2027), choice(1, "health", 6_000, 500, 1, 10, 2027))
                .penalizesBy(4_000);
    }

    @Test
    void capexSpreadOverTheBuildYearsCanFitWhereTheWholeWouldNot() {
        VERIFY.verifyThat(PlanConstraints::spendingStaysWithinEveryCeiling)
                .given(choice(0, "health", 18_000, 0, 2, 10, 2027))
                .penalizesBy(0);
    }

    @Test
    void aSectorCeilingIsALineOfItsOwn() {
        Ledger capped = new Ledger(Budget.perYear(Money.parse("100", Money.USD), 2027, 2029),
                PriorityPolicy.DEFAULT.withSectorShares(Map.of(), Map.of("health", new BigDecimal("0.5"))),
                List.of("health"));
        Choice c = new Choice(0, "health", 7_000, 0, 1, 10, 2029, List.of(2027), capped, 2027, false);
        VERIFY.verifyThat(PlanConstraints::spendingStaysWithinEveryCeiling).given(c).penalizesBy(2_000);
    }

    @Test
    void everyFundedProjectServesItsPeopleAndSoonerCountsMore() {
        VERIFY.verifyThat(PlanConstraints::servePeople)
                .given(choice(0, "fire", 1, 0, 1, 10, 2027), choice(1, "fire", 1, 0, 1, 7, null))
                .rewardsWith(10);
        // Open in 2028 and 2029: 2 years × 10 people.
        VERIFY.verifyThat(PlanConstraints::serveThemSooner)
                .given(choice(0, "fire", 1, 0, 1, 10, 2027))
                .rewardsWith(20);
    }
}
