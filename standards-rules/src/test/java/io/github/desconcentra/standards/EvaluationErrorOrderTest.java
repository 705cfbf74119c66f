package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With more than one thread the supply is counted while the rules fire; the errors still come as when the steps ran
 * one after the other: a record that cannot be located before anything the rules do, whichever finishes first.
 */
class EvaluationErrorOrderTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final StandardsEngine ENGINE = StandardsEngine.embedded();
    private static final Inventory LOST = new Inventory(List.of(new Establishment("LOST-1", Sector.POLICE, "UPC_B",
            null, CircuitCode.of("99D99C99"), null, Condition.GOOD, 0, 0, "a police unit in no circuit of Ecuador")),
            List.of());

    @Test
    void aRecordThatCannotBeLocatedIsReportedBeforeARunawayRuleSetWhateverTheThreads() {
        for (int threads = 1; threads <= 3; threads++) {
            EvaluationOptions runaway = EvaluationOptions.DEFAULTS.withFireLimit(10).withThreads(threads);
            InputException cold = assertThrows(InputException.class, () -> ENGINE.evaluate(ECUADOR, LOST, runaway));
            assertEquals("inventory: establishment LOST-1 cannot be located on this territory: unknown circuit code:"
                    + " 99D99C99", cold.getMessage(), threads + " threads");
            InputException kept = assertThrows(InputException.class, () -> ENGINE.whatIf(ECUADOR, LOST, runaway));
            assertEquals(cold.getMessage(), kept.getMessage(), threads + " threads");
        }
    }

    @Test
    void theRulesErrorComesWhenTheCountSucceeds() {
        for (int threads = 1; threads <= 3; threads++) {
            EvaluationOptions runaway = EvaluationOptions.DEFAULTS.withFireLimit(10).withThreads(threads);
            InputException e = assertThrows(InputException.class, () -> ENGINE.whatIf(ECUADOR, Inventory.EMPTY,
                    runaway));
            assertInstanceOf(RuleException.class, e, threads + " threads");
            assertTrue(e.getMessage().contains("fire limit"), e.getMessage());
        }
    }
}
