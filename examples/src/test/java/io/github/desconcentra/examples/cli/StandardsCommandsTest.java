package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.UnitCosts;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsCommandsTest {

    @Test
    void exportValidateTestAndEvaluateWithAnEditedFolder(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        assertEquals(0, CliRunner.run("standards", "export", std.toString()).exitCode());
        CliRunner valid = CliRunner.run("validate", "--standards", std.toString(), "--territory", "reference");
        assertEquals(0, valid.exitCode(), valid.err() + valid.out());
        assertTrue(valid.out().startsWith("compiled 41 rules"), valid.out());
        assertTrue(valid.out().lines().noneMatch(l -> l.startsWith("warning: dead supply")), valid.out());
        CliRunner tests = CliRunner.run("test-standards", std.toString());
        assertEquals(0, tests.exitCode(), tests.out());
        assertTrue(tests.out().strip().endsWith("passed, 0 failed"), tests.out());

        Path drl = std.resolve("police/police.drl");
        Files.writeString(drl, Files.readString(drl).replace("population >= $per.whole())\nthen",
                "population >= $per.whole()\nthen"));
        CliRunner broken = CliRunner.run("validate", "--standards", std.toString());
        assertEquals(1, broken.exitCode());
        assertTrue(broken.out().startsWith("error: " + drl + ":"), broken.out());
    }

    @Test
    void validateWarnsOfAnUnsourcedUnitCostWithoutARange(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        CliRunner.run("standards", "export", std.toString());
        String costs;
        try (InputStream in = UnitCosts.class.getResourceAsStream("unit_costs.csv")) {
            costs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String row = "CS_A,repair_share,0.3,,,Repair share assumed: refurbishing a unit that needs repair costs 30% of a"
                + " new one (no source),assumed,";
        assertTrue(costs.contains(row + "0.2,0.5,Assumed: a fifth to half of a new unit"));
        Path file = dir.resolve("costs.csv");
        Files.writeString(file, costs.replace(row + "0.2,0.5,Assumed: a fifth to half of a new unit", row + ",,"));
        CliRunner r = CliRunner.run("validate", "--quiet", "--standards", std.toString(), "--costs", file.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("warning: no range: " + file + ": unit cost CS_A/repair_share"
                + " is not sourced but gives no low and high (columns low, high, range_source)")), r.out());
        CliRunner defaults = CliRunner.run("validate", "--quiet", "--standards", std.toString());
        assertTrue(defaults.out().lines().noneMatch(l -> l.startsWith("warning: no range")), defaults.out());
    }

    @Test
    void aFailingScenarioExitsOne(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        CliRunner.run("standards", "export", std.toString());
        Path params = std.resolve("health/parameters.csv");
        Files.writeString(params, Files.readString(params).replace("HEALTH-CS-A,population_per_centre,10000,",
                "HEALTH-CS-A,population_per_centre,12000,"));
        CliRunner r = CliRunner.run("test-standards", std.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("FAILED") && r.out().strip().endsWith("1 failed"), r.out());
    }

    @Test
    void exportRefusesAFolderThatIsNotEmptyUnlessForced(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        assertEquals(0, CliRunner.run("standards", "export", std.toString()).exitCode());
        CliRunner again = CliRunner.run("standards", "export", std.toString());
        assertEquals(1, again.exitCode());
        assertEquals("desconcentra: error: " + std + ": is not empty: exporting would overwrite edited standards"
                + " (export into a new folder, or overwrite with --force)", again.err().strip());
        CliRunner forced = CliRunner.run("standards", "export", "--force", std.toString());
        assertEquals(0, forced.exitCode(), forced.err());
    }

    @Test
    void aFolderValidateAcceptsNeverMakesEvaluateExitThree(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        CliRunner.run("standards", "export", std.toString());
        Path drl = std.resolve("fire/fire.drl");
        String rules = Files.readString(drl);
        Files.writeString(drl, rules + """

                rule "Sigchos needs stations per nobody"
                    @sector("fire") @standard("FIRE-STATION") @level("district") @typology("ESTACION_BOMBEROS")
                    @source("test") @status("assumed")
                when
                    $u : UnitFact(level == Level.DISTRICT, name == "SIGCHOS")
                then
                    insert(Requirement.need(drools.getRule(), $u, "ESTACION_BOMBEROS")
                            .per($u.population(), java.math.BigDecimal.ZERO, 1));
                end
                """);
        long line = rules.lines().count() + 2;
        CliRunner valid = CliRunner.run("validate", "--standards", std.toString());
        assertEquals(0, valid.exitCode(), valid.out());
        assertTrue(valid.err().contains("desconcentra: validate: trying the rules on made-up units"), valid.err());
        CliRunner onTerritory = CliRunner.run("validate", "--quiet", "--standards", std.toString(), "--territory",
                "reference");
        assertEquals(1, onTerritory.exitCode(), onTerritory.out());
        assertTrue(onTerritory.out().contains("error: " + drl + ":" + line + ": rule \"Sigchos needs stations per"
                + " nobody\" fails on unit 05D05 (SIGCHOS): divides by 0"), onTerritory.out());
        assertEquals("", onTerritory.err());
        CliRunner evaluate = CliRunner.run("evaluate", "--standards", std.toString(), "--sectors", "fire", "--out",
                dir.resolve("out").toString());
        assertEquals(1, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.err().startsWith("desconcentra: error: standards: rule \"Sigchos needs stations per"
                + " nobody\", unit 05D05: divides by 0"), evaluate.err());
    }

    @Test
    void aScenarioFileWithAWrongTypeExitsOneAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        CliRunner.run("standards", "export", std.toString());
        Path cases = std.resolve("police/tests/police.json");
        Files.writeString(cases, Files.readString(cases).replace("\"population\": 8731,", "\"population\": \"lots\","));
        CliRunner r = CliRunner.run("test-standards", std.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("desconcentra: test-standards: running the scenario tests"), r.err());
        assertTrue(r.err().contains("desconcentra: error: " + cases + ":3:58: population: must be a whole number, not"
                + " a string (value \"lots\")"), r.err());
    }
}
