package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritoryJson;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertEquals("Z1", json.get("zoneSummaries").get(0).get("code").asText());
    }

    @Test
    void textSummaryProjectsToAYear() {
        CliRunner r = CliRunner.run("summary", "--year", "2030");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Ecuador 2022 reference, population of 2030"), r.out());
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
