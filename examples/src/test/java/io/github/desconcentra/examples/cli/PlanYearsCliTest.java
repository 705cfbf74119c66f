package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanYearsCliTest {
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private static CliRunner at(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Desconcentra.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new CliRunner(code, out.toString(), err.toString());
    }

    @Test
    void theDefaultPlanRunsTheTenYearsFromNextYearOnProjectedDemand(@TempDir Path dir) throws Exception {
        CliRunner r = at(NOV_2026, "plan", "--sectors", "fire", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2027 ") && r.out().contains("projected 2027"), r.out());
        assertTrue(r.out().contains("2036 ") && r.out().contains("held at 2035, the last projected year"), r.out());
        assertTrue(CostAndPlanCommandTest.read(dir.resolve("plan.csv")).stream()
                .allMatch(p -> p.get("plan_years").equals("2027-2036")));
    }

    @Test
    void aPlanYearBeforeThePopulationYearIsRefusedUnlessAskedFor(@TempDir Path dir) {
        CliRunner r = at(NOV_2026, "plan", "--sectors", "fire", "--first-year", "2013", "--out", dir.toString());
        assertEquals(1, r.exitCode());
        assertEquals("desconcentra: error: --first-year: the plan would start in 2013, before the population year"
                + " 2022: those years are over; give --allow-past-years to plan them anyway", r.err().strip());
        CliRunner allowed = at(NOV_2026, "plan", "--sectors", "fire", "--first-year", "2013", "--last-year", "2015",
                "--allow-past-years", "--out", dir.toString());
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(allowed.out().contains("projected 2013"), allowed.out());
    }

    @Test
    void theSeedsReplayIsANamedScenario(@TempDir Path dir) throws Exception {
        CliRunner r = at(NOV_2026, "plan", "--sectors", "fire", "--scenario", "senplades-2013-2021", "--out",
                dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("held at the population of 2022"), r.out());
        assertTrue(CostAndPlanCommandTest.read(dir.resolve("unfunded.csv")).stream()
                .allMatch(p -> p.get("plan_years").equals("2013-2021")));
    }

    @Test
    void yearsAndPricesAtTheEdgesAreRefusedAsBadInputNeverLooped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("century.csv"), "year,sector,amount\n1950,,100\n2050,,100\n");
        String costs = Files.readString(Path.of("../costing/src/main/resources/io/github/desconcentra/costing/"
                + "unit_costs.csv")).replace("2022,USD", "2022,EUR");
        Files.writeString(dir.resolve("eur.csv"), costs);
        Files.writeString(dir.resolve("old.csv"), Files.readString(Path.of("../costing/src/main/resources/io/github/"
                + "desconcentra/costing/unit_costs.csv")).replace(",2017,USD", ",1990,USD"));
        List<List<String>> cases = List.of(
                List.of("--last-year", "2147483647"),
                List.of("--first-year", "-2147483648"),
                List.of("--first-year", "2147483647"),
                List.of("--first-year", "2030", "--last-year", "2029"),
                List.of("--price-year", "1990"),
                List.of("--price-year", "-2147483648"),
                List.of("--costs", dir.resolve("eur.csv").toString()),
                List.of("--costs", dir.resolve("old.csv").toString()),
                List.of("--budget", dir.resolve("century.csv").toString()),
                List.of("--budget-per-year", "-1"),
                List.of("--optimiser-moves", "0"),
                List.of("--planner", "magic"));
        for (List<String> c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("plan", "--sectors", "fire", "--out",
                    dir.resolve("out").toString()));
            args.addAll(c);
            CliRunner r = at(NOV_2026, args.toArray(new String[0]));
            assertTrue(r.exitCode() == 1 || r.exitCode() == 2, c + ": exit " + r.exitCode() + " " + r.err());
            assertTrue(r.err().startsWith("desconcentra: "), c + ": " + r.err());
            assertFalse(r.err().contains("internal error"), c + ": " + r.err());
        }
    }

    @Test
    void withABudgetOfZeroNothingIsFundedAndTheSummarySaysSo(@TempDir Path dir) throws Exception {
        CliRunner r = at(NOV_2026, "run", "--quiet", "--sectors", "fire", "--assume-none", "fire",
                "--budget-per-year", "0", "--lang", "en", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Nothing is funded: the ceilings are USD 0."), r.out());
        assertTrue(r.out().contains("Funded 0 of "), r.out());
        assertEquals(List.of(), CostAndPlanCommandTest.read(dir.resolve("plan.csv")));
        assertTrue(r.out().contains("Fire brigades: the ceilings are zero: nothing is funded"), r.out());
    }
}
