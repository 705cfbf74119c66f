package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.examples.report.Reports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void theMainJobWritesEveryReportAndRerunsAreByteIdenticalWhateverTheThreads(@TempDir Path dir) throws Exception {
        CliRunner first = CliRunner.run("run", "--quiet", "--out", dir.resolve("a").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("", first.err());
        CliRunner second = CliRunner.run("run", "--quiet", "--threads", "2", "--lang", "en", "--out",
                dir.resolve("b").toString());
        assertEquals(0, second.exitCode(), second.err());
        for (String f : Reports.FILES) {
            if (!f.equals("summary.txt") && !f.equals("report.xlsx")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                        Files.readAllBytes(dir.resolve("b").resolve(f)), f);
            }
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("a/report.json").toFile());
        assertEquals(16_938_986, report.get("national").get("population").asLong());
        assertEquals(0, report.get("metadata").get("sampleSectors").size(), "the main job uses real inventories only");
        assertTrue(report.get("assumptions").size() > 10);
        String html = Files.readString(dir.resolve("a/report.html"));
        assertTrue(html.contains("USD " + report.get("national").get("capex").decimalValue().toPlainString()), html
                .substring(0, 500));
        for (String f : java.util.List.of("deficits.csv", "costs.csv", "not_costed.csv", "plan.csv")) {
            assertTrue(Files.readAllLines(dir.resolve("a").resolve(f)).get(0).contains("sources"), f);
        }
        try (var es = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("a/report.xlsx").toFile());
             var en = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("b/report.xlsx").toFile())) {
            assertEquals("resumen", es.getSheetName(0));
            assertEquals("summary", en.getSheetName(0));
            assertEquals(16_938_986d, es.getSheet("resumen").getRow(4).getCell(1).getNumericCellValue());
        }
        String es = Files.readString(dir.resolve("a/summary.txt"));
        String en = Files.readString(dir.resolve("b/summary.txt"));
        assertTrue(first.out().startsWith(es) && second.out().startsWith(en), "the summary printed is the file's");
        assertTrue(!es.contains("SAMPLE") && !es.contains("MUESTRA") && es.contains("mineduc-amie-2023"), es);
        // The census of 2022 counts 16,938,986 people.
        assertTrue(es.contains("personas") && es.contains("16.938.986 personas"), es);
        assertTrue(en.contains("16,938,986 people"), en);
        assertTrue(es.contains("Cobertura de datos por zona (A evaluada, P evaluada en parte, N no evaluada;"), es);
        assertTrue(en.contains("Data coverage by zone (A assessed, P partly assessed, N not assessed;"), en);
        // The national capex of report.json in millions, half-even to one decimal, grouped by hand for each language.
        BigDecimal capex = report.get("national").get("capex").decimalValue().divide(BigDecimal.valueOf(1_000_000), 1,
                RoundingMode.HALF_EVEN);
        String english = String.format(Locale.ROOT, "%,.1f", capex);
        String spanish = english.replace(",", " ").replace(".", ",").replace(" ", ".");
        assertTrue(totalLine(en).contains(" " + english + " "), english + " in " + en);
        assertTrue(totalLine(es).contains(" " + spanish + " "), spanish + " in " + es);
        assertTrue(es.contains("Salud") && es.contains("Bomberos y gestión de riesgos") && en.contains("Fire brigades"));
        assertTrue(es.contains("(planificador voraz), demanda: proyectada para cada año"), es);
        assertTrue(en.contains("(greedy planner), demand: projected for each year"), en);
    }

    @Test
    void progressGoesToStandardError(@TempDir Path dir) {
        CliRunner r = CliRunner.run("run", "--sectors", "fire", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("desconcentra: evaluating 1 sectors"), r.err());
    }

    private static String totalLine(String summary) {
        return summary.lines().filter(l -> l.startsWith("total ")).findFirst().orElseThrow();
    }
}
