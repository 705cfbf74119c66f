package io.github.desconcentra.standards;

import static io.github.desconcentra.standards.RuleHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthStandardsTest {

    @Test
    void aCircuitOfFewerThan2000PeopleNeedsOneHealthPost() {
        assertEquals(List.of("PUESTO_SALUD establishments 1"), needs(Sector.HEALTH, circuit(1_999)));
    }

    @Test
    void aCircuitOf2000To10000PeopleNeedsOneHealthCentreTypeA() {
        assertEquals(List.of("CS_A establishments 1"), needs(Sector.HEALTH, circuit(2_000)));
        assertEquals(List.of("CS_A establishments 1"), needs(Sector.HEALTH, circuit(9_999)));
        assertEquals(List.of("CS_A establishments 1"), needs(Sector.HEALTH, circuit(10_000)));
    }

    @Test
    void aCircuitOfMoreThan10000PeopleNeedsAHealthCentreTypeBPer25000() {
        assertEquals(List.of("CS_B establishments 1"), needs(Sector.HEALTH, circuit(10_001)));
        assertEquals(List.of("CS_B establishments 1"), needs(Sector.HEALTH, circuit(25_000)));
        assertEquals(List.of("CS_B establishments 2"), needs(Sector.HEALTH, circuit(25_001)));
    }

    @Test
    void aDistrictNeedsAHealthCentreTypeCPer50000AndWorkforcePer10000() {
        assertEquals(List.of("CS_C establishments 1", "EQUIPO_SALUD staff 115"),
                needs(Sector.HEALTH, district(50_000)));
        assertEquals(List.of("CS_C establishments 2", "EQUIPO_SALUD staff 116"),
                needs(Sector.HEALTH, district(50_001)));
        assertEquals(List.of("CS_C establishments 1", "EQUIPO_SALUD staff 0"), needs(Sector.HEALTH, district(0)));
    }

    @Test
    void aZoneNeedsTwoBedsPerThousandInHospitalsOf300Beds() {
        assertEquals(List.of("HOSPITAL_GENERAL establishments 7", "HOSPITAL_GENERAL places 2000"),
                needs(Sector.HEALTH, zone(1_000_000)));
        assertEquals(List.of("HOSPITAL_GENERAL establishments 1", "HOSPITAL_GENERAL places 1"),
                needs(Sector.HEALTH, zone(1)));
    }

    @Test
    void everyRequirementNamesItsRuleStandardAndProvenance() {
        Requirement r = fire(Sector.HEALTH, circuit(5_000)).get(0);
        assertEquals("A circuit of 2,000 to 10,000 people needs one health centre type A", r.rule());
        assertEquals("HEALTH-CS-A", r.standard());
        assertEquals("sourced", r.provenance().status().id());
        assertEquals("population=5000", r.inputs());
    }
}
