package io.github.desconcentra.standards.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.Requirement;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.UnitFact;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTablesTest {

    /** A police decision table: UPC type by population band, the numbers in cells H9 and H10. */
    static void writeTable(Path file, String secondBand) throws Exception {
        String[][] rows = {
            {"RuleSet", "io.github.desconcentra.standards.police"},
            {"Import", "io.github.desconcentra.standards.UnitFact, io.github.desconcentra.standards.Requirement,"
                    + " io.github.desconcentra.territory.Level"},
            {},
            {"RuleTable Community police units by band"},
            {"NAME", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA", "CONDITION", "ACTION"},
            {"", "", "", "", "", "", "", "", ""},
            {"", "sector(\"$param\")", "standard(\"$param\")", "level(\"$param\")", "typology(\"$param\")",
                "source(\"$param\")", "status(\"$param\")",
                "$u : UnitFact(level == Level.CIRCUIT, population >= $1, population <= $2)",
                "insert(Requirement.need(drools.getRule(), $u, \"$param\").countingSupplyOf(\"UPC_A,UPC_B\")"
                        + ".because(\"population\", $u.population()).quantity(1));"},
            {"rule", "sector", "standard", "level", "typology", "source", "status", "population band", "typology"},
            {"A circuit of 0 to 14,999 people needs one community police unit type B (table)", "police", "POL-UPC-B",
                "circuit", "UPC_B", "table", "assumed", "0, 14999", "UPC_B"},
            {"A circuit of 15,000 people or more needs one community police unit type A (table)", "police",
                "POL-UPC-A", "circuit", "UPC_A", "table", "assumed", secondBand, "UPC_A"},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Bands");
            for (int i = 0; i < rows.length; i++) {
                Row r = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
    }

    /** The police folder keeps the district rules in DRL and takes the circuit bands from the table. */
    static void policeFolder(Path dir, String secondBand) throws Exception {
        Files.createDirectories(dir.resolve("police"));
        String drl = new String(StandardsFolder.embedded(Sector.POLICE, "police.drl").orElseThrow().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        int cut = drl.indexOf("rule \"A district needs one district police unit\"");
        int start = drl.indexOf("rule \"A circuit smaller than a police subcircuit");
        Files.writeString(dir.resolve("police/police.drl"), drl.substring(0, start) + drl.substring(cut));
        writeTable(dir.resolve("police/bands.xlsx"), secondBand);
    }

    @Test
    void aDecisionTableGivesRulesLikeTheDrlItReplaces(@TempDir Path dir) throws Exception {
        policeFolder(dir, "15000, 100000000");
        StandardsEngine engine = StandardsCompiler.compile(dir, false);
        List<Requirement> small = engine.ideal(new UnitFact(CircuitCode.of("01D01C01"), Level.CIRCUIT, "c", 14_999, 0,
                0, 0, 0), EnumSet.of(Sector.POLICE));
        assertEquals(List.of("UPC_B"), small.stream().map(Requirement::typology).toList());
        assertEquals("A circuit of 0 to 14,999 people needs one community police unit type B (table)",
                small.get(0).rule());
        assertTrue(engine.rules().stream().anyMatch(r -> r.name().endsWith("(table)")
                && r.standard().equals("POL-UPC-A")));
    }

    @Test
    void aBrokenCellIsReportedAtItsSheetAndCell(@TempDir Path dir) throws Exception {
        policeFolder(dir, "15000, 100000000 +");
        InputException e = assertThrows(InputException.class, () -> StandardsCompiler.compile(dir, false));
        List<String> locations = e.problems().stream().map(Problem::location).distinct().toList();
        assertEquals(List.of(dir.resolve("police/bands.xlsx") + "!Bands!H10"), locations, e.problems().toString());
    }
}
