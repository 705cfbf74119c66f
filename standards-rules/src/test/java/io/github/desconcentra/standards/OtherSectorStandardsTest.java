package io.github.desconcentra.standards;

import static io.github.desconcentra.standards.RuleHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OtherSectorStandardsTest {
    private static final CircuitCode C = CircuitCode.of("17D01C01");

    private static UnitFact school(long schoolAge, long children3to4, long basic) {
        return new UnitFact(C, Level.CIRCUIT, "test", 20_000, 0, children3to4, schoolAge, 0, 0, basic,
                schoolAge - basic);
    }

    @Test
    void seatsFollowTheInitialBasicAndBachilleratoGroupsInTheHubTypologyOfTheBand() {
        assertEquals(List.of("SIGLO_XXI establishments 1", "SIGLO_XXI places 1339", "SIGLO_XXI staff 39"),
                needs(Sector.EDUCATION, school(1_139, 200, 900)), "200 + 900 + 239 seats, 1,339 / 35 teachers");
        assertEquals(List.of("UEM_MENOR establishments 1", "UEM_MENOR places 1140", "UEM_MENOR staff 33"),
                needs(Sector.EDUCATION, school(1_140, 0, 900)));
        assertEquals(List.of("UEM_MENOR establishments 1", "UEM_MENOR places 2279", "UEM_MENOR staff 66"),
                needs(Sector.EDUCATION, school(2_279, 0, 1_800)));
        assertEquals(List.of("UEM_MAYOR establishments 1", "UEM_MAYOR places 2280", "UEM_MAYOR staff 66"),
                needs(Sector.EDUCATION, school(2_280, 0, 1_800)));
    }

    @Test
    void everySchoolsSeatsCountPublicAndPrivateAndAMillenniumBuildingIsTheHub() {
        List<Requirement> reqs = fire(Sector.EDUCATION, school(3_000, 0, 2_300));
        Requirement seats = reqs.stream().filter(r -> r.measure() == Measure.PLACES).findFirst().orElseThrow();
        assertEquals(Set.of("UEM_MAYOR", "UEM_MENOR", "SIGLO_XXI", "ESCUELA", "ESCUELA_PARTICULAR"), seats.supply());
        Requirement hub = reqs.stream().filter(r -> r.measure() == Measure.ESTABLISHMENTS).findFirst().orElseThrow();
        assertEquals(Set.of("UEM_MAYOR", "UEM_MENOR", "SIGLO_XXI"), hub.supply());
    }

    @Test
    void cibvPlacesFollowTheTargetChildrenOf12To36MonthsFromFortyOn() {
        assertEquals(List.of("CIBV establishments 1", "CIBV places 41", "CIBV staff 5", "CNH places 20", "CNH staff 1"),
                needs(Sector.INCLUSION, new UnitFact(C, Level.CIRCUIT, "t", 5_000, 200, 0, 0, 0, 134, 0, 0)),
                "134 x 0.3 = 40.2: 41 places, 5 educators; 66 under one x 0.3 = 19.8: 20 home visits");
    }

    @Test
    void belowTheCibvMinimumEveryTargetChildUnderThreeGetsHomeVisits() {
        assertEquals(List.of("CNH places 60", "CNH staff 1"),
                needs(Sector.INCLUSION, new UnitFact(C, Level.CIRCUIT, "t", 5_000, 200, 0, 0, 0, 133, 0, 0)),
                "133 x 0.3 = 39.9, below 40: home visits for 200 x 0.3 = 60 children");
        assertEquals(List.of(), needs(Sector.INCLUSION, unit(C, 100, 0, 0, 0)));
    }

    @Test
    void aDistrictNeedsAGerontologicalCentreFrom70PeopleOver65ADisabilityDayCentreAndADirectorate() {
        DistrictCode d = DistrictCode.of("17D01");
        assertEquals(List.of("DIRECCION_DISTRITAL_MIES establishments 1", "DISCAPACIDAD_DIURNO establishments 1"),
                needs(Sector.INCLUSION, unit(d, 1_000, 0, 0, 69)));
        assertEquals(List.of("DIRECCION_DISTRITAL_MIES establishments 1", "DISCAPACIDAD_DIURNO establishments 1",
                "GERONTOLOGICO_DIURNO establishments 1"), needs(Sector.INCLUSION, unit(d, 1_000, 0, 0, 70)));
    }

    @Test
    void aZoneNeedsAReferenceAndShelterCentreAndACoordination() {
        assertEquals(List.of("CENTRO_REFERENCIA_ACOGIDA establishments 1", "COORDINACION_ZONAL_MIES establishments 1"),
                needs(Sector.INCLUSION, zone(1_500_000)));
    }

    @Test
    void aCircuitNeedsACommunityPoliceUnitPerSubcircuitOfTypeBWhenSmallerThanOne() {
        assertEquals(List.of("UPC_B establishments 1"), needs(Sector.POLICE, circuit(8_731)));
        assertEquals(List.of("UPC_A establishments 1"), needs(Sector.POLICE, circuit(8_732)));
        assertEquals(List.of("UPC_A establishments 2"), needs(Sector.POLICE, circuit(17_464)));
        assertEquals(List.of("UPC_A establishments 3"), needs(Sector.POLICE, circuit(17_465)));
    }

    @Test
    void aDistrictNeedsOneUvcAndFourPolicePerThousand() {
        assertEquals(List.of("UVC establishments 1", "UVC staff 400"), needs(Sector.POLICE, district(100_000)));
        assertEquals(List.of("UVC establishments 1", "UVC staff 401"), needs(Sector.POLICE, district(100_001)));
    }

    @Test
    void theNationNeedsPlacesForItsSentencedInmatesInRegionalPrisons() {
        UnitFact ecuador = new UnitFact(NationCode.of("EC"), Level.NATION, "Ecuador", 16_938_986, 0, 0, 0, 0);
        assertEquals(List.of("CRS_REGIONAL establishments 10", "CRS_REGIONAL places 36907"),
                needs(Sector.REHABILITATION, ecuador),
                "16,938,986 x 216 / 100,000 x (1 - 0.083) x 1.1 = 36,906.4; 36,907 / 4,000 = 9.2");
    }

    @Test
    void aZoneNeedsPreTrialPlacesAJuvenileCentreAndACoordination() {
        assertEquals(List.of("CAI establishments 1", "CDP places 198", "COORDINACION_ZONAL_SNAI establishments 1"),
                needs(Sector.REHABILITATION, zone(1_000_000)), "1,000,000 x 216 / 100,000 x 0.083 x 1.1 = 197.2");
    }

    @Test
    void aDistrictNeedsAFireStationPer50000AndAFirefighterPerThousand() {
        assertEquals(List.of("ESTACION_BOMBEROS establishments 1", "ESTACION_BOMBEROS staff 50"),
                needs(Sector.FIRE, district(50_000)));
        assertEquals(List.of("ESTACION_BOMBEROS establishments 2", "ESTACION_BOMBEROS staff 51"),
                needs(Sector.FIRE, district(50_001)));
    }

    @Test
    void aStationIsStaffedForThePeopleItCoversAtTheFirefighterDensity() {
        Typology station = ENGINE.catalogue().typology("ESTACION_BOMBEROS").orElseThrow();
        Parameter perStation = ENGINE.catalogue().parameters().stream().filter(p -> p.name().equals(
                "population_per_station")).findFirst().orElseThrow();
        Parameter density = ENGINE.catalogue().parameters().stream().filter(p -> p.standard().equals("FIRE-STAFF")
                && p.name().equals("firefighters")).findFirst().orElseThrow();
        Parameter per = ENGINE.catalogue().parameters().stream().filter(p -> p.standard().equals("FIRE-STAFF")
                && p.name().equals("per_population")).findFirst().orElseThrow();
        assertEquals(perStation.whole() * density.whole() / per.whole(), station.staffTotal());
    }
}
