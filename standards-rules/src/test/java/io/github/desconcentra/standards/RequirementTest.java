package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
