package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritoryJson;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
        assertEquals(OFFICIAL_COUNTS, officialPerDistrict(json).entrySet().stream().map(e -> e.getKey() + "="
                + e.getValue()).collect(Collectors.joining(" ")));
        JsonNode laConcordia = json.get("districtSummaries").get(137);
        assertEquals("23D03", laConcordia.get("code").asText());
        assertEquals("[\"000C05\",\"000C06\",\"000C07\"]", laConcordia.get("nonDelimitedCircuits").toString());
        assertEquals(51_386, laConcordia.get("population").asLong(), "CPV 2022: 37,178 + 7,386 + 4,529 + 2,293");
    }

    @Test
    void jsonSummaryPerDistrictCountsEqualTheOfficialTableInTheSharedInputs() throws Exception {
        Path shared = Path.of(System.getProperty("desconcentra.shared.data", "../../shared/data/ecuador"));
        assumeTrue(Files.isDirectory(shared), "the shared inputs are not beside the checkout: " + shared);
        Map<String, Set<String>> official = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(shared.resolve("circuits_senplades_2012.csv"));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : csv) {
                official.computeIfAbsent(r.get("district_code").isEmpty() ? "000" : r.get("district_code"),
                        k -> new TreeSet<>()).add(r.get("circuit_code"));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        official.forEach((d, cs) -> counts.put(d, cs.size()));
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("summary", "--format", "json").out());
        assertEquals(counts, officialPerDistrict(json));
    }

    private static final String OFFICIAL_COUNTS = "000=7 01D01=20 01D02=19 01D03=7 01D04=7 01D05=3 01D06=6 01D07=2"
            + " 01D08=3 02D01=11 02D02=2 02D03=7 02D04=3 03D01=12 03D02=7 03D03=3 04D01=13 04D02=7 04D03=4 05D01=18"
            + " 05D02=3 05D03=4 05D04=11 05D05=4 05D06=4 06D01=20 06D02=7 06D03=2 06D04=10 06D05=4 07D01=15 07D02=21"
            + " 07D03=9 07D04=6 07D05=8 07D06=7 08D01=21 08D02=4 08D03=8 08D04=11 08D05=4 08D06=2 09D01=6 09D02=5"
            + " 09D03=7 09D04=6 09D05=7 09D06=6 09D07=8 09D08=6 09D09=3 09D10=3 09D11=4 09D12=8 09D13=10 09D14=6"
            + " 09D15=6 09D16=4 09D17=15 09D18=4 09D19=10 09D20=5 09D21=5 09D22=3 09D23=2 09D24=8 10D01=22 10D02=16"
            + " 10D03=6 11D01=22 11D02=9 11D03=5 11D04=7 11D05=3 11D06=9 11D07=5 11D08=6 11D09=6 12D01=19 12D02=6"
            + " 12D03=12 12D04=7 12D05=11 12D06=10 13D01=14 13D02=20 13D03=11 13D04=14 13D05=7 13D06=7 13D07=19"
            + " 13D08=6 13D09=6 13D10=9 13D11=6 13D12=5 14D01=7 14D02=4 14D03=4 14D04=7 14D05=3 14D06=6 15D01=9"
            + " 15D02=6 16D01=12 16D02=2 17D01=4 17D02=10 17D03=19 17D04=8 17D05=13 17D06=11 17D07=6 17D08=10"
            + " 17D09=11 17D10=8 17D11=13 17D12=4 18D01=12 18D02=12 18D03=2 18D04=7 18D05=3 18D06=5 19D01=9 19D02=6"
            + " 19D03=7 19D04=4 20D01=7 21D01=3 21D02=8 21D03=5 21D04=5 22D01=4 22D02=11 22D03=3 23D01=17 23D02=11"
            + " 24D01=10 24D02=8";

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
