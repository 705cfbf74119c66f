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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void theMainJobWritesEveryReportAndRerunsAreByteIdenticalWhateverTheThreads(@TempDir Path dir) throws Exception {
        CliRunner first = CliRunner.run("run", "--quiet", "--out", dir.resolve("a").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("", first.err());
        CliRunner same = CliRunner.run("run", "--quiet", "--threads", "2", "--out", dir.resolve("same").toString());
        assertEquals(0, same.exitCode(), same.err());
        for (String f : Reports.FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("same").resolve(f)), f);
        }
        CliRunner second = CliRunner.run("run", "--quiet", "--threads", "2", "--lang", "en", "--out",
                dir.resolve("b").toString());
        assertEquals(0, second.exitCode(), second.err());
        for (String f : Reports.FILES) {
            if (!f.equals("summary.txt") && !f.equals("report.xlsx") && !f.equals("report.html")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                        Files.readAllBytes(dir.resolve("b").resolve(f)), f + ": the language changes no data file");
            }
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("a/report.json").toFile());
        assertEquals(16_938_986, report.get("national").get("population").asLong());
        assertEquals(0, report.get("metadata").get("sampleSectors").size(), "the main job uses real inventories only");
        assertTrue(report.get("assumptions").size() > 10);
        String html = Files.readString(dir.resolve("a/report.html"));
        String pageCapex = ReportNumbers.of(ReportOptions.SPANISH).money(Money.of(report.get("national").get("capex")
                .decimalValue(), Money.USD));
        assertTrue(html.contains("<b id=\"national-capex\">" + pageCapex + "</b>"), pageCapex);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"es\">") && html.contains("<h2>Nación</h2>"),
                "the page is in Spanish by default");
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
        uncertainty(first.out(), second.out(), report, Files.readString(dir.resolve("a/report.html")),
                Files.readString(dir.resolve("b/report.html")));
    }

    /**
     * The default uncertainty of the main job: unit costs swung and drawn 200 times; the summary and page in Spanish
     * ({@code es}) and English ({@code en}).
     */
    private static void uncertainty(String es, String en, JsonNode report, String esHtml, String enHtml) {
        JsonNode u = report.get("uncertainty");
        assertEquals(List.of(true, "costs", 200, 20261130L, "triangular"), List.of(u.get("computed").asBoolean(),
                u.get("varied").asText(), u.get("draws").asInt(), u.get("seed").asLong(),
                u.get("distribution").asText()));
        JsonNode capex = u.get("interval").get("capex");
        BigDecimal p10 = capex.get("p10").decimalValue();
        BigDecimal p50 = capex.get("p50").decimalValue();
        BigDecimal p90 = capex.get("p90").decimalValue();
        assertTrue(p10.compareTo(p50) < 0 && p50.compareTo(p90) < 0, capex.toString());
        assertEquals(0, report.get("national").get("capex").decimalValue().compareTo(capex.get("central")
                .decimalValue()));
        // 900 type-A centres to build; equipment at its high, USD 340,000 of 2019, restated to 2022 by the CPI-U
        // (292.655 / 255.657): 900 x 389,203.90 = USD 350,283,510.00 more capex than at its low (0).
        JsonNode equipment = null;
        for (JsonNode s : u.get("tornado").get("capex")) {
            if (s.get("input").asText().equals("cost:CS_A/equipment")) {
                equipment = s;
            }
        }
        assertEquals("350283510.00", equipment.get("swing").decimalValue().setScale(2).toPlainString());
        JsonNode assumption = null;
        for (JsonNode a : report.get("assumptions")) {
            if (a.get("id").asText().startsWith("CS_A equipment = ")) {
                assumption = a;
            }
        }
        assertEquals(List.of("0", "340000"), List.of(assumption.get("range").get("low").asText(),
                assumption.get("range").get("high").asText()));
        assertEquals("350283510.00", assumption.get("swing").get("capex").get("width").decimalValue().setScale(2)
                .toPlainString());
        // report.json's headline stays machine-stable English; people read it in their language, the interval of
        // P10 3,602,510,368.93 and P90 4,177,071,265.81 in whole millions in Spanish and in billions in English.
        assertEquals(List.of("3602510368.93", "4177071265.81"), List.of(capex.get("p10").decimalValue().setScale(2)
                .toPlainString(), capex.get("p90").decimalValue().setScale(2).toPlainString()));
        String spanish = "inversión USD 3.603–4.177 M (P10–P90), central 3.746";
        String english = "capex USD 3.60–4.18 bn (P10–P90), central 3.75";
        assertTrue(es.contains("Qué tan seguro: 111 insumos con rango (cifras de costos unitarios y el cambio del"
                + " índice de precios)") && es.contains("\n  " + spanish + "\n"), es);
        assertTrue(es.contains("    4  cost:CS_A/equipment 0–340.000                     3.746,4      4.096,7  variación"
                + "      350,3\n"), es);
        assertTrue(en.contains("How sure: 111 ranged unit-cost figures") && en.contains("\n  " + english + "\n"), en);
        assertTrue(en.contains("    4  cost:CS_A/equipment 0–340,000                     3,746.4      4,096.7  swing"
                + "      350.3\n"), en);
        assertTrue(!es.contains("How sure") && !es.contains("Widest drivers") && !es.contains(" swing "), es);
        // The price index's change (0 to 1.5 times the CPI-U's) is the widest driver and reaches further down than
        // up, so the central figure lies within its interval and needs no explanation.
        JsonNode index = u.get("tornado").get("capex").get(0);
        assertEquals(List.of("price-index:growth", "price_index", "3198.6", "4099.4"), List.of(index.get("input")
                .asText(), index.get("kind").asText(), millions(index.get("atLow")), millions(index.get("atHigh"))));
        assertEquals("capex USD 3.60-4.18 bn (P10-P90), central 3.75", u.get("headline").get("capex").asText());
        assertTrue(!u.get("explanation").has("capex") && !en.contains("lies below P10"), en);
        for (String html : List.of(esHtml, enHtml)) {
            assertTrue(html.contains("<svg id=\"tornado-capex\""), html.substring(0, 500));
        }
        assertTrue(esHtml.contains("<h2>Qué tan seguro: el intervalo y lo que lo mueve</h2>")
                && esHtml.contains("<ul id=\"uncertainty-headline\"><li><b>" + spanish + "</b></li>")
                && esHtml.contains("<text x=\"683.8\" y=\"16\">900,8</text>")
                && esHtml.contains("<th>variación de la inversión (USD M)</th>")
                && esHtml.contains("<td>0–340.000</td><td>350,3</td>") && !esHtml.contains("How sure"), "es page");
        assertTrue(enHtml.contains("<html lang=\"en\">") && enHtml.contains("<ul id=\"uncertainty-headline\"><li><b>"
                + english + "</b></li>") && enHtml.contains("<text x=\"683.8\" y=\"16\">900.8</text>")
                && enHtml.contains("<td>0–340,000</td><td>350.3</td>"), "en page");
    }

    private static String millions(JsonNode amount) {
        return amount.decimalValue().movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void withoutUncertaintyTheReportsSaySoAndBadOptionsAreRefusedBeforeAnyEvaluation(@TempDir Path dir)
            throws Exception {
        CliRunner r = CliRunner.run("run", "--quiet", "--sectors", "fire", "--no-uncertainty", "--out",
                dir.resolve("a").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Qué tan seguro: no calculado (--no-uncertainty: no input was swung or drawn)."),
                r.out());
        JsonNode u = new ObjectMapper().readTree(dir.resolve("a/report.json").toFile()).get("uncertainty");
        assertEquals("{\"computed\":false,\"reason\":\"--no-uncertainty: no input was swung or drawn\"}",
                u.toString());
        CliRunner vary = CliRunner.run("run", "--uncertainty-vary", "prices", "--out", dir.resolve("b").toString());
        assertEquals(2, vary.exitCode());
        assertTrue(vary.err().contains("--uncertainty-vary must be all, costs or parameters: prices"), vary.err());
        CliRunner draws = CliRunner.run("run", "--uncertainty", "100001", "--out", dir.resolve("c").toString());
        assertEquals(2, draws.exitCode());
        assertTrue(draws.err().contains("--uncertainty must be at most 100000: 100001"), draws.err());
    }

    @Test
    void progressGoesToStandardError(@TempDir Path dir) {
        CliRunner r = CliRunner.run("run", "--sectors", "fire", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("desconcentra: evaluating 1 sectors"), r.err());
    }

    @Test
    void progressComesInTheStepsOrderThoughCostingOverlapsThePlanYears(@TempDir Path dir) {
        CliRunner r = CliRunner.run("run", "--sectors", "fire", "--threads", "2", "--uncertainty", "20", "--out",
                dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> steps = List.of("desconcentra: costing ", "desconcentra: swung ", "desconcentra: 20 draws ",
                "desconcentra: evaluating the demand of ", "desconcentra: planning ", "desconcentra: writing ");
        int at = -1;
        for (String step : steps) {
            int next = r.err().indexOf(step);
            assertTrue(next > at, step + " after the step before it in:\n" + r.err());
            at = next;
        }
    }

    @Test
    void aCostingErrorComesBeforeAnythingThePlanYearsSayWhateverTheThreads(@TempDir Path dir) {
        for (String threads : List.of("1", "2")) {
            CliRunner r = CliRunner.run("run", "--sectors", "fire", "--threads", threads, "--price-year", "1800",
                    "--out", dir.resolve(threads).toString());
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("desconcentra: costing ") && r.err().contains("--price-year: must be a year"
                    + " of the price index (2010-2025): 1800") && !r.err().contains("evaluating the demand"),
                    r.err());
        }
    }

    @Test
    void aPlanningErrorLeavesTheFolderAsItWasThoughTheFilesWithoutPlanWereStartedBeforeIt(@TempDir Path dir)
            throws Exception {
        for (String threads : List.of("1", "2")) {
            Path out = dir.resolve(threads);
            Files.createDirectories(out);
            Files.writeString(out.resolve("deficits.csv"), "an older run's file");
            CliRunner r = CliRunner.run("run", "--sectors", "fire", "--no-uncertainty", "--threads", threads,
                    "--planner", "fastest", "--out", out.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("--planner: must be greedy or optimised: fastest")
                    && !r.err().contains("writing reports"), r.err());
            try (java.util.stream.Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(out.resolve("deficits.csv")), files.toList());
            }
            assertEquals("an older run's file", Files.readString(out.resolve("deficits.csv")));
        }
    }

    @Test
    void theChecksumsOfTheEmbeddedInputsAreThoseOfTheFilesRead(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("run", "--quiet", "--sectors", "fire", "--no-uncertainty", "--out",
                dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode inputs = new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("metadata")
                .get("inputs");
        assertEquals(digest("io/github/desconcentra/territory/reference/ecuador-2022/parishes.csv"),
                inputs.get("territory:reference:parishes.csv").asText());
        assertEquals(digest("io/github/desconcentra/standards/reference/inventory/schools_national.csv"),
                inputs.get("inventory:reference:schools_national.csv").asText());
        assertEquals(digest("io/github/desconcentra/costing/unit_costs.csv"),
                inputs.get("costs:default unit_costs.csv").asText());
        assertEquals(digest(io.github.desconcentra.standards.StandardsEngine.RESOURCE_FOLDER + "/fire/fire.drl"),
                inputs.get("standards:fire/fire.drl").asText());
        assertEquals(7 + 13 + 1 + 18, inputs.size(), inputs.toString());
    }

    @Test
    void withABadTerritoryAndBadStandardsTheTerritoryIsNamedFirst(@TempDir Path dir) {
        CliRunner r = CliRunner.run("run", "--territory", dir.resolve("no-territory").toString(), "--standards",
                dir.resolve("no-standards").toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("no-territory") && !r.err().contains("no-standards"), r.err());
    }

    private static String digest(String resource) throws Exception {
        try (var in = RunCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(in.readAllBytes()));
        }
    }

    private static String totalLine(String summary) {
        return summary.lines().filter(l -> l.startsWith("total ")).findFirst().orElseThrow();
    }
}
