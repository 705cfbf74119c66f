package io.github.desconcentra.territory;

import static io.github.desconcentra.territory.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerritoryValidatorTest {

    private static List<Violation> errors(TerritoryData data) {
        return TerritoryValidator.validate(data).errors();
    }

    private static List<Check> checks(TerritoryData data) {
        return errors(data).stream().map(Violation::check).distinct().sorted().toList();
    }

    private static TerritoryData withCircuit(TerritoryData d, int index, Circuit replacement) {
        List<Circuit> circuits = new ArrayList<>(d.circuits());
        circuits.set(index, replacement);
        return d.withCircuits(circuits);
    }

    @Test
    void theSmallTerritoryIsValid() {
        assertEquals(List.of(), TerritoryValidator.validate(Fixtures.small()).violations());
    }

    @Test
    void aParishHeldByLessThanAllOfItsCircuitsIsPartlyCovered() {
        TerritoryData d = withCircuit(Fixtures.small(), 0, circuit(CITY_NORTH, new ParishShare(CITY,
                new BigDecimal("0.4"))));
        List<Violation> errors = errors(d);
        assertEquals(List.of(Check.PARISH_PARTLY_COVERED), checks(d));
        assertEquals("parish 010150 is held by circuits 01D01C01 (0.4), 01D01C02 (0.5) with shares adding up to 0.9:"
                + " part of its population lies in no circuit", errors.get(0).message());
        assertEquals(List.of(CITY, CITY_NORTH, CITY_SOUTH), errors.get(0).codes());
    }

    @Test
    void aDistrictHoldingPartOfACantonAndAnotherCantonCrossesCantonBoundaries() {
        TerritoryData d = withCircuit(Fixtures.small(), 2, circuit(TOWN_CIRCUIT, ParishShare.whole(TOWN)));
        List<Circuit> circuits = new ArrayList<>(d.circuits());
        circuits.set(1, circuit(CITY_SOUTH, half(CITY)));
        circuits.add(circuit(CircuitCode.of("01D02C02"), ParishShare.whole(RURAL)));
        assertEquals(List.of(Check.DISTRICT_CROSSES_CANTON), checks(d.withCircuits(circuits)));
    }

    @Test
    void aZoneHoldingPartOfAProvinceCrossesProvinceBoundaries() {
        List<District> districts = new ArrayList<>(Fixtures.small().districts());
        districts.set(1, new District(D0102, "D2", Z2, TOWN));
        TerritoryData d = Fixtures.small().withDistricts(districts);
        assertEquals(List.of(Check.ZONE_CROSSES_PROVINCE), checks(d));
        assertEquals(2, errors(d).size(), "both zones hold part of province 01");
    }

    @Test
    void aMetropolitanZoneMayTakeCantonsOutOfAProvince() {
        List<District> districts = new ArrayList<>(Fixtures.small().districts());
        districts.set(0, new District(D0101, "D1", ZoneCode.of("Z3"), CITY));
        TerritoryData d = Fixtures.small().withDistricts(districts);
        List<Zone> zones = new ArrayList<>(d.zones());
        zones.add(new Zone(ZoneCode.of("Z3"), "Metro", Set.of(C0101)));
        TerritoryData metro = new TerritoryData(d.nation(), d.censusYear(), d.provinces(), d.cantons(), d.parishes(),
                zones, d.districts(), d.circuits(), d.overrides(), d.ageShares(), d.projections());
        assertEquals(List.of(), errors(metro));
        List<Zone> wrong = new ArrayList<>(d.zones());
        wrong.add(new Zone(ZoneCode.of("Z3"), "Metro", Set.of(C0101, C0102)));
        TerritoryData mismatch = new TerritoryData(d.nation(), d.censusYear(), d.provinces(), d.cantons(),
                d.parishes(), wrong, d.districts(), d.circuits(), d.overrides(), d.ageShares(), d.projections());
        assertTrue(checks(mismatch).contains(Check.METROPOLITAN_ZONE_MISMATCH), errors(mismatch).toString());
    }

    @Test
    void aParishWhoseCodeDoesNotStartWithItsCantonIsNotNested() {
        List<Parish> parishes = new ArrayList<>(Fixtures.small().parishes());
        parishes.set(3, new Parish(OTHER, "X", C0102, ParishKind.URBAN_SEAT, null, 3_000, ""));
        TerritoryData d = Fixtures.small().withParishes(parishes);
        assertTrue(checks(d).contains(Check.CODE_NOT_NESTED), errors(d).toString());
    }

    @Test
    void demographicsSuppliedForADistrictAreRefused() {
        TerritoryData d = Fixtures.small().withOverrides(List.of(new DemographicOverride(D0102,
                Demographics.withUniformSubgroups(5_000, 1, 1, 1, 1))));
        assertEquals(List.of(Check.OVERRIDE_UNIT), checks(d));
    }

    @Test
    void aCircuitPopulationThatDoesNotMatchItsParishesDoesNotAddUp() {
        TerritoryData d = Fixtures.small().withOverrides(List.of(new DemographicOverride(CITY_NORTH,
                Demographics.withUniformSubgroups(5_000, 1, 1, 1, 1))));
        assertEquals("the population supplied for circuit 01D01C01 is 5000 but its parishes add up to 5001",
                errors(d).get(0).message());
    }

    @Test
    void anUnknownDistrictSeatIsOnlyAWarning() {
        List<District> districts = new ArrayList<>(Fixtures.small().districts());
        districts.set(2, new District(D0201, "D3", Z2, ParishCode.of("020199")));
        ValidationReport r = TerritoryValidator.validate(Fixtures.small().withDistricts(districts));
        assertEquals(List.of(), r.errors());
        assertEquals(Check.UNKNOWN_SEAT, r.warnings().get(0).check());
    }

    @Test
    void aCircuitNamingAnUnknownParishIsReported() {
        TerritoryData d = withCircuit(Fixtures.small(), 3, circuit(OTHER_CIRCUIT, ParishShare.whole(OTHER),
                ParishShare.whole(ParishCode.of("020151"))));
        assertEquals(List.of(Check.UNKNOWN_PARISH), checks(d));
    }

    @Test
    void aCircuitOfTheFormerNonDelimitedZonesMayLieInAnyDistrict() {
        TerritoryData d = withCircuit(Fixtures.small(), 3, new Circuit(CircuitCode.of("000C01"), "EL PIEDRERO", D0201,
                List.of(ParishShare.whole(OTHER))));
        assertEquals(List.of(), TerritoryValidator.validate(d).violations());
        assertEquals(D0201, Territory.of(d).circuit(CircuitCode.of("000C01")).district());
        TerritoryData nested = withCircuit(Fixtures.small(), 3, new Circuit(CircuitCode.of("01D02C05"), "X", D0201,
                List.of(ParishShare.whole(OTHER))));
        assertEquals(List.of(Check.CODE_NOT_NESTED), checks(nested), "only 000C codes are exempt");
    }

    @Test
    void aCircuitOfTheFormerNonDelimitedZonesStillKeepsDistrictsWithinCantons() {
        List<Circuit> circuits = new ArrayList<>(Fixtures.small().circuits());
        circuits.set(2, circuit(TOWN_CIRCUIT, ParishShare.whole(TOWN)));
        circuits.add(new Circuit(CircuitCode.of("000C02"), "X", D0102, List.of(ParishShare.whole(RURAL))));
        circuits.set(1, circuit(CITY_SOUTH, half(CITY)));
        assertEquals(List.of(Check.DISTRICT_CROSSES_CANTON), checks(Fixtures.small().withCircuits(circuits)));
    }

    @Test
    void urbanParishesAreValidWhenTheyFitTheirSeatAndItsCircuits() {
        assertEquals(List.of(), TerritoryValidator.validate(Fixtures.withUrbanParishes()).violations());
    }

    @Test
    void anUrbanParishInACircuitThatHoldsNoPartOfItsSeatIsReported() {
        TerritoryData d = Fixtures.withUrbanParishes();
        List<UrbanParish> urban = new ArrayList<>(d.urbanParishes());
        urban.set(2, new UrbanParish(CENTRO, "CENTRO", CITY, List.of(CITY_NORTH, TOWN_CIRCUIT),
                UrbanParish.Placement.SEAT));
        List<Violation> errors = errors(d.withUrbanParishes(urban));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Check.URBAN_PARISH, errors.get(0).check());
        assertEquals("urban parish 010103 (CENTRO) may lie in circuit 01D02C01, which holds no part of its seat 010150",
                errors.get(0).message());
    }

    @Test
    void anUrbanParishMustNotReuseAParishCodeNorLieOutsideItsSeatsCanton() {
        TerritoryData d = Fixtures.withUrbanParishes();
        List<UrbanParish> urban = new ArrayList<>(d.urbanParishes());
        urban.add(new UrbanParish(RURAL, "CLASH", CITY, List.of(CITY_NORTH), UrbanParish.Placement.SEAT));
        urban.add(new UrbanParish(ParishCode.of("020101"), "ELSEWHERE", CITY, List.of(CITY_NORTH),
                UrbanParish.Placement.SEAT));
        urban.add(new UrbanParish(ParishCode.of("010104"), "NO SEAT", ParishCode.of("010159"), List.of(CITY_NORTH),
                UrbanParish.Placement.SEAT));
        assertEquals(List.of(Check.CODE_NOT_NESTED, Check.URBAN_PARISH), checks(d.withUrbanParishes(urban)));
        assertEquals(List.of(
                        "urban parish 020101 belongs to seat 010150 of canton 0101 but its code does not start with 0101",
                        "urban parish 010104 (NO SEAT) names seat 010159, which is not a parish",
                        "urban parish 010151 (CLASH) has the code of parish P010151"),
                errors(d.withUrbanParishes(urban)).stream().map(Violation::message).toList());
    }

    @Test
    void aPartNamedAfterAnUrbanParishMustBeOneOfItsCircuits() {
        TerritoryData d = Fixtures.withUrbanParishes();
        TerritoryData wrong = withCircuit(d, 0, circuit(CITY_NORTH, new ParishShare(CITY, new BigDecimal("0.5"),
                "SUR", SUR)));
        assertEquals(List.of("circuit 01D01C01 holds part of parish 010150 named urban parish 010102 (SUR), which"
                        + " belongs to seat 010150 and may lie in circuits [01D01C02]"),
                errors(wrong).stream().map(Violation::message).toList());
        TerritoryData unknown = withCircuit(d, 0, circuit(CITY_NORTH, new ParishShare(CITY, new BigDecimal("0.5"),
                "", ParishCode.of("010109"))));
        assertEquals(List.of(Check.URBAN_PARISH), checks(unknown));
    }

    @Test
    void anUrbanParishCodeUsedTwiceIsReported() {
        TerritoryData d = Fixtures.withUrbanParishes();
        List<UrbanParish> urban = new ArrayList<>(d.urbanParishes());
        urban.add(urban.get(0));
        assertEquals(List.of(Check.URBAN_PARISH), checks(d.withUrbanParishes(urban)));
    }
}
