package io.github.desconcentra.standards.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint finds what the review of the standards found by hand: dead supply, stacked requirements, cliffs. */
class StandardsLintTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();

    private static void replace(Path file, String from, String to) throws Exception {
        String s = Files.readString(file);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to));
    }

    private static List<String> kinds(List<StandardsLint.Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).map(StandardsLint.Finding::message).toList();
    }

    @Test
    void theEmbeddedStandardsHaveNoDeadSupplyNoStackingAndNoSupplyBelowItsLevel() {
        List<StandardsLint.Finding> findings = StandardsLint.lint(StandardsEngine.embedded(), ECUADOR);
        assertEquals(List.of(), kinds(findings, "dead supply"));
        assertEquals(List.of(), kinds(findings, "stacked"));
        assertEquals(List.of(), kinds(findings, "supply below its level"));
        assertEquals(List.of(), kinds(findings, "never fires"));
    }

    @Test
    void aTypologyNoRequirementCountsIsDeadSupply(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        Path typologies = dir.resolve("health/typologies.csv");
        Files.writeString(typologies, Files.readString(typologies) + "CS_D,Centro de salud tipo D,Health centre type"
                + " D,circuit,none,0,1,,test,assumed\n");
        List<StandardsLint.Finding> findings = StandardsLint.lint(StandardsCompiler.compile(dir, false), ECUADOR);
        assertEquals(List.of("typology CS_D (health, circuit) counts toward no requirement at its level or above: its"
                + " establishments would reduce no deficit (count it in a rule, or make it stand in for a typology in"
                + " substitutions.csv)"), kinds(findings, "dead supply"));
    }

    @Test
    void typeCCentresRequiredOnTopOfTypeAForTheSamePeopleWithoutSubstitutionAreStacked(@TempDir Path dir)
            throws Exception {
        StandardsFolder.export(dir);
        Path substitutions = dir.resolve("health/substitutions.csv");
        String s = Files.readString(substitutions);
        Files.writeString(substitutions, String.join("\n", s.lines().filter(l -> !l.startsWith("CS_B,")
                && !l.startsWith("CS_C,")).toList()) + "\n");
        List<String> stacked = kinds(StandardsLint.lint(StandardsCompiler.compile(dir, false), ECUADOR), "stacked");
        assertTrue(stacked.stream().anyMatch(m -> m.contains("\"A circuit of at least 2,000 people needs a health"
                + " centre type A per 10,000 people\" requires CS_A establishments of a circuit and \"A district of"
                + " more than 25,000 people needs a health centre type C per 50,000 people\" CS_C establishments of"
                + " its district for the same people")), stacked.toString());
    }

    @Test
    void aCircuitRequirementCountingADistrictTypologyIsSupplyBelowItsLevel(@TempDir Path dir) throws Exception {
        StandardsFolder.export(dir);
        replace(dir.resolve("health/typologies.csv"), "CS_C,Centro de salud tipo C,Health centre type C (maternal and"
                + " child 24 h),circuit,", "CS_C,Centro de salud tipo C,Health centre type C (maternal and child 24"
                + " h),district,");
        List<String> below = kinds(StandardsLint.lint(StandardsCompiler.compile(dir, false), ECUADOR),
                "supply below its level");
        assertEquals(List.of("typology CS_C (district) is counted by \"A circuit of at least 2,000 people needs a health"
                + " centre type A per 10,000 people\" (circuit), \"A circuit of fewer than 2,000 people needs one"
                + " health post\" (circuit), a finer level where none of its establishments is ever placed"), below);
    }

    @Test
    void aBandEdgeWhereTheCostJumpsMoreThanTwofoldIsACliff() {
        Map<String, BigDecimal> capex = Map.of("PUESTO_SALUD", BigDecimal.valueOf(300_000), "CS_A",
                BigDecimal.valueOf(1_700_000));
        StandardsLint.Prices prices = (typology, measure) -> measure == Measure.ESTABLISHMENTS
                ? Optional.ofNullable(capex.get(typology)) : Optional.empty();
        List<String> cliffs = kinds(StandardsLint.lint(StandardsEngine.embedded(), ECUADOR, prices), "cliff");
        assertEquals(List.of("health at circuit level: what the rules require costs USD 300,000 at population 1,999"
                + " and USD 1,700,000 at 2,000, 5.7 times as much for one more person"), cliffs);
        assertEquals(List.of(), kinds(StandardsLint.lint(StandardsEngine.embedded(), ECUADOR), "cliff"));
    }
}
