package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ProjectionProperties {
    private static final Gen<TerritoryData> TERRITORIES = TerritoryGenerators.validTerritories();

    @Test
    void aProjectionIndexesItsDataAsATerritoryMadeFromScratchWould() {
        qt().withExamples(300).forAll(TERRITORIES).checkAssert(data -> {
            Territory later = Territory.of(data).projectedTo(TerritoryGenerators.PROJECTION_YEAR);
            assertSameIndex(Territory.of(later.data()), later);
        });
    }

    @Test
    void aProjectionOfAProjectionIsTheProjectionOfTheCensus() {
        qt().withExamples(100).forAll(TERRITORIES).checkAssert(data -> {
            Territory census = Territory.of(data);
            Territory later = census.projectedTo(TerritoryGenerators.PROJECTION_YEAR);
            assertSameIndex(later, later.projectedTo(TerritoryGenerators.PROJECTION_YEAR));
            assertSameIndex(census, later.projectedTo(TerritoryGenerators.CENSUS_YEAR));
        });
    }

    private static void assertSameIndex(Territory expected, Territory actual) {
        assertEquals(expected.urbanParishes(), actual.urbanParishes());
        for (Level level : Level.values()) {
            assertEquals(expected.units(level), actual.units(level), level::toString);
            for (TerritorialUnit u : expected.units(level)) {
                UnitCode c = u.code();
                assertEquals(u, actual.unit(c));
                assertEquals(expected.parent(c), actual.parent(c), c::toString);
                assertEquals(expected.children(c), actual.children(c), c::toString);
                assertEquals(expected.demographics(c), actual.demographics(c), c::toString);
                assertEquals(expected.ageBasis(c), actual.ageBasis(c), c::toString);
                if (c instanceof ParishCode p) {
                    assertEquals(expected.partsOf(p), actual.partsOf(p), c::toString);
                    assertEquals(expected.circuitsHolding(p), actual.circuitsHolding(p), c::toString);
                    assertEquals(expected.ageStructure(p), actual.ageStructure(p), c::toString);
                    assertEquals(expected.urbanParish(p), actual.urbanParish(p), c::toString);
                } else if (c instanceof CircuitCode circuit) {
                    assertEquals(expected.partsOf(circuit), actual.partsOf(circuit), c::toString);
                }
            }
        }
    }
}
