package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static Project project(String id, String capex, String opex, int build, String priority) {
        return new Project(id, DistrictCode.of("17D01"), "health", "CS_C", "build", 1, Money.parse(capex, Money.USD),
                Money.parse(opex, Money.USD), build, new BigDecimal(priority), "test");
    }

    private static List<String> years(Plan plan) {
        return plan.funded().stream().map(f -> f.year() + " " + f.project().id()).toList();
    }

    @Test
    void higherPriorityIsFundedFirstAndASmallerProjectFillsWhatIsLeft() {
        List<Project> ranked = List.of(project("big", "80", "0", 1, "9"), project("bigger", "50", "0", 1, "8"),
                project("small", "20", "0", 1, "7"));
        Plan plan = Planner.schedule(ranked, Budget.perYear(Money.parse("100", Money.USD), 2013, 2014));
        assertEquals(List.of("2013 big", "2013 small", "2014 bigger"), years(plan));
        assertEquals(Money.parse("150", Money.USD), plan.funded().get(2).cumulativeSpend());
    }

    @Test
    void whatTheBudgetNeverReachesIsUnfundedWithItsReason() {
        Plan plan = Planner.schedule(List.of(project("huge", "500", "0", 1, "9"), project("a", "60", "0", 1, "8"),
                project("b", "60", "0", 1, "7")), Budget.perYear(Money.parse("100", Money.USD), 2013, 2013));
        assertEquals(List.of("2013 a"), years(plan));
        assertEquals(List.of("its capex 500.00 exceeds every year's ceiling (largest 100.00)",
                "the budget 2013-2013 was spent on higher-priority projects first"),
                plan.unfunded().stream().map(Plan.Unfunded::reason).toList());
    }

    @Test
    void unspentBudgetCarriesForwardWhenConfigured() {
        List<Project> ranked = List.of(project("a", "60", "0", 1, "9"), project("b", "130", "0", 1, "8"));
        Budget budget = Budget.perYear(Money.parse("100", Money.USD), 2013, 2014);
        assertEquals(List.of("2013 a"), years(Planner.schedule(ranked, budget)));
        assertEquals(List.of("2013 a", "2014 b"), years(Planner.schedule(ranked, budget.withPolicies(true, false))));
    }

    @Test
    void opexOfCompletedProjectsCountsAgainstLaterYearsWhenConfigured() {
        List<Project> ranked = List.of(project("a", "50", "40", 1, "9"), project("b", "70", "0", 1, "8"));
        Budget budget = Budget.perYear(Money.parse("100", Money.USD), 2013, 2014).withPolicies(false, true);
        Plan plan = Planner.schedule(ranked, budget);
        assertEquals(List.of("2013 a"), years(plan), "b needs 70 but 2014 has 100 - 40 of a's opex");
        assertEquals(Money.parse("40", Money.USD), plan.spendPerYear().get(2014));
    }

    @Test
    void aBudgetFileMissingAYearIsRefusedNamingTheYear() {
        String csv = "year,sector,amount\n2013,,100\n2015,,100\n2014,health,50\n";
        InputException e = assertThrows(InputException.class, () -> Budget.read("b.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals("b.csv: has no total ceiling for year [2014] between 2013 and 2015", e.getMessage());
    }

    @Test
    void aSectorCeilingLimitsItsSector() {
        String csv = "year,sector,amount\n2013,,100\n2013,health,30\n";
        Budget b = Budget.read("b.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        Plan plan = Planner.schedule(List.of(project("a", "50", "0", 1, "9"), project("c", "20", "0", 1, "8")), b);
        assertEquals(List.of("2013 c"), years(plan));
    }
}
