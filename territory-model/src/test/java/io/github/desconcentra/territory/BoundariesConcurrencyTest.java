package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BoundariesConcurrencyTest {

    private static List<String> work(Territory t) {
        Boundaries b = t.boundaries().orElseThrow();
        List<String> out = new ArrayList<>();
        for (District d : t.districts().subList(0, 20)) {
            out.add(d.code() + " " + b.outline(d.code()).geometry().getArea() + " " + b.outline(d.code()).exact());
        }
        for (int k = 0; k < 200; k++) {
            out.add(b.locate(new Coordinates(-0.1 - k * 0.013, -78.3 - k * 0.007), 1_000).toString());
        }
        out.add(String.valueOf(b.layer(Level.PARISH).size()));
        return out;
    }

    @Test
    void threadsBuildingOutlinesAndLocatingAtOnceSeeWhatOneThreadSees() throws Exception {
        Territory fresh = Territory.of(ReferenceTerritory.data());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> work(fresh)));
            }
            List<String> sequential = work(Territory.of(ReferenceTerritory.data()));
            for (Future<List<String>> f : futures) {
                assertEquals(sequential, f.get());
            }
            assertTrue(fresh.boundaries().orElseThrow() == fresh.projectedTo(2030).boundaries().orElseThrow(),
                    "a projection shares its territory's boundaries");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIndexBuiltAheadOnAnotherThreadLocatesAsOneBuiltOnFirstUse() throws Exception {
        Territory ahead = Territory.of(ReferenceTerritory.data());
        ExecutorService loader = Executors.newSingleThreadExecutor();
        try {
            Future<Boundaries> built = loader.submit(() -> ahead.boundaries().orElseThrow().readyToLocate());
            List<String> located = work(ahead);
            assertTrue(built.get() == ahead.boundaries().orElseThrow(), "the same boundaries, indexed");
            assertEquals(work(Territory.of(ReferenceTerritory.data())), located);
            assertEquals(located, work(ahead));
        } finally {
            loader.shutdownNow();
        }
    }
}
