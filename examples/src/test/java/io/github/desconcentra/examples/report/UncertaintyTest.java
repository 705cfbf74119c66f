package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
    private static Sensitivity.Input input(String id, String low, String central, String high) {
        return new Sensitivity.Input(id, Sensitivity.Kind.UNIT_COST, "health", new BigDecimal(central),
                new Range(new BigDecimal(low), new BigDecimal(high), "test range"), Provenance.assumed("test"), 2);
    }

    /** capex = 1,000 + equipment + build share: equipment can only add (0-500, central 0), the share moves ±100. */
    private static SortedMap<String, BigDecimal> capex(Map<String, BigDecimal> changed) {
        BigDecimal equipment = changed.getOrDefault("cost:CS_A/equipment", BigDecimal.ZERO);
        BigDecimal share = changed.getOrDefault("cost:CS_A/capex", new BigDecimal("1000"));
        return new TreeMap<>(Map.of("capex", share.add(equipment)));
    }

    private static Uncertainty measured(List<Sensitivity.Input> inputs) {
        Sensitivity.Result swings = Sensitivity.oneAtATime(inputs, UncertaintyTest::capex);
        return Uncertainty.of("costs", swings, Sensitivity.monteCarlo(inputs, UncertaintyTest::capex, 400, 7,
                Sensitivity.Distribution.TRIANGULAR, 1), 400, 7, Sensitivity.Distribution.TRIANGULAR);
    }

    @Test
    void aCentralBelowP10IsExplainedByTheInputsThatCanOnlyRaiseIt() {
        Uncertainty u = measured(List.of(input("cost:CS_A/capex", "900", "1000", "1100"),
                input("cost:CS_A/equipment", "0", "0", "500")));
        Sensitivity.Percentiles p = u.interval("capex").orElseThrow();
        assertTrue(u.central("capex").compareTo(p.p10()) < 0, p.toString());
        String why = u.explanation("capex").orElseThrow();
        assertTrue(why.startsWith("The central capex lies below P10"), why);
        assertTrue(why.contains("1 of the 2 inputs that move it reach further up than down (1 can only raise it"),
                why);
        assertTrue(why.contains("cost:CS_A/equipment (0-500, central 0)"), why);
        assertFalse(why.contains("cost:CS_A/capex 900"), why);
        assertEquals(new BigDecimal("500"), u.swingOf("cost:CS_A/equipment").orElseThrow().width("capex"));
        assertEquals("cost:CS_A/equipment", u.tornado("capex").get(0).input().id());
        // The same explanation for a Spanish reader: the words from the bundle, the range in Spanish numbers.
        String es = u.explanation("capex", Messages.of(ReportOptions.SPANISH), false).orElseThrow();
        assertTrue(es.startsWith("La inversión central queda bajo el P10"), es);
        assertTrue(es.contains("1 de los 2 insumos que la mueven llegan más lejos hacia arriba que hacia abajo (1 solo"
                + " pueden subirla"), es);
        assertTrue(es.contains("cost:CS_A/equipment (0–500, central 0)") && es.endsWith("sobre la cifra central."), es);
        // In English for people the range takes the en dash; report.json's explanation keeps the plain 0-500.
        assertEquals(why.replace("0-500", "0–500"), u.explanation("capex", Messages.of(ReportOptions.ENGLISH), false)
                .orElseThrow());
    }

    @Test
    void theHeadlineForPeopleIsInTheReportsLanguage() {
        Sensitivity.Percentiles capex = new Sensitivity.Percentiles("capex", 200, new BigDecimal("3602541006.42"),
                new BigDecimal("3990307485.08"), new BigDecimal("4177149999.50"), BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal central = new BigDecimal("3746431373.66");
        // Spanish: whole millions (no "billón", which is 10^12 in Spanish), grouped with points, half to even.
        assertEquals("inversión USD 3.603–4.177 M (P10–P90), central 3.746", UncertaintySection.headline("capex",
                capex, central, Messages.of(ReportOptions.SPANISH)));
        assertEquals("capex USD 3.60–4.18 bn (P10–P90), central 3.75", UncertaintySection.headline("capex", capex,
                central, Messages.of(ReportOptions.ENGLISH)));
        // Below a billion both languages write millions with one decimal: 77,210,783.18 is 77.2 M.
        Sensitivity.Percentiles opex = new Sensitivity.Percentiles("opex", 200, new BigDecimal("62549999.99"),
                new BigDecimal("77000000"), new BigDecimal("89950000.00"), BigDecimal.ZERO, BigDecimal.ONE);
        assertEquals("gasto recurrente USD 62,5–90,0 M al año (P10–P90), central 77,2", UncertaintySection
                .headline("opex", opex, new BigDecimal("77210783.18"), Messages.of(ReportOptions.SPANISH)));
        assertEquals("opex USD 62.5–90.0 M a year (P10–P90), central 77.2", UncertaintySection.headline("opex",
                opex, new BigDecimal("77210783.18"), Messages.of(ReportOptions.ENGLISH)));
    }

    @Test
    void aCentralWithinTheIntervalNeedsNoExplanation() {
        Uncertainty u = measured(List.of(input("cost:CS_A/capex", "900", "1000", "1100")));
        assertTrue(u.explanation("capex").isEmpty());
        assertTrue(u.explanation("opex").isEmpty(), "no interval, nothing to explain");
    }

    @Test
    void theHeadlineIsInBillionsFromABillionAndInMillionsBelow() {
        Sensitivity.Percentiles capex = new Sensitivity.Percentiles("capex", 200, new BigDecimal("3807727331.31"),
                new BigDecimal("3990307485.08"), new BigDecimal("4184156521.61"), BigDecimal.ZERO, BigDecimal.ONE);
        assertEquals("capex USD 3.81-4.18 bn (P10-P90), central 3.75", Uncertainty.headline("capex", capex,
                new BigDecimal("3746431373.66")));
        Sensitivity.Percentiles opex = new Sensitivity.Percentiles("opex", 200, new BigDecimal("63849000.00"),
                new BigDecimal("77000000"), new BigDecimal("90950000.00"), BigDecimal.ZERO, BigDecimal.ONE);
        assertEquals("opex USD 63.8-91.0 M (P10-P90), central 77.2", Uncertainty.headline("opex", opex,
                new BigDecimal("77210783.18")));
    }

    @Test
    void anUncertaintyNotComputedSaysWhyAndHasNoSwings() {
        Uncertainty u = Uncertainty.notComputed("--no-uncertainty: no input was swung or drawn");
        assertFalse(u.isComputed());
        assertTrue(u.tornado("capex").isEmpty() && u.swingOf("cost:CS_A/capex").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Uncertainty.notComputed(" "));
    }
}
