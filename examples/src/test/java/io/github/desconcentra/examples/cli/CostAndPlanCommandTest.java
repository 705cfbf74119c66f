package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Project;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostAndPlanCommandTest {

    static List<CSVRecord> read(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    /** Capex (spread over the build years) plus the recurrent cost of what is open, per year, from a plan.csv. */
    static Map<Integer, BigDecimal> spendPerYear(List<CSVRecord> plan, int first, int last) {
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            perYear.put(y, BigDecimal.ZERO);
        }
        for (CSVRecord p : plan) {
            int start = Integer.parseInt(p.get("start"));
            int opening = Integer.parseInt(p.get("opening"));
            Money capex = Money.parse(p.get("capex"), Money.USD);
            for (int y = start; y <= last; y++) {
                BigDecimal c = Project.capexIn(capex, opening - start, start, y).amount();
                BigDecimal r = y >= opening ? new BigDecimal(p.get("opex_per_year")) : BigDecimal.ZERO;
                perYear.merge(y, c.add(r), BigDecimal::add);
            }
        }
        return perYear;
    }

    @Test
    void planOnTheEmbeddedDatasetKeepsCapexAndRecurrentCostWithinEveryCeiling(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("plan", "--sectors", "fire,police", "--assume-none", "fire,police",
                "--budget-per-year", "60000000",
                "--first-year", "2027", "--last-year", "2031", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> plan = read(dir.resolve("plan.csv"));
        List<CSVRecord> unfunded = read(dir.resolve("unfunded.csv"));
        assertTrue(!plan.isEmpty() && !unfunded.isEmpty());
        Set<String> ids = new HashSet<>();
        plan.forEach(p -> assertTrue(ids.add(p.get("project")), p.get("project")));
        unfunded.forEach(u -> assertTrue(ids.add(u.get("project")), u.get("project")));
        Map<Integer, BigDecimal> perYear = spendPerYear(plan, 2027, 2031);
        assertEquals(Set.of(2027, 2028, 2029, 2030, 2031), perYear.keySet());
        perYear.forEach((y, v) -> assertTrue(v.compareTo(new BigDecimal("60000000")) <= 0, y + ": " + v));
        assertTrue(plan.stream().anyMatch(p -> p.get("action").equals("hire")), "staffing packages are planned");
        assertTrue(plan.stream().allMatch(p -> !p.get("priority_inputs").isEmpty()));
        assertTrue(r.out().contains("greedy plan: funded "), r.out());
    }

    @Test
    void costPrintsTheNationalTotalBesideThePublishedFigures(@TempDir Path dir) {
        CliRunner r = CliRunner.run("cost", "--sectors", "police", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("against the seed's USD 13,316 M"), r.out());
        assertTrue(Files.exists(dir.resolve("costs.csv")));
    }

    @Test
    void compareShowsWhatChangesBetweenTwoScenarios(@TempDir Path dir) {
        assertEquals(0, CliRunner.run("cost", "--sectors", "fire", "--assume-none", "fire", "--out",
                dir.resolve("a").toString()).exitCode());
        assertEquals(0, CliRunner.run("cost", "--sectors", "fire", "--assume-none", "fire", "--year", "2030", "--out",
                dir.resolve("b").toString()).exitCode());
        CliRunner r = CliRunner.run("compare", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("nation,EC,fire,")), r.out());
    }

    @Test
    void aBudgetFileWithAMissingYearExitsOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.csv"), "year,sector,amount\n2013,,100\n2015,,100\n");
        CliRunner r = CliRunner.run("plan", "--sectors", "fire", "--budget", dir.resolve("b.csv").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(1, r.exitCode());
        assertEquals("desconcentra: error: " + dir.resolve("b.csv") + ": has no total ceiling for year [2014] between"
                + " 2013 and 2015", r.err().strip());
    }

    /** The columns the costing issue asks of costs.csv. */
    static final class CliCostColumns {
        static final List<String> COLUMNS = List.of("scope", "level", "code", "sector", "typology", "action",
                "quantity", "capex", "opex_per_year", "currency", "price_year");
    }
}
