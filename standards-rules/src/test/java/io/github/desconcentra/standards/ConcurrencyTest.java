package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void evaluationsRunningAtOnceOnTheSharedRuleBaseGiveTheSequentialResults() throws Exception {
        StandardsEngine engine = StandardsEngine.embedded();
        Territory ecuador = ReferenceTerritory.territory();
        Territory later = ecuador.projectedTo(2030);
        Inventory inventory = ReferenceInventory.load(ecuador, engine.catalogue());
        List<Territory> territories = List.of(ecuador, later);
        List<List<DeficitLine>> sequential = new ArrayList<>();
        for (Territory t : territories) {
            sequential.add(engine.evaluate(t, inventory, EvaluationOptions.DEFAULTS).lines());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<DeficitLine>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Territory t = territories.get(i % 2);
                EvaluationOptions options = EvaluationOptions.DEFAULTS.withThreads(1 + i % 3);
                futures.add(pool.submit(() -> engine.evaluate(t, inventory, options).lines()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % 2), futures.get(i).get(), "evaluation " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
