package io.github.desconcentra.costing;

import static io.github.desconcentra.costing.Fixtures.project;
import static io.github.desconcentra.costing.Fixtures.projects;
import static io.github.desconcentra.costing.Fixtures.usd;
import static io.github.desconcentra.costing.Fixtures.years;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.InputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final Planner GREEDY = new Planner(PriorityPolicy.DEFAULT);

    private static List<String> starts(Plan plan) {
        return plan.funded().stream().map(f -> f.start() + " " + f.project().id()).toList();
    }

    @Test
    void higherPriorityIsFundedFirstAndASmallerProjectFillsWhatIsLeft() {
        Plan plan = GREEDY.plan(projects(2027, 2029, project("big", "health", "80", "0", 1, "9", years(2027, 2028)),
                project("bigger", "health", "50", "0", 1, "8", years(2027, 2028)),
                project("small", "health", "20", "0", 1, "7", years(2027, 2028))),
                Budget.perYear(usd("100"), 2027, 2029));
        assertEquals(List.of("2027 big", "2027 small", "2028 bigger"), starts(plan));
    }

    @Test
    void capexIsSpreadOverTheBuildYearsAndTheOpexStartsAtTheOpening() {
        Project hospital = project("h", "health", "100.01", "7", 3, "1", 2027);
        assertEquals(List.of(usd("33.33"), usd("33.33"), usd("33.35"), usd("0")), List.of(hospital.capexIn(2027,
                2027), hospital.capexIn(2027, 2028), hospital.capexIn(2027, 2029), hospital.capexIn(2027, 2030)));
        assertEquals(2030, hospital.opening(2027));
        Plan plan = GREEDY.plan(projects(2027, 2031, hospital), Budget.perYear(usd("40"), 2027, 2031));
        assertEquals(Map.of(2027, usd("33.33"), 2028, usd("33.33"), 2029, usd("33.35"), 2030, usd("7"), 2031,
                usd("7")), plan.spendPerYear());
    }

    @Test
    void committedRecurrentCostCountsAgainstEveryLaterCeiling() {
        Plan plan = GREEDY.plan(projects(2027, 2029, project("school", "education", "50", "40", 1, "9", 2027),
                project("station", "fire", "70", "0", 1, "8", 2028)), Budget.perYear(usd("100"), 2027, 2029));
        assertEquals(List.of("2027 school"), starts(plan), "2028 has 100 less the school's 40 of opex");
        assertEquals(usd("40"), plan.spendPerYear().get(2028));
        assertEquals(Planner.SPENT_ELSEWHERE, plan.unfunded().get(0).reason());
    }

    @Test
    void aStaffingPackageIsNotFreeItsSalariesUseTheCeiling() {
        Plan plan = GREEDY.plan(projects(2027, 2029, project("hire", "police", "0", "60", 0, "9", 2027),
                project("upc", "police", "50", "0", 1, "8", years(2027, 2029))), Budget.perYear(usd("100"), 2027, 2029));
        assertEquals(List.of("2027 hire"), starts(plan));
        assertEquals(usd("60"), plan.spendPerYear().get(2027));
    }

    @Test
    void aProjectThatCostsNothingIsNeverFundedAndSaysWhy() {
        Plan plan = GREEDY.plan(projects(2027, 2027, project("free", "police", "0", "0", 0, "9", 2027)),
                Budget.perYear(usd("100"), 2027, 2027));
        assertEquals(List.of(), plan.funded());
        assertTrue(plan.unfunded().get(0).reason().startsWith("it costs nothing under the unit costs"));
    }

    @Test
    void withABudgetOfZeroNothingIsFunded() {
        Plan plan = GREEDY.plan(projects(2027, 2036, project("a", "fire", "1", "0", 1, "9", years(2027, 2036))),
                Budget.perYear(usd("0"), 2027, 2036));
        assertEquals(List.of(), plan.funded());
        assertEquals("the ceilings are zero: nothing is funded", plan.unfunded().get(0).reason());
    }

    @Test
    void aProjectLargerThanEveryCeilingSaysSo() {
        Plan plan = GREEDY.plan(projects(2027, 2028, project("huge", "health", "500", "0", 1, "9", 2027)),
                Budget.perYear(usd("100"), 2027, 2028));
        assertEquals("on its own it is larger than a ceiling: in 2027 it would cost USD 500.00 against a ceiling of"
                + " USD 100.00", plan.unfunded().get(0).reason());
    }

    @Test
    void aProjectThatWouldOpenAfterThePlanCannotStartLate() {
        Plan plan = GREEDY.plan(projects(2027, 2028, project("late", "health", "10", "0", 3, "9", 2028)),
                Budget.perYear(usd("100"), 2027, 2028));
        assertEquals("needed from 2028, but with 3 build years it would open after 2028", plan.unfunded().get(0)
                .reason());
    }

    @Test
    void aNeedThatAppearsLaterEntersThePlanInItsYear() {
        Plan plan = GREEDY.plan(projects(2027, 2030, project("growth", "education", "10", "0", 1, "9", 2029, 2030)),
                Budget.perYear(usd("100"), 2027, 2030));
        assertEquals(List.of("2029 growth"), starts(plan));
    }

    @Test
    void unspentBudgetCarriesForwardWhenConfigured() {
        Projects ps = projects(2027, 2029, project("a", "health", "60", "0", 1, "9", years(2027, 2028)),
                project("b", "health", "130", "0", 1, "8", years(2027, 2028)));
        Budget budget = Budget.perYear(usd("100"), 2027, 2029);
        assertEquals(List.of("2027 a"), starts(GREEDY.plan(ps, budget)));
        assertEquals(List.of("2027 a", "2028 b"), starts(GREEDY.plan(ps, budget.withCarryForward(true))));
    }

    @Test
    void aSeparateRecurrentCeilingTakesTheOpexOffTheInvestmentCeiling() {
        Projects ps = projects(2027, 2029, project("a", "health", "90", "30", 1, "9", 2027),
                project("b", "health", "90", "30", 1, "8", 2028));
        Budget budget = Budget.perYear(usd("100"), 2027, 2029);
        assertEquals(List.of("2027 a"), starts(GREEDY.plan(ps, budget)));
        assertEquals(List.of("2027 a", "2028 b"), starts(GREEDY.plan(ps, budget.withRecurrentCeiling(usd("60")))));
    }

    @Test
    void aSectorFloorIsOfferedFirstAndASectorCeilingCaps() {
        Projects ps = projects(2027, 2028, project("hospital", "health", "70", "0", 1, "9", 2027),
                project("prison", "rehabilitation", "40", "0", 1, "1", 2027));
        Budget budget = Budget.perYear(usd("100"), 2027, 2028);
        assertEquals(List.of("2027 hospital"), starts(GREEDY.plan(ps, budget)));
        Planner floored = new Planner(PriorityPolicy.DEFAULT.withSectorShares(Map.of("rehabilitation",
                new BigDecimal("0.4")), Map.of()));
        assertEquals(List.of("2027 prison"), starts(floored.plan(ps, budget)));
        Planner capped = new Planner(PriorityPolicy.DEFAULT.withSectorShares(Map.of(), Map.of("health",
                new BigDecimal("0.5"))));
        assertEquals(List.of("2027 prison"), starts(capped.plan(ps, budget)));
    }

    @Test
    void aBudgetFileMissingAYearIsRefusedNamingTheYear() {
        String csv = "year,sector,amount\n2013,,100\n2015,,100\n2014,health,50\n";
        InputException e = assertThrows(InputException.class, () -> Budget.read("b.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals("b.csv: has no total ceiling for year [2014] between 2013 and 2015", e.getMessage());
    }

    @Test
    void aBudgetFileSpanningACenturyIsRefused() {
        String csv = "year,sector,amount\n1950,,100\n2050,,100\n";
        InputException e = assertThrows(InputException.class, () -> Budget.read("b.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals("b.csv: spans 101 years, 1950-2050: a plan covers at most 30 years", e.getMessage());
    }

    @Test
    void aSectorCeilingOfTheBudgetFileLimitsItsSector() {
        String csv = "year,sector,amount\n2027,,100\n2027,health,30\n";
        Budget b = Budget.read("b.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        Plan plan = GREEDY.plan(projects(2027, 2027, project("a", "health", "50", "0", 0, "9", 2027),
                project("c", "health", "20", "0", 0, "8", 2027)), b);
        assertEquals(List.of("2027 c"), starts(plan));
    }
}
