package io.github.desconcentra.examples;

import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plug in one's own inventory: a fire-brigade inventory built in code, declared complete over the canton of Quito,
 * replaces the reference fire inventory sector by sector. Quito's fire lines become assessed; elsewhere the fire
 * supply stays unknown (not zero).
 */
public final class OwnInventoryExample {
    private OwnInventoryExample() {
    }

    /** Prints the national fire-station deficit with the sample and with one's own stations. */
    public static void main(String[] args) {
        Territory t = ReferenceTerritory.territory();
        StandardsEngine engine = StandardsEngine.embedded();
        Inventory reference = ReferenceInventory.load(t, engine.catalogue());
        InventorySource brigade = new InventorySource("quito-fire", "Quito fire brigade stations", "the brigade",
                "2026", Provenance.Status.SOURCED, List.of(new InventorySource.Coverage(Sector.FIRE, Set.of(),
                EnumSet.allOf(Measure.class), Set.of(CantonCode.of("1701")), true, "every station of the brigade")),
                "an example");
        Inventory mine = new Inventory(List.of(
                new Establishment("QUITO-1", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("170150"), null, null,
                        Condition.GOOD, 15, 40, "Estación 1").withSource("quito-fire"),
                new Establishment("QUITO-2", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("170150"), null, null,
                        Condition.NEEDS_REPAIR, 15, 35, "Estación 2").withSource("quito-fire")), List.of(), List.of(),
                List.of(brigade), List.of());
        for (Inventory inv : List.of(reference, Inventory.replacingBySector(List.of(reference, mine)))) {
            Evaluation e = engine.evaluate(t, inv, EvaluationOptions.DEFAULTS);
            long assessed = e.comparedLines().stream().filter(l -> l.typology().equals("ESTACION_BOMBEROS")
                    && l.measure() == Measure.ESTABLISHMENTS && l.assessment() == Assessment.ASSESSED)
                    .mapToLong(DeficitLine::deficit).sum();
            long unknown = e.comparedLines().stream().filter(l -> l.typology().equals("ESTACION_BOMBEROS")
                    && l.measure() == Measure.ESTABLISHMENTS && l.assessment() != Assessment.ASSESSED)
                    .mapToLong(DeficitLine::required).sum();
            long fire = inv.establishments().stream().filter(x -> x.sector() == Sector.FIRE).count();
            System.out.printf("%d fire establishments in the inventory: station deficit %d where assessed; %d"
                    + " stations required where supply is not (fully) known%n", fire, assessed, unknown);
        }
    }
}
