package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final Path ZONE5 = Path.of(System.getProperty("desconcentra.shared.data",
            "../../shared/data/ecuador"), "schools_zone5.csv");

    private static List<CSVRecord> read(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void importedZone5SchoolsAndNoOtherSupplyGiveDeficitsForAllSixSectorsThatAddUp(@TempDir Path dir)
            throws Exception {
        assumeTrue(Files.exists(ZONE5), "the shared zone-5 registry is not beside the checkout");
        CliRunner imported = CliRunner.run("import-amie", ZONE5.toString(), "--out", dir.resolve("amie").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        List<CSVRecord> accepted = read(dir.resolve("amie/inventory.csv"));
        List<CSVRecord> excluded = read(dir.resolve("amie/excluded.csv"));
        List<CSVRecord> rejected = read(dir.resolve("amie/rejected.csv"));
        assertEquals(Files.readAllLines(ZONE5).size() - 1, accepted.size() + excluded.size() + rejected.size());
        assertEquals(List.of(3_832, 1_208, 0), List.of(accepted.size(), excluded.size(), rejected.size()),
                "docs/STANDARDS.md: 3,832 schools accepted, 1,208 programmes out of scope");
        assertTrue(imported.out().startsWith("read 5040, accepted 3832, excluded 1208, rejected 0"), imported.out());

        assertTrue(Files.exists(dir.resolve("amie/inventory.sources.json")), "the extract declares its source");
        CliRunner evaluated = CliRunner.run("evaluate", "--no-reference-inventory", "--inventory",
                dir.resolve("amie/inventory.csv").toString(), "--assume-none",
                "health,inclusion,police,rehabilitation,fire", "--threads", "2", "--out",
                dir.resolve("out").toString());
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        List<CSVRecord> lines = read(dir.resolve("out/deficits.csv"));
        Set<String> sectors = new TreeSet<>();
        lines.forEach(r -> sectors.add(r.get("sector")));
        assertEquals(Set.of("education", "fire", "health", "inclusion", "police", "rehabilitation"), sectors);

        Map<String, Long> nationFromStandardLines = new HashMap<>();
        Map<String, Long> nationRollUp = new HashMap<>();
        // Lines whose supply is unknown have no deficit (empty cells, never 0): only rules whose every line was
        // (at least partly) assessed add up to a nation deficit.
        Set<String> unknown = new TreeSet<>();
        for (CSVRecord r : lines) {
            String key = r.get("typology") + "|" + r.get("measure") + "|" + r.get("rule");
            if (r.get("scope").equals("standard") || r.get("scope").equals("comparison")) {
                if (r.get("deficit").isEmpty()) {
                    assertEquals("not_assessed", r.get("assessment"), r::toString);
                    unknown.add(key);
                } else {
                    nationFromStandardLines.merge(key, Long.parseLong(r.get("deficit")), Long::sum);
                }
            }
            if (r.get("level").equals("nation") && !r.get("scope").equals("requirement")) {
                nationRollUp.put(key, r.get("deficit").isEmpty() ? -1 : Long.parseLong(r.get("deficit")));
            }
        }
        unknown.forEach(k -> {
            nationFromStandardLines.remove(k);
            nationRollUp.remove(k);
        });
        assertTrue(nationRollUp.size() > 20, nationRollUp::toString);
        assertEquals(nationFromStandardLines, nationRollUp, "a nation-level standard line is its own total");
        assertTrue(unknown.stream().anyMatch(k -> k.startsWith("UEM_MAYOR|establishments")), unknown::toString);
        assertTrue(unknown.stream().anyMatch(k -> k.startsWith("CRS_REGIONAL|places|The nation"))
                || nationRollUp.keySet().stream().anyMatch(k -> k.startsWith("CRS_REGIONAL|places|The nation")),
                "regional prison places are compared nationally");
        assertTrue(lines.stream().filter(r -> r.get("sector").equals("education") && r.get("measure").equals("places"))
                .allMatch(r -> r.get("sources").equals("mineduc-amie-extract (undated extract (c. 2012-2015))")
                && r.get("assessment").equals("partly_assessed")), "an extract's seats are a lower bound");
    }

    @Test
    void idealCircuitListsTheMinimumSetBesideTheRules() {
        CliRunner r = CliRunner.run("ideal", "--level", "circuit");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Ideal circuit (the average of 1,134: 14,937 people;"), r.out());
        for (String service : List.of("health centre type A", "community police unit", "school (the circuit's hub"
                + " school)", "child development centre (CIBV) or home visits (CNH)")) {
            assertTrue(r.out().contains(service), service + " in " + r.out());
        }
        assertTrue(r.out().contains("A circuit of at least 2,000 people needs a health centre type A per 10,000"
                + " people"), r.out());
    }

    @Test
    void idealCircuitOfAGivenPopulationScalesTheRulesNotTheMinimumSet() {
        CliRunner r = CliRunner.run("ideal", "--level", "circuit", "--population", "15000");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Ideal circuit (of 15,000 people; age groups scaled from the 1,134 circuits'"
                + " age structure;"), r.out());
        String health = r.out().lines().filter(l -> l.contains("health centre type A")).findFirst().orElseThrow();
        assertTrue(health.matches(" +health +health centre type A +1 +CS_A 2 establishments \\[assumed\\]"), health);
        String police = r.out().lines().filter(l -> l.contains("community police unit")).findFirst().orElseThrow();
        assertTrue(police.contains("UPC_A 2 establishments"), "15,000 people are two subcircuits of 8,732: " + police);
    }

    @Test
    void idealDistrictListsTheDirectorates() {
        CliRunner r = CliRunner.run("ideal", "--level", "district");
        assertEquals(0, r.exitCode(), r.err());
        for (String office : List.of("district health directorate", "district education directorate",
                "district MIES directorate", "district police unit", "basic hospital")) {
            assertTrue(r.out().contains(office), office + " in " + r.out());
        }
    }

    @Test
    void anUnknownSectorIsAUsageError() {
        CliRunner r = CliRunner.run("evaluate", "--sectors", "transport", "--out", "unused");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown sector \"transport\""), r.err());
    }

    @Test
    void anOutOfRangeOptionIsABadInputNamingIt() {
        CliRunner r = CliRunner.run("evaluate", "--threads", "0", "--out", "unused");
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("desconcentra: error: options: threads must be at least 1: 0", r.err().strip());
    }
}
