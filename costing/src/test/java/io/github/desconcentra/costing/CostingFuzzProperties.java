package io.github.desconcentra.costing;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.Fuzz;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CostingFuzzProperties {
    private static final byte[] BUDGET = """
            year,sector,amount
            2013,,1500000000
            2014,,1500000000
            2014,health,400000000.50
            2015,*,1200000000
            """.getBytes(StandardCharsets.UTF_8);
    private static byte[] unitCosts;
    private static long before;

    @BeforeAll
    static void corpus() throws Exception {
        before = Fuzz.cases();
        try (InputStream in = UnitCosts.class.getResourceAsStream("unit_costs.csv")) {
            unitCosts = in.readAllBytes();
        }
    }

    @AfterAll
    static void count() {
        Fuzz.report("unit-cost files and budgets", before);
    }

    @Test
    void brokenUnitCostFilesOnlyEverRaiseInputException() {
        qt().withExamples(1_000).forAll(integers().all()).checkAssert(seed -> {
            Fuzz.Mutant m = Fuzz.mutateCsv(unitCosts, new Random(seed));
            Fuzz.expectOnlyInputException(m, () -> UnitCosts.read("u.csv", new ByteArrayInputStream(m.bytes())));
        });
    }

    @Test
    void brokenBudgetsOnlyEverRaiseInputException() {
        qt().withExamples(1_000).forAll(integers().all()).checkAssert(seed -> {
            Fuzz.Mutant m = Fuzz.mutateCsv(BUDGET, new Random(seed));
            Fuzz.expectOnlyInputException(m, () -> Budget.read("b.csv", new ByteArrayInputStream(m.bytes())));
        });
    }
}
