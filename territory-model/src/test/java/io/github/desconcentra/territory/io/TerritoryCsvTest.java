package io.github.desconcentra.territory.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritoryCsvTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeReference() {
        TerritoryCsv.write(ReferenceTerritory.data(), dir);
    }

    private void replaceLine(String file, int line, String text) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve(file)));
        lines.set(line - 1, text);
        Files.write(dir.resolve(file), lines);
    }

    private List<Problem> problems() {
        return assertThrows(InputException.class, () -> TerritoryCsv.load(dir)).problems();
    }

    @Test
    void theReferenceFolderLoadsBackToTheSameTerritory() {
        Territory t = TerritoryCsv.load(dir);
        assertEquals(ReferenceTerritory.data(), t.data());
    }

    @Test
    void everyBadCellOfEveryFileIsReportedWithFileLineColumnAndValue() throws IOException {
        replaceLine("parishes.csv", 3, "010151,BAÑOS,0101,CUENCA,01,AZUAY,rural,-2.98,-79.2,-3,cpv2022");
        replaceLine("parishes.csv", 4, "010152,CUMBE,0101,CUENCA,01,AZUAY,suburban,-3.1,-79.0,6455,cpv2022");
        replaceLine("districts.csv", 2, "01D01,CUENCA 1,Z10X,010150");
        List<Problem> problems = problems();
        assertEquals(List.of(
                "parishes.csv:3: population_2022: must not be negative (value \"-3\")",
                "parishes.csv:4: kind: unknown parish kind \"suburban\" (expected urban_seat, rural or other)"
                        + " (value \"suburban\")",
                "districts.csv:2: zone_code: zone code must be Z followed by a zone number 1-99 without leading"
                        + " zero, e.g. Z9: \"Z10X\" (value \"Z10X\")"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void badUrbanParishRowsAreReportedWithFileLineColumnAndValue() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("urban_parishes.csv"));
        assertEquals("urban_parish_code,urban_parish_name,seat_parish_code,circuits,placement", lines.get(0));
        replaceLine("urban_parishes.csv", 2, "010101,BELLAVISTA,010150,01D01C03;01D01X04,named");
        replaceLine("urban_parishes.csv", 3, "010102,CAÑARIBAMBA,010150,,guessed");
        assertEquals(List.of(
                "urban_parishes.csv:2: circuits: circuit code must be a district code, C and two or three digits,"
                        + " e.g. 17D01C03 (or 000C01-000C99 for the former non-delimited zones): \"01D01X04\""
                        + " (value \"01D01X04\")",
                "urban_parishes.csv:3: placement: unknown urban parish placement \"guessed\" (expected named,"
                        + " school_districts or seat) (value \"guessed\")",
                "urban_parishes.csv:3: circuits: must name at least one circuit"),
                problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aDuplicateCodeNamesTheFirstLine() throws IOException {
        replaceLine("parishes.csv", 3, Files.readAllLines(dir.resolve("parishes.csv")).get(1));
        assertEquals("parishes.csv:3: parish_code: duplicate parish code (first at line 2) (value \"010150\")",
                problems().get(0).toString());
    }

    @Test
    void aWrongDelimiterIsReportedAsMissingColumns() throws IOException {
        Files.writeString(dir.resolve("zones.csv"), "zone_code;zone_name\nZ1;Zona 1\n");
        Problem first = problems().get(0);
        assertEquals("zones.csv", first.file());
        assertEquals(1, first.line());
        assertTrue(first.message().startsWith("unknown column"), first.toString());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] body = Files.readAllBytes(dir.resolve("zones.csv"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("zones.csv"), withBom);
        assertEquals(9, TerritoryCsv.load(dir).zones().size());
    }

    @Test
    void invalidUtf8IsReportedNotReplaced() throws IOException {
        Files.write(dir.resolve("zones.csv"), "zone_code,zone_name\nZ1,Zona \u00ff1\n".getBytes(
                StandardCharsets.ISO_8859_1));
        Problem p = problems().get(0);
        assertEquals("zones.csv", p.file());
        assertTrue(p.message().startsWith("is not valid UTF-8"), p.toString());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(dir.resolve("circuits.csv"));
        assertEquals("circuits.csv: required file is missing from " + dir, problems().get(0).toString());
    }

    @Test
    void aRowWithTooFewCellsIsReported() throws IOException {
        replaceLine("districts.csv", 5, "01D04,GUALACEO");
        assertEquals("districts.csv:5: has 2 cells, the header has 4 columns (wrong delimiter or unquoted comma?)",
                problems().get(0).toString());
    }

    @Test
    void hierarchyViolationsFollowOnceTheFilesParse() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("circuits.csv"));
        Files.write(dir.resolve("circuits.csv"), lines.subList(0, lines.size() - 1));
        InputException e = assertThrows(InputException.class, () -> TerritoryCsv.load(dir));
        assertTrue(e.getMessage().contains("PARISH_PARTLY_COVERED") || e.getMessage().contains("PARISH_NOT_COVERED"),
                e.getMessage());
    }

    @Test
    void aBadAgeStructureCellIsReportedAndAStructureThatDoesNotAddUpIsAnError() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("age_structure.csv"));
        assertTrue(lines.get(4).startsWith("010153,134,"), lines.get(4));
        replaceLine("age_structure.csv", 5, lines.get(4).replace("010153,134,", "010153,-134,"));
        assertEquals("age_structure.csv:5: age_0_4: must not be negative (value \"-134\")",
                problems().get(0).toString());
        replaceLine("age_structure.csv", 5, lines.get(4).replace("010153,134,", "010153,135,"));
        InputException e = assertThrows(InputException.class, () -> TerritoryCsv.load(dir));
        assertTrue(e.getMessage().contains("POPULATION_DOES_NOT_ADD_UP: the age structure of parish 010153 adds up to"
                + " 1722 people but its population is 1721"), e.getMessage());
    }

    @Test
    void demographicsMayLeaveOutTheNestedGroups() throws IOException {
        Files.writeString(dir.resolve("demographics.csv"), "unit_code,total,children_0_2,children_3_4,school_age_5_17,"
                + "adults_65_plus\n010153,1721,90,60,500,200\n");
        Territory t = TerritoryCsv.load(dir);
        assertEquals(65, t.demographics(io.github.desconcentra.territory.ParishCode.of("010153")).children1to2(),
                "90 split as 52 : 20 like the census structure");
    }

    @Test
    void aPolygonForAnUnknownParishIsAnErrorAndAParishWithoutOneAWarning() throws IOException {
        String geo = Files.readString(dir.resolve("boundaries.geojson"));
        Files.writeString(dir.resolve("boundaries.geojson"), geo.replace("\"parish_code\":\"010150\"",
                "\"parish_code\":\"010199\""));
        InputException e = assertThrows(InputException.class, () -> TerritoryCsv.load(dir));
        assertTrue(e.getMessage().contains("UNKNOWN_PARISH: a polygon is given for parish 010199, which does not"
                + " exist"), e.getMessage());
    }
}
