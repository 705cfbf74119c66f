package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A planner's story on the embedded Ecuador territory: police supply in Sigchos, one of the pilot districts. */
class StandardsEngineTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final DistrictCode SIGCHOS = DistrictCode.of("05D05");
    private static final EvaluationOptions POLICE = EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.POLICE));

    private static Establishment upc(String id, CircuitCode circuit, Condition condition, Coordinates at) {
        return new Establishment(id, Sector.POLICE, "UPC_B", null, circuit, at, condition, 16, 17, id);
    }

    private static DeficitLine line(Evaluation e, String code, String typology, Measure m) {
        return e.lines().stream().filter(l -> l.code().value().equals(code) && l.typology().equals(typology)
                && l.measure() == m).findFirst().orElseThrow(() -> new AssertionError(code + " " + typology));
    }

    @Test
    void aCircuitWithAUsableCommunityPoliceUnitHasNoDeficitAndItsNeighboursDo() {
        List<io.github.desconcentra.territory.UnitCode> circuits = ECUADOR.children(SIGCHOS);
        CircuitCode first = (CircuitCode) circuits.get(0);
        Inventory inv = new Inventory(List.of(upc("UPC-1", first, Condition.NEEDS_REPAIR, null)), List.of());
        Evaluation e = ENGINE.evaluate(ECUADOR, inv, POLICE);
        DeficitLine covered = line(e, first.value(), "UPC_B", Measure.ESTABLISHMENTS);
        assertEquals(1, covered.required());
        assertEquals(1, covered.usableSupply());
        assertEquals(1, covered.repairSupply());
        assertEquals(0, covered.deficit());
        DeficitLine district = e.lines().stream().filter(l -> l.code().equals(SIGCHOS) && l.scope()
                == DeficitLine.Scope.ROLLUP && l.typology().equals("UPC_B")).findFirst().orElseThrow();
        assertEquals(circuits.size() - 1, district.deficit(), "a surplus elsewhere never fills a deficit");
        DeficitLine staff = line(e, SIGCHOS.value(), "UVC", Measure.STAFF);
        assertEquals(17, staff.usableSupply(), "police staff of the circuits count at district level");
    }

    @Test
    void unusableEstablishmentsAreNotSupplyAndDuplicatesAreFlaggedNotCountedTwice() {
        CircuitCode c = (CircuitCode) ECUADOR.children(SIGCHOS).get(0);
        Coordinates at = new Coordinates(-0.7, -78.9);
        Inventory inv = new Inventory(List.of(upc("A", c, Condition.GOOD, at),
                upc("B", c, Condition.GOOD, new Coordinates(-0.70001, -78.90001)),
                upc("C", c, Condition.UNUSABLE, null)), List.of());
        Evaluation e = ENGINE.evaluate(ECUADOR, inv, POLICE);
        assertEquals(List.of(new Redundancy("A", "B", "UPC_B", 2)), e.redundancies());
        assertEquals(1, line(e, c.value(), "UPC_B", Measure.ESTABLISHMENTS).usableSupply());
    }

    @Test
    void anEstablishmentOfADistrictTypologyLocatedInACircuitCountsAtItsDistrict() {
        ParishCode sigchos = ParishCode.of("050550");
        Establishment uvc = new Establishment("UVC-1", Sector.POLICE, "UVC", sigchos, null, null, Condition.GOOD, 350,
                300, "UVC Sigchos");
        Evaluation e = ENGINE.evaluate(ECUADOR, new Inventory(List.of(uvc), List.of()), POLICE);
        assertEquals(ECUADOR.circuitsHolding(sigchos), ENGINE.locate(ECUADOR, uvc).circuits());
        assertEquals(0, line(e, ECUADOR.districtsHolding(sigchos).get(0).value(), "UVC", Measure.ESTABLISHMENTS)
                .deficit());
    }

    @Test
    void everySectorHasDeficitsRolledUpToTheNation() {
        Evaluation e = ENGINE.evaluate(ECUADOR, Inventory.EMPTY, EvaluationOptions.DEFAULTS);
        for (Sector s : Sector.values()) {
            assertTrue(e.lines().stream().anyMatch(l -> l.sector() == s && l.level() == Level.NATION
                    && l.deficit() > 0), s.id());
        }
        DeficitLine beds = line(e, "EC", "HOSPITAL_GENERAL", Measure.PLACES);
        // 2 beds per 1,000 (MSP), of which 0.27 in the districts' basic hospitals: 1.73 per 1,000 in each zone.
        long expected = ECUADOR.zones().stream().mapToLong(z -> (ECUADOR.population(z.code()) * 173 + 99_999)
                / 100_000).sum();
        assertEquals(expected, beds.required());
        assertEquals(NationCode.of("EC"), beds.code());
    }

    @Test
    void aRunawayRuleSetStopsAtTheFireLimitNamingTheRules() {
        InputException ex = assertThrows(InputException.class, () -> ENGINE.evaluate(ECUADOR, Inventory.EMPTY,
                EvaluationOptions.DEFAULTS.withFireLimit(10)));
        assertTrue(ex.getMessage().contains("fire limit"), ex.getMessage());
    }
}
