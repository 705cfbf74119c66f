package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Provenance;
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
