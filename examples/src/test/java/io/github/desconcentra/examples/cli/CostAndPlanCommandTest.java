package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static List<CSVRecord> read(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void planOnTheEmbeddedDatasetRespectsEveryYearlyCeiling(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("plan", "--budget-per-year", "1500000000", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> plan = read(dir.resolve("plan.csv"));
        List<CSVRecord> unfunded = read(dir.resolve("unfunded.csv"));
        assertTrue(!plan.isEmpty() && !unfunded.isEmpty());
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord p : plan) {
            perYear.merge(Integer.parseInt(p.get("year")), new BigDecimal(p.get("capex")), BigDecimal::add);
            assertTrue(ids.add(p.get("project")), p.get("project"));
        }
        unfunded.forEach(u -> assertTrue(ids.add(u.get("project")), u.get("project")));
        assertEquals(Set.of(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021), perYear.keySet());
        perYear.values().forEach(v -> assertTrue(v.compareTo(new BigDecimal("1500000000")) <= 0, v.toPlainString()));
        List<CSVRecord> costs = read(dir.resolve("costs.csv"));
        assertEquals(CliCostColumns.COLUMNS, costs.get(0).getParser().getHeaderNames());
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
        assertEquals(0, CliRunner.run("cost", "--sectors", "fire", "--out", dir.resolve("a").toString()).exitCode());
        assertEquals(0, CliRunner.run("cost", "--sectors", "fire", "--year", "2030", "--out",
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
