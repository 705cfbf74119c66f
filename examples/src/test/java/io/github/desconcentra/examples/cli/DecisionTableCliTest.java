package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableCliTest {

    @Test
    void aBrokenSpreadsheetCellIsReportedAtItsCellWithExitOne(@TempDir Path dir) throws Exception {
        Path fire = dir.resolve("std/fire");
        Files.createDirectories(fire);
        String[][] rows = {
            {"RuleSet", "io.github.desconcentra.standards.fire"},
            {"Import", "io.github.desconcentra.standards.UnitFact, io.github.desconcentra.standards.Requirement,"
                    + " io.github.desconcentra.territory.Level"},
            {},
            {"RuleTable Extra stations"},
            {"NAME", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA", "CONDITION", "ACTION"},
            {"", "", "", "", "", "", "", "", ""},
            {"", "sector(\"$param\")", "standard(\"$param\")", "level(\"$param\")", "typology(\"$param\")",
                "source(\"$param\")", "status(\"$param\")", "$u : UnitFact(level == Level.DISTRICT, population > $param)",
                "insert(Requirement.need(drools.getRule(), $u, \"$param\").quantity(1));"},
            {"rule", "sector", "standard", "level", "typology", "source", "status", "above", "typology"},
            {"A large district needs a second equipped station (table)", "fire", "FIRE-STATION", "district",
                "ESTACION_BOMBEROS", "table", "assumed", "500000", "ESTACION_BOMBEROS"},
            {"A very large district needs a third equipped station (table)", "fire", "FIRE-STATION", "district",
                "ESTACION_BOMBEROS", "table", "assumed", "1,000,000", "ESTACION_BOMBEROS"},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(fire.resolve("extra.xlsx"))) {
            Sheet sheet = wb.createSheet("Stations");
            for (int i = 0; i < rows.length; i++) {
                Row r = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        CliRunner r = CliRunner.run("validate", "--standards", dir.resolve("std").toString(), "--tables-only");
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().startsWith("error: " + fire.resolve("extra.xlsx") + "!Stations!H10: "), r.out());
    }
}
