package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SupplySetLookupTest {
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static Territory ecuador;
    private static Inventory inventory;

    @BeforeAll
    static void reference() {
        ecuador = ReferenceTerritory.territory();
        inventory = ReferenceInventory.load(ecuador, ENGINE.catalogue());
    }

    /** Each requirement with a supply set of its own: equal to the one it had, never the same object. */
    private static List<Requirement> withOwnSets(List<Requirement> requirements) {
        List<Requirement> out = new ArrayList<>();
        for (Requirement r : requirements) {
            out.add(new Requirement(r.unitCode(), r.sector(), r.typology(), r.measure(), r.quantity(),
                    new TreeSet<>(r.supply()), r.rule(), r.standard(), r.provenance(), r.inputs()));
        }
        return out;
    }

    @Test
    void requirementsWithTheirOwnEqualSupplySetsAreComparedAsThoseSharingThem() {
        StandardsEngine.Counted shared = ENGINE.countedAndFired(ecuador, inventory, EvaluationOptions.DEFAULTS);
        List<DeficitLine> expected = ENGINE.lines(ecuador, shared.supply(), shared.requirements());

        StandardsEngine.Counted fresh = ENGINE.countedAndFired(ecuador, inventory, EvaluationOptions.DEFAULTS);
        List<Requirement> own = withOwnSets(fresh.requirements());
        // More set instances than the look-up keeps by identity: the rest are found by equality.
        assertTrue(own.size() > 2_000, "requirements: " + own.size());
        assertNotSame(own.get(0).supply(), fresh.requirements().get(0).supply());

        assertEquals(expected, ENGINE.lines(ecuador, fresh.supply(), own));
        // Then the shared instances on the same supply, whose look-up now holds the others.
        assertEquals(expected, ENGINE.lines(ecuador, fresh.supply(), fresh.requirements()));
    }

    @Test
    void oneSupplyComparedOnSeveralThreadsAtOnceGivesTheLinesComparedAlone() throws Exception {
        StandardsEngine.Counted alone = ENGINE.countedAndFired(ecuador, inventory, EvaluationOptions.DEFAULTS);
        List<DeficitLine> expected = ENGINE.lines(ecuador, alone.supply(), alone.requirements());

        StandardsEngine.Counted counted = ENGINE.countedAndFired(ecuador, inventory, EvaluationOptions.DEFAULTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DeficitLine>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                List<Requirement> requirements = i % 2 == 0 ? counted.requirements()
                        : withOwnSets(counted.requirements());
                futures.add(pool.submit(() -> ENGINE.lines(ecuador, counted.supply(), requirements)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected, futures.get(i).get(), "comparison " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
