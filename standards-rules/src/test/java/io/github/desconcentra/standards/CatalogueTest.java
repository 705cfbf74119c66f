package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static final String TYPOLOGIES = """
            code,name_es,name_en,level,capacity_unit,capacity_per_shift,shifts,staff,source,status
            P,Puesto,Post,circuit,none,0,1,,s,sourced
            A,Centro A,Centre A,circuit,none,0,1,,s,sourced
            B,Centro B,Centre B,circuit,none,0,1,,s,sourced
            C,Centro C,Centre C,circuit,none,0,1,,s,sourced
            """;
    private static final String PARAMETERS = "standard,name,value,unit,source,status\nHEALTH-X,n,1,units,s,sourced\n";

    private static Catalogue read(Map<String, String> files) {
        return Catalogue.read(Sector.HEALTH, f -> Optional.ofNullable(files.get(f)).map(s -> (InputStream)
                new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))), "health/");
    }

    private static List<String> problems(Map<String, String> files) {
        InputException e = assertThrows(InputException.class, () -> read(files));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void substitutionIsTransitiveAndPerMeasure() {
        Catalogue c = read(Map.of(Catalogue.TYPOLOGIES, TYPOLOGIES, Catalogue.PARAMETERS, PARAMETERS,
                Catalogue.SUBSTITUTIONS, """
                        typology,stands_in_for,measure,source,status
                        A,P,establishments,s,sourced
                        B,A,establishments;staff,s,sourced
                        C,B,establishments,s,assumed
                        """));
        assertEquals(Set.of("A", "B", "C"), c.standIns("P", Measure.ESTABLISHMENTS));
        assertEquals(Set.of("B"), c.standIns("A", Measure.STAFF));
        assertEquals(Set.of(), c.standIns("C", Measure.ESTABLISHMENTS));
        assertEquals(Set.of("A", "B", "C"), c.countedSupply(Set.of("A"), Measure.ESTABLISHMENTS));
        assertEquals(Set.of("A"), c.countedSupply(Set.of("A"), Measure.PLACES));
        assertEquals(3, c.substitutions().size());
    }

    @Test
    void theEmbeddedSubstitutionsLetEveryFirstLevelCentreServeAsAPostAndEverySchoolsSeatsCount() {
        Catalogue c = StandardsEngine.embeddedCatalogue();
        assertEquals(Set.of("CS_A", "CS_B", "CS_C"), c.standIns("PUESTO_SALUD", Measure.ESTABLISHMENTS));
        assertEquals(Set.of("ESCUELA", "ESCUELA_PARTICULAR", "UEM_MENOR", "SIGLO_XXI"),
                c.standIns("UEM_MAYOR", Measure.PLACES));
        assertEquals(Set.of("UEM_MENOR", "SIGLO_XXI"), c.standIns("UEM_MAYOR", Measure.ESTABLISHMENTS));
        assertEquals(Set.of("HOSPITAL_GENERAL", "HOSPITAL_ESPECIALIZADO"), c.standIns("HOSPITAL_BASICO",
                Measure.PLACES));
    }

    @Test
    void aBrokenSubstitutionOrMinimumSetRowIsReportedAtItsLine() {
        List<String> problems = problems(Map.of(Catalogue.TYPOLOGIES, TYPOLOGIES, Catalogue.PARAMETERS, PARAMETERS,
                Catalogue.SUBSTITUTIONS, """
                        typology,stands_in_for,measure,source,status
                        A,A,establishments,s,sourced
                        B,UPC_A,establishments,s,sourced
                        C,B,seats,s,sourced
                        """, Catalogue.MINIMUM_SET, """
                        level,item,typologies,quantity,source,status
                        parish,post,P,1,s,assumed
                        circuit,centre,A;;B,0,s,assumed
                        """));
        assertEquals(List.of(
                "health/substitutions.csv:2: stands_in_for: a typology cannot stand in for itself (value \"A\")",
                "health/substitutions.csv:3: stands_in_for: is not a typology of the health typologies.csv (a"
                        + " sector's substitutions and minimum set name its own typologies) (value \"UPC_A\")",
                "health/substitutions.csv:4: measure: unknown measure \"seats\" (expected establishments, places or"
                        + " staff) (value \"seats\")",
                "health/minimum_set.csv:2: level: must be circuit, district, zone or nation (value \"parish\")",
                "health/minimum_set.csv:3: typologies: holds an empty entry (write entries separated by ;) (value"
                        + " \"A;;B\")",
                "health/minimum_set.csv:3: quantity: must be at least 1 (value \"0\")"), problems);
    }

    @Test
    void theMinimumSetIsReadPerLevel() {
        Catalogue c = read(Map.of(Catalogue.TYPOLOGIES, TYPOLOGIES, Catalogue.PARAMETERS, PARAMETERS,
                Catalogue.MINIMUM_SET, """
                        level,item,typologies,quantity,source,status
                        circuit,health centre type A,A;B;C,1,"template",assumed
                        """));
        MinimumItem m = c.minimumSet().get(0);
        assertEquals(List.of(Level.CIRCUIT, "health centre type A", List.of("A", "B", "C"), 1L),
                List.of(m.level(), m.item(), m.typologies(), m.quantity()));
    }

    @Test
    void aParameterRangeMustHoldItsValueAndBeGivenWhole() {
        List<String> problems = problems(Map.of(Catalogue.TYPOLOGIES, TYPOLOGIES, Catalogue.PARAMETERS, """
                standard,name,value,unit,source,status,low,high,range_source
                HEALTH-X,a,5,units,s,assumed,1,4,spread
                HEALTH-X,b,5,units,s,assumed,6,4,spread
                HEALTH-X,c,5,units,s,assumed,1,,
                HEALTH-X,d,5,units,s,assumed,1,9,spread
                """));
        assertEquals(List.of(
                "health/parameters.csv:2: value: must lie within its range, low 1 to high 4 (value \"5\")",
                "health/parameters.csv:3: low: low must not be above high (4) (value \"6\")",
                "health/parameters.csv:4: high: must not be empty",
                "health/parameters.csv:4: range_source: must not be empty"), problems);
        Catalogue ok = read(Map.of(Catalogue.TYPOLOGIES, TYPOLOGIES, Catalogue.PARAMETERS, """
                standard,name,value,unit,source,status,low,high,range_source
                HEALTH-X,d,5,units,s,assumed,1,9,spread
                """));
        Parameter d = ok.parameters().get(0);
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.valueOf(9), "spread"), List.of(d.range().low(),
                d.range().high(), d.range().source()));
    }

    @Test
    void everyEmbeddedParameterThatIsNotSourcedHasARange() {
        List<String> unranged = StandardsEngine.embeddedCatalogue().parameters().stream()
                .filter(p -> p.provenance().isAssumption() && p.range() == null)
                .map(p -> p.standard() + "/" + p.name()).toList();
        assertEquals(List.of(), unranged);
    }
}
