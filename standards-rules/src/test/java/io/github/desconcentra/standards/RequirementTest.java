package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Provenance;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementTest {
    @Test
    void aPopulationHolding65IsNotAnAgeGroup() {
        assertFalse(Requirement.restsOnAgeGroups("population=16500; people_per_unit=12000"));
        assertFalse(Requirement.restsOnAgeGroups("population=9999; basic_beds_per_population=1.65/1000"));
    }

    @Test
    void childrenSchoolAgeAndAdultsOver65AreAgeGroups() {
        assertTrue(Requirement.restsOnAgeGroups("children_3_4=120 x 0.25; school_age_5_14=900 x 0.03"));
        assertTrue(Requirement.restsOnAgeGroups("school_age=1000"));
        assertTrue(Requirement.restsOnAgeGroups("adults_65_plus=3200; centres_per_district=1"));
        assertTrue(Requirement.restsOnAgeGroups("places=40; children_per_centre=60"));
    }

    @Test
    void inputsWithoutNamesRestOnNoAgeGroup() {
        assertFalse(Requirement.restsOnAgeGroups(""));
        assertFalse(Requirement.restsOnAgeGroups("units=3"));
    }

    @Test
    void ratiosRoundUpAsTheStandardsSay() {
        // ceil(16,500 / 12,000), one unit per 50,000 at the edge, 1.65 beds per 1,000 of 9,999 people: 16.498... -> 17
        assertEquals(2, Requirement.Builder.ceilingOf(16_500, BigDecimal.ONE, new BigDecimal("12000")));
        assertEquals(1, Requirement.Builder.ceilingOf(50_000, BigDecimal.ONE, new BigDecimal("50000")));
        assertEquals(2, Requirement.Builder.ceilingOf(50_001, BigDecimal.ONE, new BigDecimal("50000")));
        assertEquals(17, Requirement.Builder.ceilingOf(9_999, new BigDecimal("1.65"), new BigDecimal("1000")));
        assertEquals(0, Requirement.Builder.ceilingOf(0, new BigDecimal("0.25"), new BigDecimal("2.5")));
        assertEquals(-2, Requirement.Builder.ceilingOf(-5, BigDecimal.ONE, new BigDecimal("2")));
    }

    @Test
    void quotientsBeyondTheLargestRequirementAreLeftToBigDecimals() {
        assertEquals(Requirement.NOT_IN_LONG, Requirement.Builder.ceilingOf(Long.MAX_VALUE, BigDecimal.TEN,
                BigDecimal.ONE));
        assertEquals(Requirement.NOT_IN_LONG, Requirement.Builder.ceilingOf(Requirement.MAX_QUANTITY + 1,
                BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(Requirement.MAX_QUANTITY, Requirement.Builder.ceilingOf(Requirement.MAX_QUANTITY,
                BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(Requirement.NOT_IN_LONG, Requirement.Builder.ceilingOf(3, new BigDecimal("1E-30"),
                BigDecimal.ONE));
    }

    @Test
    void anAgeGroupIsFoundOnlyInsideAName() {
        assertFalse(Requirement.restsOnAgeGroups("population=165; people_per_unit=12000"));
        assertTrue(Requirement.restsOnAgeGroups("population=1650; adults_65_plus=3200"));
        assertTrue(Requirement.restsOnAgeGroups("children"));
    }

    @Test
    void requirementsOfOneSessionShareEqualInputsTexts() {
        Map<String, String> texts = new HashMap<>();
        Requirement police = requirement("police unit", new String("population=12345; people_per_unit=5000"));
        Requirement station = requirement("station", new String("population=12345; people_per_unit=5000"));
        assertNotSame(police.inputs(), station.inputs());

        Requirement first = police.withSupply(Set.of("UPC"), texts);
        Requirement second = station.withSupply(Set.of("UPC", "UVC"), texts);

        assertSame(police, first);
        assertSame(first.inputs(), second.inputs());
        assertEquals("population=12345; people_per_unit=5000", second.inputs());
        assertEquals(Set.of("UPC", "UVC"), second.supply());
        assertEquals(station.quantity(), second.quantity());
        assertEquals("station", second.rule());
    }

    private static Requirement requirement(String rule, String inputs) {
        return new Requirement(CircuitCode.of("17D01C01"), Sector.POLICE, "UPC", Measure.ESTABLISHMENTS, 3,
                Set.of("UPC"), rule, "police-upc", new Provenance("test", Provenance.Status.ASSUMED), inputs);
    }
}
