package io.github.desconcentra.standards.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsAuthoringTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();

    private static void replace(Path file, String from, String to) throws Exception {
        String s = Files.readString(file);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to));
    }

    private static long nationalDeficit(StandardsEngine engine, String typology) {
        return engine.evaluate(ECUADOR, Inventory.EMPTY, EvaluationOptions.DEFAULTS.withSectors(
                        EnumSet.of(Sector.HEALTH))).lines().stream()
                .filter(l -> l.level() == Level.NATION && l.typology().equals(typology)
                        && l.measure().id().equals("establishments"))
                .mapToLong(DeficitLine::deficit).sum();
    }

    private static List<String> problems(Path dir, boolean tablesOnly) {
        InputException e = assertThrows(InputException.class, () -> StandardsCompiler.compile(dir, tablesOnly));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void editingOneBandInTheExportedHealthStandardsChangesTheHealthDeficit(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/parameters.csv"), "HEALTH-CS-A,population_per_centre,10000,",
                "HEALTH-CS-A,population_per_centre,12000,");
        StandardsEngine edited = StandardsCompiler.compile(dir, false);
        StandardsEngine embedded = StandardsEngine.embedded();
        assertTrue(nationalDeficit(edited, "CS_A") < nationalDeficit(embedded, "CS_A"));
        assertEquals(nationalDeficit(embedded, "CS_C"), nationalDeficit(edited, "CS_C"));
        assertEquals(embedded.rules().size(), edited.rules().size());
    }

    @Test
    void aBrokenDrlLineIsReportedAtItsFileLineAndColumn(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/health.drl"), "population <= $max.whole())\nthen",
                "population <= $max.whole()\nthen");
        List<String> problems = problems(dir, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(dir.resolve("health/health.drl") + ":50:0: [ERR 102]"),
                problems.get(0));
    }

    @Test
    void aParameterWithoutSourceIsReportedAtItsLine(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("std");
        Files.createDirectories(dir.resolve("fire"));
        StandardsFolder.export(tmp.resolve("all"));
        Files.copy(tmp.resolve("all/fire/parameters.csv"), dir.resolve("fire/parameters.csv"));
        replace(dir.resolve("fire/parameters.csv"), "FIRE-STAFF,firefighters,1,staff,\"El Telégrafo (Quito): \"\"un"
                + " bombero por 1.000 habitantes, dice la norma\"\"\",sourced", "FIRE-STAFF,firefighters,1,staff,,");
        assertEquals(List.of(dir.resolve("fire") + "/parameters.csv:3: source: every figure needs a source (write how"
                + " it was obtained)", dir.resolve("fire") + "/parameters.csv:3: status: must not be empty"),
                problems(dir, false));
    }

    @Test
    void duplicateRuleNamesMissingMetadataAndUnknownTypologiesAreReported(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Path drl = dir.resolve("fire/fire.drl");
        replace(drl, "rule \"A district needs one firefighter per 1,000 people\"",
                "rule \"A district needs a fire station per 50,000 people, at least one\"");
        replace(drl, "    @status(\"sourced\")\n", "");
        replace(drl, "insert(Requirement.need(drools.getRule(), $u, \"ESTACION_BOMBEROS\").staff()",
                "insert(Requirement.need(drools.getRule(), $u, \"ESTACION_BOMBERO\").staff()");
        List<String> problems = problems(dir, false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("duplicate rule name")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("rule has no @status metadata")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown typology code")
                && p.contains("ESTACION_BOMBERO")), problems.toString());
    }

    @Test
    void tablesOnlyModeRefusesDrl(@TempDir Path dir) {
        StandardsFolder.export(dir);
        List<String> problems = problems(dir, true);
        assertEquals(6, problems.size());
        assertTrue(problems.get(0).contains("DRL is refused in --tables-only mode"), problems.get(0));
    }

    @Test
    void theScenarioTestsBesideTheRulesPassAndCatchAChange(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        List<ScenarioTests.Result> ok = ScenarioTests.run(StandardsCompiler.compile(dir, false), dir);
        assertTrue(ok.size() >= 9 && ok.stream().allMatch(ScenarioTests.Result::passed), ok.toString());
        assertEquals(List.of("education", "fire", "health", "inclusion", "police", "rehabilitation"), ok.stream()
                .map(r -> dir.relativize(Path.of(r.file())).getName(0).toString()).distinct().sorted().toList());
        replace(dir.resolve("police/parameters.csv"), "POL-DENSITY,police,4,", "POL-DENSITY,police,3,");
        List<ScenarioTests.Result> changed = ScenarioTests.run(StandardsCompiler.compile(dir, false), dir);
        assertEquals(List.of("a district of 100,000 people needs a UVC and 400 police",
                "a district of 100,001 people needs 401 police"), changed.stream().filter(r -> !r.passed())
                .map(ScenarioTests.Result::name).toList());
    }

    @Test
    void lintFindsABandGapAndAnOverlap(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/parameters.csv"), "HEALTH-POST,below_population,2000,",
                "HEALTH-POST,below_population,1500,");
        replace(dir.resolve("health/parameters.csv"), "HEALTH-CS-B,max_population,25000,",
                "HEALTH-CS-B,max_population,30000,");
        List<StandardsLint.Finding> findings = StandardsLint.lint(StandardsCompiler.compile(dir, false), ECUADOR);
        assertTrue(findings.stream().anyMatch(f -> f.message().equals(
                "health at circuit level: no rule requires anything for populations 1,500 to 1,999")), findings
                .toString());
        assertTrue(findings.stream().anyMatch(f -> f.kind().equals("band overlap") && f.message().contains("CS_B")
                && f.message().contains("CS_C")), findings.toString());
    }

    @Test
    void aRunawayRuleSetIsAnErrorAtTheRuleLine(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Path drl = dir.resolve("fire/fire.drl");
        String rules = Files.readString(drl);
        Files.writeString(drl, rules + """

                rule "A district keeps needing more"
                    @sector("fire") @standard("FIRE-STATION") @level("district") @typology("ESTACION_BOMBEROS")
                    @source("test") @status("assumed")
                when
                    $u : UnitFact(level == Level.DISTRICT)
                then
                    insert(new UnitFact($u.code(), $u.level(), $u.name(), $u.population() + 1, 0, 0, 0, 0));
                end
                """);
        long line = rules.lines().count() + 2;
        List<String> problems = problems(dir, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(drl + ":" + line + ": rule \"A district keeps needing more\" fails on a"
                + " made-up district of 0 people: the rules passed the fire limit (250,000 matches and inserted"
                + " facts)"), problems.get(0));
        assertTrue(problems.get(0).contains("Rules inserting input facts (likely causes): [A district keeps needing"
                + " more inserting UnitFact="), problems.get(0));
    }
}
