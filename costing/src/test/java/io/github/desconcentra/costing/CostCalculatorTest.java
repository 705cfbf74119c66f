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
    void theDefaultUnitCostsCarryProvenanceForEveryFigureAndARangeForEveryFigureNotSourced() {
        UnitCosts d = UnitCosts.defaults();
        assertEquals(25, d.all().size());
        UnitCost upc = d.of("UPC_A").orElseThrow();
        assertEquals(Provenance.Status.SOURCED, upc.provenance().status());
        assertEquals(Provenance.Status.ASSUMED, upc.provenance(UnitCost.Item.SALARY_PER_STAFF).status());
        assertEquals(Provenance.Status.ASSUMED, upc.provenance(UnitCost.Item.REPAIR_SHARE).status());
        assertEquals(Money.parse("480687.22", Money.USD), upc.capex());
        assertEquals(2016, upc.priceYear());
        assertEquals(2022, upc.salaryPriceYear());
        assertEquals(List.of(), d.unranged());
        // Latacunga: USD 70.4 M for 5,192 places (El Comercio, 2018) is 13,559.32 a place, taken as 13,560.
        assertEquals(Money.parse("13560", Money.USD), d.of("CRS_REGIONAL").orElseThrow().capex());
        // A large Millennium school of 2,280 seats at the midpoint of USD 4.5 and 5.6 M (2017): 2,192.98 a seat.
        assertEquals(Money.parse("2192.98", Money.USD), d.of("UEM_MAYOR").orElseThrow().capex());
        assertEquals(UnitCost.Basis.PLACES, d.of("UEM_MAYOR").orElseThrow().basis());
    }

    @Test
    void aBrokenUnitCostFileNamesEveryProblem() {
        String csv = "typology,item,value,price_year,currency,source,status,low,high,range_source\n"
                + "CS_A,basis,buildings,,,x,sourced,,,\n"
                + "CS_A,capex,1.005,2019,USD,x,sourced,,,\n"
                + "CS_A,repair_share,1.5,,,x,assumed,,,\n"
                + "CS_A,maintenance_share,0.02,2019,USD,x,assumed,,,\n"
                + "CS_A,salary_per_staff,24000,2022,USD,x,assumed,25000,30000,y\n"
                + "CS_A,wages,1,,,x,assumed,,,\n"
                + "CS_B,capex,4000000,2017,USD,x,sourced,,,\n";
        InputException e = assertThrows(InputException.class, () -> UnitCosts.read("u.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("u.csv:2: value: unknown cost basis \"buildings\" (expected establishments or places)"
                        + " (value \"buildings\")",
                "u.csv:3: value: must be an amount with at most 2 decimals and 15 digits (value \"1.005\")",
                "u.csv:4: value: must be a share within [0, 1] (value \"1.5\")",
                "u.csv:5: price_year: maintenance_share is not an amount: leave price_year and currency empty (value"
                        + " \"2019\")",
                "u.csv:6: value: must lie within its range, low 25000 to high 30000 (value \"24000\")",
                "u.csv:7: item: unknown unit-cost item \"wages\" (expected basis, capex, equipment, repair_share,"
                        + " maintenance_share, salary_per_staff or build_years) (value \"wages\")",
                "u.csv:8: item: typology CS_B has no basis, equipment, repair_share, maintenance_share,"
                        + " salary_per_staff, build_years row (every typology gives basis, capex, equipment,"
                        + " repair_share, maintenance_share, salary_per_staff and build_years) (value \"CS_B\")"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void theSalaryIsRestatedFromItsOwnPriceYear() {
        UnitCost health = UnitCosts.defaults().of("CS_A").orElseThrow();
        CostReport r = new CostCalculator(new UnitCosts(List.of(health)), CostPolicy.DEFAULTS).cost(ECUADOR,
                List.of(new Gap(C, "health", "CS_A", "staff", 10, 4, 0, "rule")));
        assertEquals("hire 4 capex 0.00 opex 96000.00", standard(r), "4 x USD 24,000 of 2022, at 2022 prices");
    }
}
