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
}
