package io.github.desconcentra.standards;

import static io.github.desconcentra.standards.RuleHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.CircuitCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherSectorStandardsTest {
    private static final CircuitCode C = CircuitCode.of("17D01C01");

    @Test
    void schoolSeatsFollowTheSchoolAgePopulationAndTheHubTypologyItsBand() {
        assertEquals(List.of("SIGLO_XXI establishments 2", "SIGLO_XXI places 1139", "SIGLO_XXI staff 33"),
                needs(Sector.EDUCATION, unit(C, 5_000, 0, 1_139, 0)));
        assertEquals(List.of("UEM_MENOR establishments 1", "UEM_MENOR places 1140", "UEM_MENOR staff 33"),
                needs(Sector.EDUCATION, unit(C, 5_000, 0, 1_140, 0)));
        assertEquals(List.of("UEM_MENOR establishments 2", "UEM_MENOR places 2279", "UEM_MENOR staff 66"),
                needs(Sector.EDUCATION, unit(C, 9_000, 0, 2_279, 0)));
        assertEquals(List.of("UEM_MAYOR establishments 1", "UEM_MAYOR places 2280", "UEM_MAYOR staff 66"),
                needs(Sector.EDUCATION, unit(C, 9_000, 0, 2_280, 0)));
    }

    @Test
    void aCircuitWithAtLeast40TargetChildrenNeedsCibvPlacesCentresAndEducators() {
        assertEquals(List.of("CIBV establishments 1", "CIBV places 41", "CIBV staff 5"),
                needs(Sector.INCLUSION, unit(C, 5_000, 134, 0, 0)), "134 x 0.3 = 40.2: 41 places, 5 educators");
    }

    @Test
    void aCircuitBelowTheCibvMinimumNeedsHomeVisits() {
        assertEquals(List.of("CNH places 40", "CNH staff 1"), needs(Sector.INCLUSION, unit(C, 5_000, 133, 0, 0)),
                "133 x 0.3 = 39.9, below 40: home visits for ceil(39.9) = 40 children");
        assertEquals(List.of(), needs(Sector.INCLUSION, unit(C, 100, 0, 0, 0)));
    }

    @Test
    void aCircuitNeedsOneCommunityPoliceUnitOfTheTypeItsPopulationCalls() {
        assertEquals(List.of("UPC_B establishments 1"), needs(Sector.POLICE, circuit(14_999)));
        assertEquals(List.of("UPC_A establishments 1"), needs(Sector.POLICE, circuit(15_000)));
    }

    @Test
    void aDistrictNeedsOneUvcAndFourPolicePerThousand() {
        assertEquals(List.of("UVC establishments 1", "UVC staff 400"), needs(Sector.POLICE, district(100_000)));
        assertEquals(List.of("UVC establishments 1", "UVC staff 401"), needs(Sector.POLICE, district(100_001)));
    }

    @Test
    void aZoneNeedsPrisonPlacesWithAMarginAndAJuvenileCentre() {
        assertEquals(List.of("CAI establishments 1", "CRS_REGIONAL establishments 1", "CRS_REGIONAL places 2376"),
                needs(Sector.REHABILITATION, zone(1_000_000)), "1,000,000 x 216 x 1.1 / 100,000 = 2,376");
    }

    @Test
    void aDistrictNeedsAFireStationPer50000AndAFirefighterPerThousand() {
        assertEquals(List.of("ESTACION_BOMBEROS establishments 1", "ESTACION_BOMBEROS staff 50"),
                needs(Sector.FIRE, district(50_000)));
        assertEquals(List.of("ESTACION_BOMBEROS establishments 2", "ESTACION_BOMBEROS staff 51"),
                needs(Sector.FIRE, district(50_001)));
    }
}
