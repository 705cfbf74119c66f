package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(valid.out().startsWith("compiled 24 rules"), valid.out());
        CliRunner tests = CliRunner.run("test-standards", std.toString());
        assertEquals(0, tests.exitCode(), tests.out());
        assertTrue(tests.out().strip().endsWith("passed, 0 failed"), tests.out());

        Path drl = std.resolve("police/police.drl");
        Files.writeString(drl, Files.readString(drl).replace("population >= $dense.whole())\nthen",
                "population >= $dense.whole()\nthen"));
        CliRunner broken = CliRunner.run("validate", "--standards", std.toString());
        assertEquals(1, broken.exitCode());
        assertTrue(broken.out().startsWith("error: " + drl + ":"), broken.out());
    }

    @Test
    void aFailingScenarioExitsOne(@TempDir Path dir) throws Exception {
        Path std = dir.resolve("std");
        CliRunner.run("standards", "export", std.toString());
        Path params = std.resolve("health/parameters.csv");
        Files.writeString(params, Files.readString(params).replace("HEALTH-POST,below_population,2000,",
                "HEALTH-POST,below_population,1000,"));
        CliRunner r = CliRunner.run("test-standards", std.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("FAILED") && r.out().strip().endsWith("1 failed"), r.out());
    }
}
