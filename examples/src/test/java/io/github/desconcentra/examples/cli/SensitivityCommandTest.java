package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
    @Test
    void sensitivityRanksTheDriversOfTheCostAndTwoRunsAreIdentical(@TempDir Path dir) throws Exception {
        CliRunner first = CliRunner.run("sensitivity", "--sectors", "police", "--threads", "2", "--draws", "40",
                "--out", dir.resolve("a").toString());
        CliRunner second = CliRunner.run("sensitivity", "--sectors", "police", "--threads", "1", "--draws", "40",
                "--out", dir.resolve("b").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out().replace(dir.resolve("a").toString(), "DIR"),
                second.out().replace(dir.resolve("b").toString(), "DIR"));
        assertEquals(Files.readString(dir.resolve("a/sensitivity.csv")), Files.readString(dir.resolve(
                "b/sensitivity.csv")));
        assertEquals(Files.readString(dir.resolve("a/montecarlo.csv")), Files.readString(dir.resolve(
                "b/montecarlo.csv")));
        CSVRecord capexInterval = CostAndPlanCommandTest.read(dir.resolve("a/montecarlo.csv")).stream()
                .filter(r -> r.get("measure").equals("capex")).findFirst().orElseThrow();
        BigDecimal p10 = new BigDecimal(capexInterval.get("p10"));
        BigDecimal p50 = new BigDecimal(capexInterval.get("p50"));
        BigDecimal p90 = new BigDecimal(capexInterval.get("p90"));
        assertTrue(p10.compareTo(p50) < 0 && p50.compareTo(p90) < 0, capexInterval.toString());
        assertTrue(first.out().contains("capex USD ") && first.out().contains(" (P10-P90), central "), first.out());
        CliRunner cost = CliRunner.run("cost", "--sectors", "police", "--out", dir.resolve("c").toString());
        String total = cost.out().lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow().trim()
                .split("\\s+")[1];
        assertTrue(first.out().contains("capex: central " + total), first.out());

        List<CSVRecord> rows = CostAndPlanCommandTest.read(dir.resolve("a/sensitivity.csv"));
        List<CSVRecord> capex = rows.stream().filter(r -> r.get("measure").equals("capex")).toList();
        assertEquals("1", capex.get(0).get("rank"));
        for (int i = 1; i < capex.size(); i++) {
            assertTrue(new BigDecimal(capex.get(i - 1).get("swing")).compareTo(new BigDecimal(capex.get(i)
                    .get("swing"))) >= 0);
        }
        CSVRecord upc = rows.stream().filter(r -> r.get("measure").equals("build/police")
                && r.get("input").equals("parameter:POL-UPC/people_per_unit")).findFirst().orElseThrow();
        assertEquals(List.of("6930", "8732", "10000", "parameter", "derived"), List.of(upc.get("low"),
                upc.get("central"), upc.get("high"), upc.get("kind"), upc.get("status")));
        // Fewer people per unit never asks for fewer units.
        assertTrue(new BigDecimal(upc.get("result_at_low")).compareTo(new BigDecimal(upc.get("result_at_high"))) > 0);
    }

    @Test
    void anUnknownVaryOrTooManyDrawsIsRefusedBeforeAnyEvaluation(@TempDir Path dir) {
        CliRunner vary = CliRunner.run("sensitivity", "--vary", "prices", "--out", dir.toString());
        assertEquals(2, vary.exitCode());
        assertTrue(vary.err().contains("--vary must be all, costs or parameters: prices"), vary.err());
        CliRunner draws = CliRunner.run("sensitivity", "--draws", "100001", "--out", dir.toString());
        assertEquals(2, draws.exitCode());
        assertTrue(draws.err().contains("--draws must be at most 100000: 100001"), draws.err());
    }
}
