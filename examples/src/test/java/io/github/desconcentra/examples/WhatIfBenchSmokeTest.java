package io.github.desconcentra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.examples.bench.WhatIfBench;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Keeps the what-if section of the benchmark from rotting: one short run on the reference, no time asserted. */
class WhatIfBenchSmokeTest {

    @Test
    void theWhatIfsAgreeWithColdEvaluationsAndTheDrawsAreCounted() {
        StringWriter out = new StringWriter();
        WhatIfBench.Result r = WhatIfBench.run(2, 0, 1, 2, new PrintWriter(out));
        String text = out.toString();
        assertTrue(text.contains("what-ifs agree with cold evaluations: 21 parameters at their high, one changed"
                + " record, the territory of 2031"), text);
        // The reference's ranged inputs: 110 unit-cost figures and the price index's change, and 28 parameters.
        assertTrue(text.contains("--vary costs (111 inputs)") && text.contains("--vary parameters (28 inputs)")
                && text.contains("--vary all (139 inputs)"), text);
        assertEquals(2, r.threads());
        assertTrue(r.line().matches("whatif cold_ms=[0-9.]+ parameter_ms=[0-9.]+ parameter_ratio=[0-9.]+"
                + " record_ms=[0-9.]+ record_ratio=[0-9.]+ year_ms=[0-9.]+ year_ratio=[0-9.]+"
                + " year_compared_ms=[0-9.]+ year_compared_ratio=[0-9.]+ draws_per_s_costs=[0-9.]+ draws_per_s_parameters=[0-9.]+"
                + " draws_per_s_all=[0-9.]+ cpu_ms_per_draw_all=[0-9]+ threads=2"), r.line());
    }
}
