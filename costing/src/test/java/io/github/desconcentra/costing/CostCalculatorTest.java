package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final CircuitCode C = (CircuitCode) ECUADOR.circuits().get(0).code();
    private static final PriceIndex FLAT = new PriceIndex(Map.of(2020, BigDecimal.ONE, 2022, BigDecimal.ONE),
            Provenance.assumed("flat index for tests"));

    private static UnitCost cost(String typology, String capex, String repairShare) {
        Money m = Money.parse(capex, Money.USD);
        return new UnitCost(typology, UnitCost.Basis.ESTABLISHMENTS, m, Money.parse("100000", Money.USD),
                new BigDecimal(repairShare), new BigDecimal("0.02"), Money.parse("12000", Money.USD), 1, 2020,
                Provenance.assumed("test"));
    }

    private static CostReport cost(List<Gap> gaps, UnitCost... costs) {
        return new CostCalculator(new UnitCosts(List.of(costs)), new CostPolicy(2022, FLAT, new BigDecimal("0.6")))
                .cost(ECUADOR, gaps);
    }

    private static String standard(CostReport r) {
        return String.join("; ", r.standardLines().stream().map(l -> l.action() + " " + l.quantity() + " capex "
                + l.capex().toPlainString() + " opex " + l.opexPerYear().toPlainString()).toList());
    }

    @Test
    void aDeficitIsBuiltWithEquipmentAndMaintainedAfterwards() {
        CostReport r = cost(List.of(new Gap(C, "health", "CS_A", "establishments", 2, 2, 0, "rule")),
                cost("CS_A", "1700000", "0.3"));
        assertEquals("build 2 capex 3600000.00 opex 68000.00", standard(r));
    }

    @Test
    void unitsNeedingRepairAreRefurbishedUnlessRepairCostsMoreThanTheReplaceShare() {
        Gap g = new Gap(C, "health", "CS_A", "establishments", 1, 0, 1, "rule");
        assertEquals("refurbish 1 capex 540000.00 opex 0.00", standard(cost(List.of(g), cost("CS_A", "1700000",
                "0.3"))));
        assertEquals("replace 1 capex 1800000.00 opex 0.00", standard(cost(List.of(g), cost("CS_A", "1700000",
                "0.7"))));
    }

    @Test
    void aStaffDeficitIsHiredAtTheTypologysSalary() {
        CostReport r = cost(List.of(new Gap(C, "health", "CS_A", "staff", 10, 4, 0, "rule")),
                cost("CS_A", "1700000", "0.3"));
        assertEquals("hire 4 capex 0.00 opex 48000.00", standard(r));
    }

    @Test
    void aLineOnTheOtherMeasureOrWithoutUnitCostIsReportedNotCosted() {
        CostReport r = cost(List.of(new Gap(C, "health", "CS_A", "places", 100, 100, 0, "rule"),
                new Gap(C, "health", "CS_X", "establishments", 1, 1, 0, "rule")), cost("CS_A", "1700000", "0.3"));
        assertEquals(List.of(), r.standardLines());
        assertEquals(List.of("CS_A is costed per establishments; its places line is not costed again",
                "no unit cost for typology CS_X"), r.notCosted().stream().map(Map.Entry::getValue).toList());
    }

    @Test
    void rollUpsAndSectorTotalsReachTheNation() {
        CostReport r = cost(List.of(new Gap(C, "health", "CS_A", "establishments", 1, 1, 0, "rule")),
                cost("CS_A", "1700000", "0.3"));
        assertEquals(Money.parse("1800000", Money.USD), r.nationalTotal("health").orElseThrow().capex());
        assertTrue(r.lines().stream().anyMatch(l -> l.scope().equals("rollup")
                && l.unit().equals(ECUADOR.circuit(C).district())));
    }

    @Test
    void theDefaultUnitCostsCarryProvenanceForEveryTypology() {
        UnitCosts d = UnitCosts.defaults();
        assertEquals(17, d.all().size());
        assertEquals(Provenance.Status.SOURCED, d.of("UPC_A").orElseThrow().provenance().status());
        assertEquals(Money.parse("480687.22", Money.USD), d.of("UPC_A").orElseThrow().capex());
    }

    @Test
    void aBrokenUnitCostFileNamesEveryProblem() {
        String csv = "typology,basis,capex,equipment,repair_share,maintenance_share,salary_per_staff,build_years,"
                + "price_year,currency,source,status\n"
                + "CS_A,buildings,1.005,0,1.5,0.02,0,1,2019,USD,x,sourced\n";
        InputException e = assertThrows(InputException.class, () -> UnitCosts.read("u.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("u.csv:2: basis: unknown cost basis \"buildings\" (expected establishments or places)"
                        + " (value \"buildings\")",
                "u.csv:2: capex: must be an amount with at most 2 decimals and 15 digits (value \"1.005\")",
                "u.csv:2: repair_share: must be a share within [0, 1] (value \"1.5\")"),
                e.problems().stream().map(Object::toString).toList());
    }
}
