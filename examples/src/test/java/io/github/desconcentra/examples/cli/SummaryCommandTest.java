package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritoryJson;
import io.github.desconcentra.territory.reference.OfficialCircuitCounts;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

    @Test
    void jsonSummaryOfTheEmbeddedDatasetHasTheNationalFigures() throws Exception {
        CliRunner r = CliRunner.run("summary", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(9, json.get("zones").asInt());
        assertEquals(140, json.get("districts").asInt());
        assertEquals(16_938_986, json.get("population").asLong());
        int circuits = 0;
        List<Integer> districts = new ArrayList<>();
        for (JsonNode z : json.get("zoneSummaries")) {
            districts.add(z.get("districts").asInt());
            circuits += z.get("circuits").asInt();
        }
        assertEquals(List.of(16, 8, 19, 15, 25, 17, 19, 12, 9), districts);
        assertEquals(json.get("circuits").asInt(), circuits);
        assertEquals(1_134, circuits);
        assertEquals("Z1", json.get("zoneSummaries").get(0).get("code").asText());
    }

    /** Circuits per district of the official table, each 000C circuit counted where it is attached. */
    private static Map<String, Integer> officialPerDistrict(JsonNode json) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode d : json.get("districtSummaries")) {
            int nonDelimited = d.get("nonDelimitedCircuits").size();
            if (d.get("circuits").asInt() > nonDelimited) {
                counts.put(d.get("code").asText(), d.get("circuits").asInt() - nonDelimited);
            }
            counts.merge("000", nonDelimited, Integer::sum);
        }
        return counts;
    }

    @Test
    void jsonSummaryGivesEveryDistrictTheCircuitsOfTheOfficialTable() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("summary", "--format", "json").out());
        assertEquals(140, json.get("districtSummaries").size());
        assertEquals(OfficialCircuitCounts.embedded(), officialPerDistrict(json));
        JsonNode laConcordia = json.get("districtSummaries").get(137);
        assertEquals("23D03", laConcordia.get("code").asText());
        assertEquals("[\"000C05\",\"000C06\",\"000C07\"]", laConcordia.get("nonDelimitedCircuits").toString());
        assertEquals(51_386, laConcordia.get("population").asLong(), "CPV 2022: 37,178 + 7,386 + 4,529 + 2,293");
    }

    @Test
    void jsonSummaryPerDistrictCountsEqualTheOfficialTableInTheSharedInputs() throws Exception {
        Map<String, Integer> official = OfficialCircuitCounts.fromTable(OfficialCircuitCounts.sharedInputs());
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("summary", "--format", "json").out());
        assertEquals(official, officialPerDistrict(json));
    }

    @Test
    void textSummaryProjectsToAYear() {
        CliRunner r = CliRunner.run("summary", "--year", "2030", "--lang", "en");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Ecuador 2022 reference, population of 2030"), r.out());
    }

    @Test
    void textSummaryIsSpanishByDefaultWithSpanishNumbers() {
        CliRunner es = CliRunner.run("summary");
        CliRunner en = CliRunner.run("summary", "--lang", "en");
        assertEquals(0, es.exitCode(), es.err());
        List<String> lines = es.out().lines().toList();
        assertEquals("Ecuador 2022 reference, población de 2022", lines.get(0));
        assertEquals(List.of("código", "nombre", "distritos", "circuitos", "población"),
                List.of(lines.get(1).trim().split(" +")));
        // Census 2022: 16,938,986 people in 140 districts.
        assertTrue(lines.get(2).matches("EC +Ecuador +140 +[0-9.]+ +16\\.938\\.986"), lines.get(2));
        assertTrue(en.out().lines().toList().get(2).matches("EC +Ecuador +140 +[0-9,]+ +16,938,986"), en.out());
    }

    @Test
    void anUnsupportedLanguageIsAUsageError() {
        CliRunner r = CliRunner.run("summary", "--lang", "fr");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("report language not supported: 'fr' (supported: es, en)"), r.err());
    }

    @Test
    void readsATerritoryFolderOrJsonFile(@TempDir Path dir) {
        TerritoryCsv.write(ReferenceTerritory.data(), dir.resolve("folder"));
        TerritoryJson.write(ReferenceTerritory.data(), dir.resolve("t.json"));
        CliRunner fromFolder = CliRunner.run("summary", "--territory", dir.resolve("folder").toString());
        CliRunner fromJson = CliRunner.run("summary", "--territory", dir.resolve("t.json").toString());
        assertEquals(0, fromFolder.exitCode(), fromFolder.err());
        assertEquals(fromFolder.out().lines().skip(1).toList(), fromJson.out().lines().skip(1).toList());
    }

    @Test
    void badInputExitsOneWithFileAndLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        TerritoryCsv.write(ReferenceTerritory.data(), dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("districts.csv")));
        lines.set(3, "01D03,SANTA ISABEL,Z6,01085");
        Files.write(dir.resolve("districts.csv"), lines);
        CliRunner r = CliRunner.run("summary", "--territory", dir.toString());
        assertEquals(1, r.exitCode());
        assertEquals("desconcentra: error: districts.csv:4: seat_parish_code: parish code must be six digits, e.g."
                + " 170150: \"01085\" (value \"01085\")", r.err().strip());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRunner r = CliRunner.run("summary", "--format", "xml");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--format"), r.err());
        assertEquals(2, CliRunner.run("no-such-command").exitCode());
    }
}
