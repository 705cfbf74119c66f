package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.examples.report.ReportNumbers;
import io.github.desconcentra.examples.report.ReportOptions;
import io.github.desconcentra.examples.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void theMainJobWritesEveryReportAndRerunsAreByteIdenticalWhateverTheThreads(@TempDir Path dir) throws Exception {
        CliRunner first = CliRunner.run("run", "--quiet", "--out", dir.resolve("a").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("", first.err());
        CliRunner second = CliRunner.run("run", "--quiet", "--threads", "2", "--out", dir.resolve("b").toString());
        assertEquals(0, second.exitCode(), second.err());
        for (String f : Reports.FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("a/report.json").toFile());
        assertEquals(16_938_986, report.get("national").get("population").asLong());
        assertEquals(0, report.get("metadata").get("sampleSectors").size(), "the main job uses real inventories only");
        assertTrue(report.get("assumptions").size() > 10);
        String html = Files.readString(dir.resolve("a/report.html"));
        String capex = ReportNumbers.of(ReportOptions.SPANISH).money(Money.of(report.get("national").get("capex")
                .decimalValue(), Money.USD));
        assertTrue(html.contains("<b id=\"national-capex\">" + capex + "</b>"), capex);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"es\">") && html.contains("<h2>Nación</h2>"),
                "the page is in Spanish by default");
        assertTrue(!first.out().contains("SAMPLE") && first.out().contains("Data coverage by zone")
                && first.out().contains("mineduc-amie-2023"), first.out());
        for (String f : java.util.List.of("deficits.csv", "costs.csv", "not_costed.csv", "plan.csv")) {
            assertTrue(Files.readAllLines(dir.resolve("a").resolve(f)).get(0).contains("sources"), f);
        }
    }

    @Test
    void progressGoesToStandardError(@TempDir Path dir) {
        CliRunner r = CliRunner.run("run", "--sectors", "fire", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("desconcentra: evaluating 1 sectors"), r.err());
    }
}
