package io.github.desconcentra.standards;

import static io.github.desconcentra.standards.RuleHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthStandardsTest {

    @Test
    void aCircuitOfFewerThan2000PeopleNeedsOneHealthPost() {
        assertEquals(List.of("PUESTO_SALUD establishments 1"), needs(Sector.HEALTH, circuit(1_999)));
        assertEquals(List.of("PUESTO_SALUD establishments 1"), needs(Sector.HEALTH, circuit(0)));
    }

    @Test
    void aCircuitOfAtLeast2000PeopleNeedsATypeACentrePer10000() {
        assertEquals(List.of("CS_A establishments 1"), needs(Sector.HEALTH, circuit(2_000)));
        assertEquals(List.of("CS_A establishments 1"), needs(Sector.HEALTH, circuit(10_000)));
        assertEquals(List.of("CS_A establishments 2"), needs(Sector.HEALTH, circuit(10_001)));
        assertEquals(List.of("CS_A establishments 3"), needs(Sector.HEALTH, circuit(20_001)));
    }

    @Test
    void aTypeACentreCountsTheTypeBAndCCentresOfItsCircuitAndAPostCountsEveryCentre() {
        Requirement a = fire(Sector.HEALTH, circuit(5_000)).get(0);
        assertEquals(Set.of("CS_A", "CS_B", "CS_C"), a.supply());
        Requirement post = fire(Sector.HEALTH, circuit(500)).get(0);
        assertEquals(Set.of("PUESTO_SALUD", "CS_A", "CS_B", "CS_C"), post.supply());
    }

    @Test
    void aDistrictNeedsATypeBCentreFrom10000To25000PeopleAndATypeCPer50000Above() {
        assertEquals(List.of(), centres(district(9_999)));
        assertEquals(List.of("CS_B establishments 1"), centres(district(10_000)));
        assertEquals(List.of("CS_B establishments 1"), centres(district(25_000)));
        assertEquals(List.of("CS_C establishments 1"), centres(district(25_001)));
        assertEquals(List.of("CS_C establishments 1"), centres(district(50_000)));
        assertEquals(List.of("CS_C establishments 2"), centres(district(50_001)));
    }

    private static List<String> centres(UnitFact district) {
        return needs(Sector.HEALTH, district).stream().filter(n -> n.startsWith("CS_")).toList();
    }

    @Test
    void aDistrictNeedsABasicHospitalWith027BedsPer1000ThatAGeneralHospitalCanServeAs() {
        List<String> needs = needs(Sector.HEALTH, district(90_000));
        assertEquals(List.of("HOSPITAL_BASICO establishments 1", "HOSPITAL_BASICO places 25"),
                needs.stream().filter(n -> n.startsWith("HOSPITAL")).toList(), "90,000 x 0.27 / 1,000 = 24.3");
        Requirement beds = fire(Sector.HEALTH, district(90_000)).stream().filter(r -> r.measure() == Measure.PLACES)
                .findFirst().orElseThrow();
        assertEquals(Set.of("HOSPITAL_BASICO", "HOSPITAL_GENERAL", "HOSPITAL_ESPECIALIZADO"), beds.supply());
    }

    @Test
    void aDistrictNeedsWorkforceForTwentyThreeProfessionalsPer10000InAllHealthStaff() {
        assertEquals("EQUIPO_SALUD staff 351", needs(Sector.HEALTH, district(90_000)).stream()
                .filter(n -> n.startsWith("EQUIPO")).findFirst().orElseThrow(), "90,000 x 23 / (10,000 x 0.59)");
        assertEquals("EQUIPO_SALUD staff 0", needs(Sector.HEALTH, district(0)).stream()
                .filter(n -> n.startsWith("EQUIPO")).findFirst().orElseThrow());
        Requirement staff = fire(Sector.HEALTH, district(90_000)).stream().filter(r -> r.measure() == Measure.STAFF)
                .findFirst().orElseThrow();
        assertEquals(Set.of("EQUIPO_SALUD", "PUESTO_SALUD", "CS_A", "CS_B", "CS_C", "HOSPITAL_BASICO",
                "HOSPITAL_GENERAL", "HOSPITAL_ESPECIALIZADO"), staff.supply());
    }

    @Test
    void aZoneNeedsTheRestOfTwoBedsPer1000InGeneralHospitalsOf300Beds() {
        assertEquals(List.of("COORDINACION_ZONAL_SALUD establishments 1", "HOSPITAL_GENERAL establishments 6",
                "HOSPITAL_GENERAL places 1730"), needs(Sector.HEALTH, zone(1_000_000)),
                "2,000 beds (MSP: 2 per 1,000) less 270 in basic hospitals (0.27 per 1,000) = 1,730, in 6 of 300");
        assertEquals(List.of("COORDINACION_ZONAL_SALUD establishments 1", "HOSPITAL_GENERAL establishments 1",
                "HOSPITAL_GENERAL places 1"), needs(Sector.HEALTH, zone(1)));
    }

    @Test
    void theExecutivesHealthOfficesAreADirectoratePerDistrictAndACoordinationPerZone() {
        assertEquals(1, needs(Sector.HEALTH, district(90_000)).stream()
                .filter(n -> n.equals("DIRECCION_DISTRITAL_SALUD establishments 1")).count());
        assertEquals(1, needs(Sector.HEALTH, zone(1_000_000)).stream()
                .filter(n -> n.equals("COORDINACION_ZONAL_SALUD establishments 1")).count());
    }

    @Test
    void everyRequirementNamesItsRuleStandardAndProvenance() {
        Requirement r = fire(Sector.HEALTH, circuit(5_000)).get(0);
        assertEquals("A circuit of at least 2,000 people needs a health centre type A per 10,000 people", r.rule());
        assertEquals("HEALTH-CS-A", r.standard());
        assertEquals("sourced", r.provenance().status().id());
        assertEquals("population=5000; population_per_centre=10000", r.inputs());
    }
}
