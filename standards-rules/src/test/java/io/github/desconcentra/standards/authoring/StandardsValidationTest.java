package io.github.desconcentra.standards.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.RuleException;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever {@code validate} accepts, evaluation completes on; whatever cannot be honoured is an error with its file
 * and line. Each family of the issue "inputs that pass validation and then break the run" is caught here.
 */
class StandardsValidationTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();

    /** One folder with a failing rule in each of four sectors, compiled once. */
    @TempDir
    static Path shared;
    private static List<String> failing;
    private static Path failingFolder;

    private static String drl(Path dir, String sector) throws Exception {
        return Files.readString(dir.resolve(sector + "/" + sector + ".drl"));
    }

    private static long append(Path dir, String sector, String rule) throws Exception {
        Path file = dir.resolve(sector + "/" + sector + ".drl");
        String text = Files.readString(file);
        Files.writeString(file, text + "\n" + rule);
        return text.lines().count() + 2;
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String s = Files.readString(file);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to));
    }

    private static List<String> problems(Path dir) {
        InputException e = assertThrows(InputException.class, () -> StandardsCompiler.compile(dir, false));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static String rule(String name, String sector, String standard, String level, String typology,
                               String when, String then) {
        return "rule \"" + name + "\"\n    @sector(\"" + sector + "\") @standard(\"" + standard + "\") @level(\""
                + level + "\") @typology(\"" + typology + "\")\n    @source(\"test\") @status(\"assumed\")\nwhen\n"
                + when + "\nthen\n" + then + "\nend\n";
    }

    private static long[] lines = new long[4];

    @BeforeAll
    static void compileTheFailingFolder() throws Exception {
        failingFolder = shared.resolve("failing");
        StandardsFolder.export(failingFolder);
        lines[0] = append(failingFolder, "health", rule("A circuit reads its name as a number", "health",
                "HEALTH-X", "circuit", "CS_A", "    $u : UnitFact(level == Level.CIRCUIT)",
                "    insert(Requirement.need(drools.getRule(), $u, \"CS_A\").quantity(Long.parseLong($u.name())));"));
        Files.writeString(failingFolder.resolve("police/parameters.csv"), Files.readString(failingFolder.resolve(
                "police/parameters.csv")) + "POL-X,divisor,0,people,test,assumed,0,0,test\n");
        lines[1] = append(failingFolder, "police", rule("A district divides its people by POL-X/divisor", "police",
                "POL-X", "district", "UVC", "    $d : Parameter(standard == \"POL-X\", name == \"divisor\")\n"
                + "    $u : UnitFact(level == Level.DISTRICT)\n"
                + "    eval(java.math.BigDecimal.valueOf($u.population()).divide($d.value()).signum() > 0)",
                "    insert(Requirement.need(drools.getRule(), $u, \"UVC\").quantity(1));"));
        lines[2] = append(failingFolder, "fire", rule("A district keeps needing more", "fire", "FIRE-STATION",
                "district", "ESTACION_BOMBEROS", "    $u : UnitFact(level == Level.DISTRICT)",
                "    insert(new UnitFact($u.code(), $u.level(), $u.name(), $u.population() + 1, 0, 0, 0, 0));"));
        lines[3] = append(failingFolder, "rehabilitation", rule("A zone needs a typology named at run time",
                "rehabilitation", "REHAB-X", "zone", "CAI", "    $u : UnitFact(level == Level.ZONE)",
                "    insert(Requirement.need(drools.getRule(), $u, \"CAI_\" + $u.level().id()).quantity(1));"));
        failing = problems(failingFolder);
    }

    private static String failure(String sector) {
        String file = failingFolder.resolve(sector + "/" + sector + ".drl") + ":";
        return failing.stream().filter(p -> p.startsWith(file)).findFirst().orElseThrow(() -> new AssertionError(
                sector + ": " + failing));
    }

    @Test
    void eachFailingRuleIsReportedOnceAtItsLine() {
        assertEquals(4, failing.size(), failing.toString());
    }

    @Test
    void aConsequenceThatThrowsIsAnErrorAtTheRuleLine() {
        assertEquals(failingFolder.resolve("health/health.drl") + ":" + lines[0] + ": rule \"A circuit reads its"
                + " name as a number\" fails on a made-up circuit of 0 people: NumberFormatException: For input"
                + " string: \"a made-up circuit of 0 people\"", failure("health"));
    }

    @Test
    void aConditionThatDividesByAParameterOfZeroIsAnErrorNamingTheParameterAndItsLine() {
        assertEquals(failingFolder.resolve("police/police.drl") + ":" + lines[1] + ": rule \"A district divides"
                + " its people by POL-X/divisor\" fails on a made-up district of 0 people: a rule condition failed:"
                + " ArithmeticException: Division undefined; the rule reads POL-X/divisor = 0 (" + failingFolder
                + "/police/parameters.csv:7)", failure("police"));
    }

    @Test
    void aRuleThatKeepsInsertingFactsStopsAtTheFireLimitAndIsAnErrorAtItsLine() {
        assertTrue(failure("fire").startsWith(failingFolder.resolve("fire/fire.drl") + ":" + lines[2] + ": rule \"A"
                + " district keeps needing more\" fails on a made-up district of 0 people: the rules passed the fire"
                + " limit (250,000 matches and inserted facts)"), failure("fire"));
    }

    @Test
    void aTypologyARuleBuildsAtRunTimeThatNoCatalogueDefinesIsAnError() {
        assertEquals(failingFolder.resolve("rehabilitation/rehabilitation.drl") + ":" + lines[3] + ": rule \"A zone"
                + " needs a typology named at run time\" fails on a made-up zone of 0 people: requires typology"
                + " CAI_zone, which no typologies.csv defines", failure("rehabilitation"));
    }

    @Test
    void aParameterOfZeroUsedAsADivisorIsAnErrorAtTheRuleLineNamingTheParameterLine(@TempDir Path dir)
            throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/parameters.csv"), "HEALTH-CS-A,population_per_centre,10000,",
                "HEALTH-CS-A,population_per_centre,0,");
        assertEquals(List.of(dir + "/health/health.drl:28: rule \"A circuit of at least 2,000 people needs a health"
                + " centre type A per 10,000 people\" fails on a made-up circuit of 2,000 people: divides by 0"
                + " (2,000 x 1 / 0); the rule reads HEALTH-CS-A/min_population = 2000 (" + dir
                + "/health/parameters.csv:3), HEALTH-CS-A/population_per_centre = 0 (" + dir
                + "/health/parameters.csv:4)"), problems(dir));
    }

    @Test
    void aParameterThatOverflowsAtTheScaleOfACountryIsAnError(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/parameters.csv"), "HEALTH-BEDS,beds,2,", "HEALTH-BEDS,beds,1000000000,");
        List<String> problems = problems(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(dir + "/health/health.drl:98: rule \"A zone needs general-hospital"
                + " beds for the rest of two beds per 1,000 people\" fails on a made-up zone of "), problems.get(0));
        assertTrue(problems.get(0).contains("above the most a standard may require of a unit (1,000,000,000,000)"),
                problems.get(0));
    }

    @Test
    void valuesBeyondTheBoundsAreErrorsAtTheirLines(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/parameters.csv"), "HEALTH-BEDS,beds,2,", "HEALTH-BEDS,beds,1e15,");
        replace(dir.resolve("health/parameters.csv"), "HEALTH-BEDS,per_population,1000,",
                "HEALTH-BEDS,per_population,1e-30,");
        Path typologies = dir.resolve("education/typologies.csv");
        replace(typologies, "circuit,seats,1140,2,", "circuit,seats,2000000,2,");
        assertEquals(List.of(
                dir + "/health/parameters.csv:10: value: parameter value must be at most 1,000,000,000,000: 1E+15"
                        + " (HEALTH-BEDS/beds) (value \"1e15\")",
                dir + "/health/parameters.csv:11: value: parameter value must have at most 12 decimal places: 1E-30"
                        + " (HEALTH-BEDS/per_population) (value \"1e-30\")",
                dir + "/education/typologies.csv:2: code: capacity over all shifts must be at most 1,000,000:"
                        + " 2,000,000 per shift x 2 shifts (typology UEM_MAYOR) (value \"UEM_MAYOR\")"),
                problems(dir));
    }

    @Test
    void aRuleThatFailsOnlyOnTheTerritoryIsFoundByTheDryRunAtItsLineNamingTheUnit(@TempDir Path dir)
            throws Exception {
        StandardsFolder.export(dir);
        long line = append(dir, "fire", rule("Sigchos needs stations per nobody", "fire", "FIRE-STATION",
                "district", "ESTACION_BOMBEROS", "    $u : UnitFact(level == Level.DISTRICT, name == \"SIGCHOS\")",
                "    insert(Requirement.need(drools.getRule(), $u, \"ESTACION_BOMBEROS\")"
                        + ".per($u.population(), java.math.BigDecimal.ZERO, 1));"));
        CompiledStandards compiled = StandardsCompiler.check(dir, false, step -> {
        });
        InputException e = assertThrows(InputException.class, () -> compiled.lint(ECUADOR));
        assertEquals(List.of(dir + "/fire/fire.drl:" + line + ": rule \"Sigchos needs stations per nobody\" fails on"
                + " unit 05D05 (SIGCHOS): divides by 0 (" + String.format(java.util.Locale.ROOT, "%,d",
                ECUADOR.population(io.github.desconcentra.territory.DistrictCode.of("05D05"))) + " x 1 / 0)"),
                e.problems().stream().map(Problem::toString).toList());
        RuleException atRunTime = assertThrows(RuleException.class, () -> compiled.engine().evaluate(ECUADOR,
                Inventory.EMPTY, EvaluationOptions.DEFAULTS));
        assertEquals("Sigchos needs stations per nobody", atRunTime.rule().orElseThrow());
    }

    @Test
    void everyUnusedFileOrFolderIsAnErrorListingTheNamesExpected(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Files.createDirectories(dir.resolve("Fire"));
        Files.move(dir.resolve("health/parameters.csv"), dir.resolve("health/parameter.csv"));
        Files.writeString(dir.resolve("fire/extra.drl"), "");
        Files.writeString(dir.resolve("police/tests/notes.txt"), "");
        Files.writeString(dir.resolve(".gitignore"), "");
        assertEquals(List.of(
                dir + "/Fire: unknown folder in a standards folder (expected the sector folders health/, education/,"
                        + " inclusion/, police/, rehabilitation/, fire/); did you mean fire/? (names are"
                        + " case-sensitive)",
                dir + "/fire/extra.drl: unknown file in the fire standards (expected fire.drl, parameters.csv,"
                        + " typologies.csv, substitutions.csv, minimum_set.csv, decision tables *.xlsx and tests/);"
                        + " the fire rules are read from fire.drl only",
                dir + "/health/parameter.csv: unknown file in the health standards (expected health.drl,"
                        + " parameters.csv, typologies.csv, substitutions.csv, minimum_set.csv, decision tables *.xlsx"
                        + " and tests/)",
                dir + "/police/tests/notes.txt: unknown file among the scenario tests (expected *.json files)"),
                problems(dir));
    }

    @Test
    void aParameterARuleReadsThatNoFileDefinesOrOfAnotherSectorIsAnErrorAtItsLine(@TempDir Path dir)
            throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("fire/fire.drl"), "name == \"population_per_station\"", "name == \"population_per_statin\"");
        replace(dir.resolve("fire/fire.drl"), "standard == \"FIRE-STAFF\", name == \"per_population\"",
                "standard == \"POL-DENSITY\", name == \"per_population\"");
        assertEquals(List.of(dir + "/fire/fire.drl:19: rule \"A district needs a fire station per 50,000 people, at"
                + " least one\" reads a parameter that no parameters.csv defines (FIRE-STATION defines"
                + " population_per_station) (value \"FIRE-STATION/population_per_statin\")",
                dir + "/fire/fire.drl:33: rule \"A district needs one firefighter per 1,000 people\" reads a parameter"
                + " of another sector's standard: a fire rule reads FIRE-… parameters only (another sector's are not"
                + " there when only fire is evaluated) (value \"POL-DENSITY\")"), problems(dir));
    }

    @Test
    void aParameterNoRuleReadsIsAWarningAtItsLine(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Path params = dir.resolve("police/parameters.csv");
        Files.writeString(params, Files.readString(params) + "POL-UVC,units_per_distrit,2,units,typo,sourced,,,\n");
        CompiledStandards compiled = StandardsCompiler.check(dir, false, step -> {
        });
        assertEquals(List.of("unread parameter: " + params + ":7: parameter POL-UVC/units_per_distrit is read by no"
                + " rule"), compiled.warnings().stream().map(StandardsLint.Finding::toString).toList());
        assertTrue(StandardsCompiler.check(null, false, step -> {
        }).warnings().isEmpty(), "every embedded parameter is read");
    }

    @Test
    void authoringErrorsAreLocated(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Path fire = dir.resolve("fire/fire.drl");
        byte[] latin1 = (drl(dir, "fire") + "\n// estación\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(fire, latin1);
        replace(dir.resolve("police/police.drl"), "rule \"A district needs one district police unit\"",
                "rule \"A district needs one \\\"district\\\" police unit\"");
        Path typologies = dir.resolve("inclusion/typologies.csv");
        String health = Files.readString(dir.resolve("health/typologies.csv"));
        Files.writeString(typologies, Files.readString(typologies) + health.lines().filter(l -> l.startsWith("CS_A,"))
                .findFirst().orElseThrow() + "\n");
        String text = new String(latin1, java.nio.charset.StandardCharsets.ISO_8859_1);
        int offset = 0;
        while (text.charAt(offset) < 128) {
            offset++;
        }
        long fireLine = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        List<String> problems = problems(dir);
        assertEquals(List.of(
                fire + ":" + fireLine + ": byte " + offset + ": is not valid UTF-8 (save the file as UTF-8) (value"
                        + " \"0xE9\")",
                typologies + ":10: code: typology CS_A is already defined at " + dir + "/health/typologies.csv:3"
                        + " (value \"CS_A\")",
                dir + "/police/police.drl:39: a rule name must not contain a double quote, a backslash or a control"
                        + " character (the compiled rules cannot carry them; write the name as a plain sentence)"
                        + " (value \"A district needs one \"district\" police unit\")"), problems);
    }

    @Test
    void aMetadataErrorInOneFileAndASyntaxErrorInAnotherAreBothReported(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/health.drl"), "    @status(\"assumed\")\nwhen\n    $below", "when\n    $below");
        replace(dir.resolve("police/police.drl"), "population >= $per.whole())\nthen", "population >= $per.whole()\nthen");
        List<String> problems = problems(dir);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(dir + "/health/health.drl:16: rule has no @status metadata (value \"A circuit of fewer than"
                + " 2,000 people needs one health post\")", problems.get(0));
        assertTrue(problems.get(1).startsWith(dir + "/police/police.drl:33:0: [ERR 102]"), problems.get(1));
    }

    @Test
    void exportRefusesAFolderThatIsNotEmptyUnlessToldToOverwrite(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("fire/parameters.csv"), "FIRE-STAFF,firefighters,1,", "FIRE-STAFF,firefighters,2,");
        InputException e = assertThrows(InputException.class, () -> StandardsFolder.export(dir));
        assertEquals(dir + ": is not empty: exporting would overwrite edited standards (export into a new folder, or"
                + " overwrite with --force)", e.getMessage());
        assertTrue(Files.readString(dir.resolve("fire/parameters.csv")).contains("FIRE-STAFF,firefighters,2,"));
        StandardsFolder.export(dir, true);
        assertTrue(Files.readString(dir.resolve("fire/parameters.csv")).contains("FIRE-STAFF,firefighters,1,"));
    }

    @Test
    void aFolderOfParametersOnlyReusesThePrecompiledRules(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("police"));
        Files.copy(StandardsFolder.embedded(io.github.desconcentra.standards.Sector.POLICE, "parameters.csv")
                .orElseThrow(), dir.resolve("police/parameters.csv"));
        StandardsEngine engine = StandardsCompiler.compile(dir, false);
        assertTrue(engine.kieBase() == StandardsEngine.embedded().kieBase());
    }

    @Test
    void anExportedFolderReusesTheRulesCompiledAtBuildTime(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/parameters.csv"), "HEALTH-CS-A,population_per_centre,10000,",
                "HEALTH-CS-A,population_per_centre,8000,");
        CompiledStandards compiled = StandardsCompiler.check(dir, false, step -> {
        });
        assertTrue(compiled.engine().kieBase() == StandardsEngine.embedded().kieBase());
        assertEquals(StandardsEngine.embedded().rules(), compiled.engine().rules());
        assertEquals(0, new java.math.BigDecimal("8000").compareTo(compiled.engine().catalogue().parameters().stream()
                .filter(p -> p.standard().equals("HEALTH-CS-A") && p.name().equals("population_per_centre"))
                .findFirst().orElseThrow().value()));
    }

    @Test
    void aDrlThatDiffersByOneCommentIsCompiledAgain(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Files.writeString(dir.resolve("police/police.drl"), "\n// reviewed\n", java.nio.file.StandardOpenOption.APPEND);
        StandardsEngine engine = StandardsCompiler.compile(dir, false);
        assertTrue(engine.kieBase() != StandardsEngine.embedded().kieBase());
        assertEquals(StandardsEngine.embedded().rules(), engine.rules());
    }
}
