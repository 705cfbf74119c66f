package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.InvalidTerritoryException;
import io.github.desconcentra.territory.Check;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The engine's own guard, whatever validation let through: a rule that cannot be honoured on a unit is bad input
 * (a {@link RuleException}, exit 1) naming the rule and the unit, never an internal error. The rules below are
 * compiled straight into a rule base, bypassing validation; each sector holds one way to fail, and evaluating one
 * sector fires only that sector's rules.
 */
class RuleFailureTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final Provenance TEST = new Provenance("test", Provenance.Status.ASSUMED);
    private static final String RULES = """
            package io.github.desconcentra.standards.failing;

            import io.github.desconcentra.standards.Parameter;
            import io.github.desconcentra.standards.Requirement;
            import io.github.desconcentra.standards.UnitFact;
            import io.github.desconcentra.territory.CircuitCode;
            import io.github.desconcentra.territory.Level;

            rule "A circuit needs a health centre per HEALTH-X/per people"
                @sector("health") @standard("HEALTH-X") @level("circuit") @typology("CS_A")
                @source("test") @status("assumed")
            when
                $per : Parameter(standard == "HEALTH-X", name == "per")
                $u : UnitFact(level == Level.CIRCUIT)
            then
                insert(Requirement.need(drools.getRule(), $u, "CS_A").per($u.population(), $per.value(), 0));
            end

            rule "A district whose people divided by POL-X/divisor are positive needs a police unit"
                @sector("police") @standard("POL-X") @level("district") @typology("UVC")
                @source("test") @status("assumed")
            when
                $d : Parameter(standard == "POL-X", name == "divisor")
                $u : UnitFact(level == Level.DISTRICT)
                eval(java.math.BigDecimal.valueOf($u.population()).divide($d.value()).signum() > 0)
            then
                insert(Requirement.need(drools.getRule(), $u, "UVC").quantity(1));
            end

            rule "A district keeps inserting copies of itself"
                @sector("fire") @standard("FIRE-X") @level("district") @typology("ESTACION_BOMBEROS")
                @source("test") @status("assumed")
            when
                $u : UnitFact(level == Level.DISTRICT, population < 1000000000)
            then
                for (long i = 1; ; i++) {
                    insert(new UnitFact($u.code(), $u.level(), $u.name(), 1000000000 + i, 0, 0, 0, 0));
                }
            end

            rule "A zone needs a prison of a typology named at run time"
                @sector("rehabilitation") @standard("REHAB-X") @level("zone") @typology("CAI")
                @source("test") @status("assumed")
            when
                $u : UnitFact(level == Level.ZONE)
            then
                insert(Requirement.need(drools.getRule(), $u, "CAI_" + $u.code().value()).quantity(1));
            end

            rule "A circuit needs seats in a circuit that is not in the territory"
                @sector("education") @standard("EDU-X") @level("circuit") @typology("ESCUELA")
                @source("test") @status("assumed")
            when
                $u : UnitFact(level == Level.CIRCUIT)
            then
                insert(Requirement.need(drools.getRule(), new UnitFact(CircuitCode.of("99D99C99"), Level.CIRCUIT,
                        "nowhere", 1, 0, 0, 0, 0), "ESCUELA").quantity(1));
            end

            rule "Sigchos reads its name as a number"
                @sector("inclusion") @standard("INCL-X") @level("district") @typology("CIBV")
                @source("test") @status("assumed")
            when
                $u : UnitFact(level == Level.DISTRICT, name == "SIGCHOS")
            then
                insert(Requirement.need(drools.getRule(), $u, "CIBV").quantity(Long.parseLong($u.name())));
            end
            """;
    private static KieBase failing;

    @BeforeAll
    static void compile() {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/io/github/desconcentra/standards/failing/failing.drl", RULES);
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(ExecutableModelProject.class);
        assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR));
        failing = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
    }

    private static StandardsEngine engine(Parameter... parameters) {
        Catalogue embedded = StandardsEngine.embeddedCatalogue();
        return new StandardsEngine(failing, new Catalogue(List.copyOf(embedded.typologies().values()),
                List.of(parameters)));
    }

    private static Parameter parameter(String standard, String name, String value) {
        return new Parameter(standard, name, new BigDecimal(value), "", TEST);
    }

    private static RuleException failure(StandardsEngine engine, Sector sector) {
        return assertThrows(RuleException.class, () -> engine.evaluate(ECUADOR, Inventory.EMPTY,
                EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(sector))));
    }

    @Test
    void aDivisorOfZeroNamesTheRuleTheUnitAndTheValues() {
        RuleException e = failure(engine(parameter("HEALTH-X", "per", "0")), Sector.HEALTH);
        assertEquals("A circuit needs a health centre per HEALTH-X/per people", e.rule().orElseThrow());
        assertEquals(Level.CIRCUIT, e.unit().orElseThrow().level());
        long people = ECUADOR.population(e.unit().orElseThrow());
        assertEquals(String.format(java.util.Locale.ROOT, "divides by 0 (%,d x 1 / 0)", people), e.detail());
        assertTrue(e.getMessage().startsWith("standards: rule \"A circuit needs a health centre per HEALTH-X/per"
                + " people\", unit " + e.unit().orElseThrow().value() + ": divides by 0"), e.getMessage());
    }

    @Test
    void aQuantityBeyondATrillionIsRefusedWhereTheRuleComputesIt() {
        RuleException e = failure(engine(parameter("HEALTH-X", "per", "0.000000000001")), Sector.HEALTH);
        assertTrue(e.detail().matches("requires [0-9]+ CS_A establishments \\([0-9,]+ x 1 / 0.000000000001\\),"
                + " above the most a standard may require of a unit \\(1,000,000,000,000\\)"), e.detail());
    }

    @Test
    void aConditionThatThrowsNamesItsRuleAndTheFirstUnitItFailsOn() {
        RuleException e = failure(engine(parameter("POL-X", "divisor", "0")), Sector.POLICE);
        assertEquals("A district whose people divided by POL-X/divisor are positive needs a police unit",
                e.rule().orElseThrow());
        assertEquals(Level.DISTRICT, e.unit().orElseThrow().level());
        assertTrue(e.detail().startsWith("a rule condition failed: ArithmeticException: Division"), e.detail());
    }

    @Test
    void aRuleThatKeepsInsertingFactsStopsAtTheFireLimitNamingIt() {
        StandardsEngine engine = engine();
        RuleException e = assertThrows(RuleException.class, () -> engine.evaluate(ECUADOR, Inventory.EMPTY,
                EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.FIRE)).withFireLimit(20_000)));
        assertEquals("A district keeps inserting copies of itself", e.rule().orElseThrow());
        Matcher inserted = Pattern.compile("\\[A district keeps inserting copies of itself inserting UnitFact=(\\d+)]")
                .matcher(e.detail());
        assertTrue(inserted.find(), e.detail());
        assertTrue(Long.parseLong(inserted.group(1)) <= 20_000, e.detail());
    }

    @Test
    void aTypologyBuiltAtRunTimeThatNoCatalogueDefinesIsRefused() {
        RuleException e = failure(engine(), Sector.REHABILITATION);
        assertEquals("A zone needs a prison of a typology named at run time", e.rule().orElseThrow());
        String zone = e.unit().orElseThrow().value();
        assertEquals("requires typology CAI_" + zone + ", which no typologies.csv defines", e.detail());
    }

    @Test
    void aRequirementOfAUnitOutsideTheTerritoryIsRefused() {
        RuleException e = failure(engine(), Sector.EDUCATION);
        assertEquals("requires ESCUELA of unit 99D99C99, which is not a unit being evaluated", e.detail());
    }

    @Test
    void aConsequenceThatThrowsOnOneUnitNamesThatUnit() {
        RuleException e = failure(engine(), Sector.INCLUSION);
        assertEquals(DistrictCode.of("05D05"), e.unit().orElseThrow());
        assertEquals("NumberFormatException: For input string: \"SIGCHOS\"", e.detail());
        assertTrue(e instanceof InputException);
    }

    @Test
    void anEmptyTerritoryIsRefusedByValidationBeforeAnyEvaluation() {
        TerritoryData data = ECUADOR.data();
        TerritoryData empty = new TerritoryData(data.nation(), data.censusYear(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), data.ageShares(), data.projections());
        InvalidTerritoryException e = assertThrows(InvalidTerritoryException.class, () -> Territory.of(empty));
        assertTrue(e.report().violations().stream().anyMatch(v -> v.check() == Check.EMPTY_UNIT), e.getMessage());
    }
}
