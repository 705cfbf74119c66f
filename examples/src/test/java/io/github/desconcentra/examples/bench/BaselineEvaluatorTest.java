package io.github.desconcentra.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast baseline gives the engine's lines, every field, in the engine's order. */
class BaselineEvaluatorTest {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final EvaluationOptions OPTIONS = EvaluationOptions.DEFAULTS.withDuplicateDistance(0);

    private static List<DeficitLine> sameAsEngine(Territory t, Inventory inventory) {
        List<DeficitLine> engine = ENGINE.evaluate(t, inventory, OPTIONS).lines();
        List<DeficitLine> baseline = new BaselineEvaluator(ENGINE).lines(t, inventory);
        for (int i = 0; i < Math.min(engine.size(), baseline.size()); i++) {
            assertEquals(engine.get(i), baseline.get(i), "line " + i);
        }
        assertEquals(engine.size(), baseline.size(), "lines");
        return engine;
    }

    @Test
    void givesTheEngineLinesOnTheEcuadorReferenceWithItsRealInventories() {
        Territory ecuador = ReferenceTerritory.territory();
        List<DeficitLine> lines = sameAsEngine(ecuador, ReferenceInventory.load(ecuador, ENGINE.catalogue()));
        // The paths that real inventories take are all exercised: schools located only to several circuits are
        // compared at their district, and supply is assessed, partly assessed and not assessed.
        assertTrue(lines.stream().anyMatch(l -> l.scope() == DeficitLine.Scope.COMPARISON));
        assertTrue(lines.stream().anyMatch(l -> l.scope() == DeficitLine.Scope.REQUIREMENT));
        for (Assessment a : Assessment.values()) {
            assertTrue(lines.stream().anyMatch(l -> l.assessment() == a), a.id());
        }
        // Every circuit needs one community police unit, of type A or B, compared at the circuit or, where Quito's
        // published UPC count is located only to zone 9, at that zone.
        assertEquals(ecuador.circuits().size(), lines.stream().filter(l -> l.scope() != DeficitLine.Scope.ROLLUP
                && l.scope() != DeficitLine.Scope.COMPARISON && l.typology().startsWith("UPC_")
                && l.measure().id().equals("establishments")).count());
        assertTrue(lines.stream().anyMatch(l -> l.scope() == DeficitLine.Scope.COMPARISON
                && l.typology().startsWith("UPC_") && l.code().value().equals("Z9")), "UPC compared at zone 9");
    }

    @Test
    void givesTheEngineLinesOnAProjectedReferenceWithTheSampleInventory() {
        Territory y2030 = ReferenceTerritory.territory().projectedTo(2030);
        sameAsEngine(y2030, Inventory.replacingBySector(List.of(ReferenceInventory.load(y2030, ENGINE.catalogue()),
                ReferenceInventory.sample(y2030, ENGINE.catalogue()))));
    }

    @Test
    void givesTheEngineLinesOnGeneratedScales() {
        for (int k : new int[] {1, 3}) {
            TerritoryData data = ScaleGenerator.territory(k);
            sameAsEngine(Territory.of(data), ScaleGenerator.inventory(data, ENGINE.catalogue(), 20));
        }
    }

    @Test
    void isReusableAcrossTerritoriesAndInventories() {
        BaselineEvaluator baseline = new BaselineEvaluator(ENGINE);
        TerritoryData one = ScaleGenerator.territory(1);
        TerritoryData two = ScaleGenerator.territory(2);
        for (TerritoryData d : List.of(one, two, one)) {
            Territory t = Territory.of(d);
            Inventory inventory = ScaleGenerator.inventory(d, ENGINE.catalogue(), 5);
            assertEquals(ENGINE.evaluate(t, inventory, OPTIONS).lines(), baseline.lines(t, inventory));
        }
    }
}
