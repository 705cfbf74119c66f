package io.github.desconcentra.territory;

import static io.github.desconcentra.territory.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerritoryTest {
    private final Territory territory = Territory.of(Fixtures.small());

    @Test
    void findsUnitsByCodeAndNamesTheUnknownOnes() {
        assertEquals("D1", territory.district(D0101).name());
        assertTrue(territory.find(DistrictCode.of("09D09")).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> territory.circuit(CircuitCode.of("01D01C09")));
        assertEquals("unknown circuit code: 01D01C09", e.getMessage());
    }

    @Test
    void walksBothHierarchiesUpAndDown() {
        assertEquals(List.of(C0101, P01, NationCode.of("EC")), territory.ancestors(CITY));
        assertEquals(List.of(D0101, Z1, NationCode.of("EC")), territory.ancestors(CITY_SOUTH));
        assertEquals(List.of(CITY_NORTH, CITY_SOUTH), territory.children(D0101));
        assertEquals(List.of(P01, P02, Z1, Z2), territory.children(NationCode.of("EC")));
        assertEquals(List.of(D0101, D0102), territory.children(Z1));
        assertEquals(3, territory.units(Level.CANTON).size());
    }

    @Test
    void tellsWhichCircuitsDistrictsAndZonesHoldAParish() {
        assertEquals(List.of(CITY_NORTH, CITY_SOUTH), territory.circuitsHolding(CITY));
        assertEquals(List.of(D0101), territory.districtsHolding(CITY));
        assertEquals(List.of(Z2), territory.zonesHolding(OTHER));
    }

    @Test
    void resolvesAnUrbanParishToEveryCircuitItMayLieIn() {
        Territory t = Territory.of(Fixtures.withUrbanParishes());
        assertEquals(List.of(CITY_NORTH), t.circuitsHolding(NORTE));
        assertEquals(List.of(CITY_NORTH, CITY_SOUTH), t.circuitsHolding(CENTRO), "sorted");
        assertEquals(List.of(TOWN_CIRCUIT), t.circuitsHolding(TOWN_CENTRE));
        assertEquals(List.of(D0101), t.districtsHolding(CENTRO));
        assertEquals(List.of(Z1), t.zonesHolding(SUR));
        assertEquals("SUR", t.urbanParish(SUR).orElseThrow().name());
        assertTrue(t.urbanParish(CITY).isEmpty(), "a parish is not an urban parish");
        assertEquals(List.of(NORTE, SUR, CENTRO, TOWN_CENTRE), t.urbanParishes().stream().map(UrbanParish::code)
                .toList());
        assertEquals(List.of(), territory.urbanParishes());
    }

    @Test
    void narrowsACodeToTheCircuitsOfTheDistrictARegistryGives() {
        Territory t = Territory.of(Fixtures.withUrbanParishes());
        assertEquals(List.of(CITY_NORTH, CITY_SOUTH), t.circuitsHolding(CENTRO, D0101));
        assertEquals(List.of(), t.circuitsHolding(CENTRO, D0102), "no circuit of the code in that district");
        assertEquals(List.of(TOWN_CIRCUIT), t.circuitsHolding(TOWN, D0102));
        assertEquals("unknown parish or urban parish code: 010199", assertThrows(IllegalArgumentException.class,
                () -> t.circuitsHolding(ParishCode.of("010199"))).getMessage());
        assertEquals("unknown district code: 09D09", assertThrows(IllegalArgumentException.class,
                () -> t.circuitsHolding(CITY, DistrictCode.of("09D09"))).getMessage());
    }

    @Test
    void splitsAParishExactlyAmongItsCircuits() {
        assertEquals(5_001, territory.population(CITY_NORTH), "the odd person goes to the lower circuit code");
        assertEquals(5_000 + 2_000, territory.population(CITY_SOUTH));
        assertEquals(12_001, territory.population(D0101));
        assertEquals(20_001, territory.population(NationCode.of("EC")));
    }

    @Test
    void estimatesTargetGroupsFromAgeSharesUnlessTheUserSuppliesThem() {
        assertEquals(new Demographics(3_000, 150, 102, 102, 780, 600, 180, 270), territory.demographics(OTHER));
        Demographics supplied = new Demographics(3_000, 90, 60, 60, 700, 540, 160, 400);
        Territory t = Territory.of(Fixtures.small().withOverrides(List.of(new DemographicOverride(OTHER, supplied))));
        assertEquals(supplied, t.demographics(OTHER));
        assertEquals(supplied, t.demographics(Z2));
    }

    @Test
    void rollsUpAnAdditiveMeasureLevelByLevel() {
        Map<UnitCode, Long> rolled = territory.rollUpCounts(Map.of(CITY_NORTH, 2L, TOWN_CIRCUIT, 3L));
        assertEquals(2L, rolled.get(D0101));
        assertEquals(5L, rolled.get(Z1));
        assertEquals(0L, rolled.get(Z2));
        assertEquals(5L, rolled.get(NationCode.of("EC")));
        assertEquals(0L, rolled.get(OTHER_CIRCUIT));
    }

    @Test
    void refusesToRollUpMixedLevels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> territory.rollUpCounts(Map.of(CITY_NORTH, 1L, D0102, 1L)));
        assertTrue(e.getMessage().startsWith("roll-up values must all be of one level"), e.getMessage());
    }

    @Test
    void projectsEachCantonByItsSeriesAndFallsBackToItsProvince() {
        Territory t2030 = territory.projectedTo(2030);
        assertEquals(2030, t2030.year());
        assertEquals(18_002, t2030.population(C0101), "12,001 x 1.5, half-even");
        assertEquals(7_500, t2030.population(C0102), "no series: grows as province 01 (1,000 -> 1,500)");
        assertEquals(2_700, t2030.population(C0201));
        assertEquals(12_001, t2030.projectedTo(2020).population(C0101));
    }

    @Test
    void aYearNoSeriesCoversIsOneProblemNamingTheYearsCovered() {
        InputException e = assertThrows(InputException.class, () -> territory.projectedTo(2040));
        assertEquals(List.of("projections: no population projection for 2040: the projections cover 2020-2030"
                + " (census year 2020)"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aCantonWhoseSeriesAndProvinceLackTheYearIsNamed() {
        TerritoryData data = Fixtures.small();
        TerritoryData gappy = data.withProjections(new PopulationProjections(Map.of(C0101, Map.of(2020, 1_000L,
                2030, 1_500L))));
        InputException e = assertThrows(InputException.class, () -> Territory.of(gappy).projectedTo(2030));
        assertTrue(e.getMessage().contains("no population projection for canton 0201"), e.getMessage());
    }

    @Test
    void refusesInvalidDataWithTheWholeReport() {
        TerritoryData broken = Fixtures.small().withCircuits(Fixtures.small().circuits().subList(0, 2));
        InvalidTerritoryException e = assertThrows(InvalidTerritoryException.class, () -> Territory.of(broken));
        assertEquals(List.of(Check.EMPTY_UNIT, Check.EMPTY_UNIT, Check.PARISH_NOT_COVERED,
                Check.PARISH_NOT_COVERED), e.report().errors().stream().map(Violation::check).sorted().toList());
        assertEquals(4, e.problems().size());
    }
}
