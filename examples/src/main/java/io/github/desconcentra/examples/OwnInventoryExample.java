package io.github.desconcentra.examples;

import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.List;

/**
 * Plug in one's own inventory: a fire-brigade inventory built in code replaces the reference sample of the fire
 * sector, sector by sector, and the national fire deficit changes.
 */
public final class OwnInventoryExample {
    private OwnInventoryExample() {
    }

    /** Prints the national fire-station deficit with the sample and with one's own stations. */
    public static void main(String[] args) {
        Territory t = ReferenceTerritory.territory();
        StandardsEngine engine = StandardsEngine.embedded();
        Inventory reference = ReferenceInventory.load(t, engine.catalogue());
        Inventory mine = new Inventory(List.of(
                new Establishment("QUITO-1", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("170150"), null, null,
                        Condition.GOOD, 15, 40, "Estación 1"),
                new Establishment("QUITO-2", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("170150"), null, null,
                        Condition.NEEDS_REPAIR, 15, 35, "Estación 2")), List.of());
        for (Inventory inv : List.of(reference, Inventory.replacingBySector(List.of(reference, mine)))) {
            Evaluation e = engine.evaluate(t, inv, EvaluationOptions.DEFAULTS);
            long stations = e.lines().stream().filter(l -> l.scope() == DeficitLine.Scope.ROLLUP
                    && l.code().equals(t.nation().code()) && l.typology().equals("ESTACION_BOMBEROS"))
                    .filter(l -> l.measure().id().equals("establishments")).mapToLong(DeficitLine::deficit).sum();
            long fire = inv.establishments().stream().filter(x -> x.sector() == Sector.FIRE).count();
            System.out.printf("%d fire establishments in the inventory: national station deficit %d%n", fire, stations);
        }
    }
}
