package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.examples.bench.Bench;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark harness from rotting: one small run, no time asserted. */
class BenchSmokeTest {

    @Test
    void theHarnessRunsAtScaleOneAndTheEngineAgreesWithBothBaselines() {
        StringWriter out = new StringWriter();
        Bench.Result r = Bench.run(1, 2, 0, 1, new PrintWriter(out));
        assertEquals(1_222, r.circuits());
        assertTrue(out.toString().contains("engine and baseline agree on all"), out.toString());
        assertTrue(out.toString().contains("engine and straightforward baseline agree"), out.toString());
        assertTrue(r.line().matches("bench scale=1 engine_ms=[0-9.]+ baseline_ms=[0-9.]+ ratio=[0-9.]+"
                + " plain_ms=[0-9.]+ heap_mb=[0-9]+ load_ms=[0-9.]+"), r.line());
    }
}
