package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.examples.report.Reports;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelReportCliTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void runFireInBothLanguages() {
        for (List<String> args : List.of(List.of("--out", dir.resolve("es").toString()),
                List.of("--out", dir.resolve("es2").toString()),
                List.of("--lang", "en", "--csv-bom", "--out", dir.resolve("en").toString()))) {
            // Fire with the explicit assumption that no station is missing from the inventory: every line costed.
            List<String> all = new ArrayList<>(List.of("run", "--quiet", "--sectors", "fire", "--assume-none",
                    "fire"));
            all.addAll(args);
            CliRunner r = CliRunner.run(all.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.err());
        }
    }

    @Test
    void theWorkbookHasItsSheetsInSpanishWithFrozenFilteredHeaders() throws Exception {
        try (XSSFWorkbook wb = open("es")) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("resumen", "déficits", "costos", "plan", "no financiados", "cobertura", "supuestos"),
                    names);
            for (Sheet s : wb) {
                XSSFSheet x = (XSSFSheet) s;
                assertNotNull(x.getPaneInformation(), s.getSheetName());
                assertTrue(x.getPaneInformation().isFreezePane(), s.getSheetName());
                assertEquals(1, x.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
                assertTrue(x.getCTWorksheet().isSetAutoFilter(), s.getSheetName());
            }
            assertEquals(List.of("alcance", "nivel", "código", "zona", "distrito", "nombre", "sector", "tipología",
                    "medida", "requerido"), header(wb.getSheet("déficits")).subList(0, 10));
            assertTrue(header(wb.getSheet("costos")).contains("inversión (USD 2022)"), header(wb.getSheet("costos"))
                    .toString());
        }
        try (XSSFWorkbook wb = open("en")) {
            assertEquals("deficits", wb.getSheetName(1));
            assertEquals(List.of("scope", "level", "code", "zone", "district", "name", "sector", "typology",
                    "measure", "required"), header(wb.getSheet("deficits")).subList(0, 10));
            assertTrue(header(wb.getSheet("costs")).contains("capex (USD 2022)"));
        }
    }

    @Test
    void theWorkbookHoldsTheFiguresOfReportJsonAndTheCsvs() throws Exception {
        JsonNode json = new ObjectMapper().readTree(dir.resolve("es/report.json").toFile());
        List<CSVRecord> deficits = csv(dir.resolve("es/deficits.csv"));
        List<CSVRecord> costs = csv(dir.resolve("es/costs.csv"));
        try (XSSFWorkbook wb = open("es")) {
            Sheet summary = wb.getSheet("resumen");
            assertEquals("población", summary.getRow(4).getCell(0).getStringCellValue());
            // The census of 2022 counts 16,938,986 people.
            assertEquals(16_938_986d, summary.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(json.get("national").get("population").asDouble(),
                    summary.getRow(4).getCell(1).getNumericCellValue());
            assertEquals("#,##0", summary.getRow(4).getCell(1).getCellStyle().getDataFormatString());
            assertEquals(json.get("national").get("capex").decimalValue().doubleValue(),
                    summary.getRow(8).getCell(1).getNumericCellValue());
            assertEquals("#,##0.00", summary.getRow(8).getCell(1).getCellStyle().getDataFormatString());
            Sheet d = wb.getSheet("déficits");
            assertEquals(deficits.size(), d.getLastRowNum());
            DataFormatter text = new DataFormatter(java.util.Locale.ROOT);
            for (int i : new int[] {0, deficits.size() / 2, deficits.size() - 1}) {
                Row row = d.getRow(i + 1);
                CSVRecord r = deficits.get(i);
                assertEquals(r.get("code"), row.getCell(2).getStringCellValue());
                assertEquals(Double.parseDouble(r.get("required")), row.getCell(9).getNumericCellValue(), "row " + i);
                Cell deficit = row.getCell(12);
                assertEquals(r.get("deficit"), deficit == null ? "" : text.formatCellValue(deficit).replace(",", ""));
            }
            Sheet c = wb.getSheet("costos");
            assertEquals(costs.size(), c.getLastRowNum());
            assertEquals(new java.math.BigDecimal(costs.get(0).get("capex")).doubleValue(),
                    c.getRow(1).getCell(9).getNumericCellValue());
            assertEquals(2022d, c.getRow(1).getCell(12).getNumericCellValue());
            assertEquals("0", c.getRow(1).getCell(12).getCellStyle().getDataFormatString());
            assertTrue(wb.getSheet("supuestos").getLastRowNum() > 10);
            assertTrue(wb.getSheet("cobertura").getLastRowNum() >= 140, "one row per district and sector");
        }
    }

    @Test
    void csvLinesNameTheZoneAndDistrictOfTheirUnit() throws Exception {
        int checked = 0;
        for (String f : List.of("deficits.csv", "costs.csv", "not_costed.csv", "plan.csv", "unfunded.csv")) {
            for (CSVRecord r : csv(dir.resolve("es").resolve(f))) {
                String code = r.get("code");
                switch (r.get("level")) {
                    // A circuit's code starts with its district's: 09D01C01 lies in 09D01, of zone 8.
                    case "circuit" -> assertEquals(code.substring(0, code.indexOf('C')), r.get("district"), f);
                    case "district" -> assertEquals(code, r.get("district"), f);
                    case "zone" -> assertEquals(List.of(code, ""), List.of(r.get("zone"), r.get("district")), f);
                    default -> assertEquals(List.of("", ""), List.of(r.get("zone"), r.get("district")), f);
                }
                if (!r.get("level").equals("nation")) {
                    assertTrue(r.get("zone").matches("Z[1-9]"), f + ": " + r);
                }
                checked++;
            }
        }
        assertTrue(checked > 1000, "lines checked: " + checked);
        assertTrue(csv(dir.resolve("es/deficits.csv")).stream().anyMatch(r -> r.get("level").equals("district")
                && r.get("code").equals("09D01") && r.get("zone").equals("Z8")), "Guayaquil's 09D01 is in zone 8");
    }

    @Test
    void rerunsGiveTheSameBytesAndOnlyTheAskedCsvsStartWithAByteOrderMark() throws Exception {
        for (String f : Reports.FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("es").resolve(f)),
                    Files.readAllBytes(dir.resolve("es2").resolve(f)), f);
            if (f.endsWith(".csv")) {
                byte[] es = Files.readAllBytes(dir.resolve("es").resolve(f));
                byte[] en = Files.readAllBytes(dir.resolve("en").resolve(f));
                assertFalse(es.length >= 3 && es[0] == (byte) 0xEF, f);
                assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(en, 3),
                        f);
                assertArrayEquals(es, java.util.Arrays.copyOfRange(en, 3, en.length), f);
            }
        }
    }

    /**
     * The workbook shows what the one written with POI's SXSSF showed, cell by cell: the expectations are the
     * {@link WorkbookContent} lines of the workbooks main's jar (POI 5.4.1) wrote for these same runs, so the change of
     * writer (fastexcel) changed report.xlsx's bytes and nothing a spreadsheet user sees: sheet names and order, every
     * cell's address, type, value, number format, bold and wrapped headers, column widths, the frozen header row and
     * each autofilter's range.
     */
    @Test
    void theWorkbookShowsExactlyWhatThePoiWorkbookShowed() throws Exception {
        for (String run : List.of("es", "en")) {
            List<String> expected;
            try (InputStream in = new java.util.zip.GZIPInputStream(ExcelReportCliTest.class.getResourceAsStream(
                    "/report-xlsx/fire-" + run + ".txt.gz"))) {
                expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            List<String> actual = WorkbookContent.of(dir.resolve(run).resolve("report.xlsx"));
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), run + ": line " + (i + 1));
            }
            assertEquals(expected.size(), actual.size(), run + ": lines");
            // A line of each kind, read by hand from POI's workbook: the 2022 census's people in the summary.
            assertTrue(expected.contains("B5 NUMERIC [#,##0] 1.6938986E7"), run);
        }
    }

    private static XSSFWorkbook open(String run) throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve(run).resolve("report.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> header(Sheet s) {
        List<String> h = new ArrayList<>();
        s.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
