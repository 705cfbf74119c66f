package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final CircuitCode C = (CircuitCode) ECUADOR.circuits().get(0).code();
    private static final PriceIndex FLAT = new PriceIndex(Map.of(2020, BigDecimal.ONE, 2022, BigDecimal.ONE),
            Provenance.assumed("flat index for tests"));
    private static final CostPolicy POLICY = new CostPolicy(2022, FLAT, new BigDecimal("0.6"));

    /** A type-A centre: capex 1.7 M (1.0-2.0 M), equipment 0.1 M, repair 30 % (20-70 %), upkeep 2 % (1-3 %),
     * salary 12,000 (10,000-15,000). */
    static UnitCost centre() {
        Map<UnitCost.Item, UnitCost.Figure> f = new EnumMap<>(UnitCost.Item.class);
        Provenance assumed = Provenance.assumed("test");
        f.put(UnitCost.Item.CAPEX, new UnitCost.Figure(assumed, range("1000000", "2000000")));
        f.put(UnitCost.Item.EQUIPMENT, new UnitCost.Figure(assumed, null));
        f.put(UnitCost.Item.REPAIR_SHARE, new UnitCost.Figure(assumed, range("0.2", "0.7")));
        f.put(UnitCost.Item.MAINTENANCE_SHARE, new UnitCost.Figure(assumed, range("0.01", "0.03")));
        f.put(UnitCost.Item.SALARY_PER_STAFF, new UnitCost.Figure(assumed, range("10000", "15000")));
        f.put(UnitCost.Item.BUILD_YEARS, new UnitCost.Figure(assumed, null));
        return new UnitCost("CS_A", UnitCost.Basis.ESTABLISHMENTS, Money.parse("1700000", Money.USD),
                Money.parse("100000", Money.USD), new BigDecimal("0.3"), new BigDecimal("0.02"),
                Money.parse("12000", Money.USD), 1, 2020, 2020, f);
    }

    private static Range range(String low, String high) {
        return new Range(new BigDecimal(low), new BigDecimal(high), "test");
    }

    /** Two centres to build, one to repair, four staff to hire. */
    private static final List<Gap> GAPS = List.of(new Gap(C, "health", "CS_A", "establishments", 3, 2, 1, "rule"),
            new Gap(C, "health", "CS_A", "staff", 10, 4, 0, "rule"));

    private static CostQuantities quantities() {
        UnitCosts costs = new UnitCosts(List.of(centre()));
        return CostQuantities.of(ECUADOR, new CostCalculator(costs, POLICY).cost(ECUADOR, GAPS));
    }

    private static Sensitivity.Model model() {
        CostQuantities q = quantities();
        return changed -> {
            UnitCosts u = new UnitCosts(List.of(centre()));
            for (Map.Entry<String, BigDecimal> e : changed.entrySet()) {
                u = u.with("CS_A", UnitCost.Item.fromId(e.getKey()), e.getValue());
            }
            return q.price(u, POLICY).measures();
        };
    }

    private static List<Sensitivity.Input> inputs() {
        List<Sensitivity.Input> out = new ArrayList<>();
        UnitCost c = centre();
        c.figures().forEach((item, f) -> {
            if (f.range() != null) {
                boolean money = item == UnitCost.Item.CAPEX || item == UnitCost.Item.SALARY_PER_STAFF;
                out.add(new Sensitivity.Input(item.id(), Sensitivity.Kind.UNIT_COST, "health", c.value(item),
                        f.range(), f.provenance(), money ? 2 : Sensitivity.Input.FINE));
            }
        });
        return out;
    }

    private static BigDecimal usd(String v) {
        return new BigDecimal(v);
    }

    @Test
    void quantitiesPricedAgainGiveTheCalculatorsTotalsToTheCent() {
        for (String share : List.of("0.3", "0.7")) {
            UnitCosts costs = new UnitCosts(List.of(centre().with(UnitCost.Item.REPAIR_SHARE, new BigDecimal(share))));
            CostReport report = new CostCalculator(costs, POLICY).cost(ECUADOR, GAPS);
            CostQuantities.CostTotals totals = quantities().price(costs, POLICY);
            assertEquals(report.nationalCapex(), totals.capex());
            assertEquals(report.nationalOpex(), totals.opex());
            assertEquals(report.nationalCapex(), totals.capexByZone().get(ECUADOR.district(ECUADOR.circuit(C).district()).zone()));
        }
    }

    @Test
    void eachFigureSwingsTheTotalsAsComputedByHand() {
        // Central: build 2 x 1.8 M + refurbish 1 x 0.3 x 1.8 M = 4,140,000; upkeep 2 x 34,000 + 4 x 12,000 = 116,000.
        Sensitivity.Result r = Sensitivity.oneAtATime(inputs(), model());
        assertEquals(0, usd("4140000").compareTo(r.central("capex")));
        assertEquals(0, usd("116000").compareTo(r.central("opex")));
        List<Sensitivity.Swing> capex = r.tornado("capex");
        // capex 1.0 M: 2 x 1.1 M + 0.3 x 1.1 M = 2,530,000; 2.0 M: 2 x 2.1 M + 0.3 x 2.1 M = 4,830,000.
        assertEquals(List.of("capex", "repair_share"), capex.stream().map(s -> s.input().id()).toList());
        assertEquals(0, usd("2530000").compareTo(capex.get(0).low("capex")));
        assertEquals(0, usd("4830000").compareTo(capex.get(0).high("capex")));
        assertEquals(0, usd("2300000").compareTo(capex.get(0).width("capex")));
        // Repair 20 %: 3.6 M + 360,000; 70 % is above the 60 % replace share, so the unit is replaced: 3.6 M + 1.8 M.
        assertEquals(0, usd("3960000").compareTo(capex.get(1).low("capex")));
        assertEquals(0, usd("5400000").compareTo(capex.get(1).high("capex")));
        List<Sensitivity.Swing> opex = r.tornado("opex");
        // Upkeep 1-3 % of 1.7 M on two: 34,000-102,000 + 48,000; capex 1.0-2.0 M at 2 %: 40,000-80,000 + 48,000;
        // salary 10,000-15,000 for four: 40,000-60,000 + 68,000.
        assertEquals(List.of("maintenance_share", "capex", "salary_per_staff"),
                opex.stream().map(s -> s.input().id()).toList());
        assertEquals(List.of("82000", "88000", "108000"), opex.stream().map(s -> s.low("opex").toPlainString()
                .replace(".00", "")).toList());
        assertEquals(List.of("150000", "128000", "128000"), opex.stream().map(s -> s.high("opex").toPlainString()
                .replace(".00", "")).toList());
    }

    @Test
    void aTornadoLeavesOutInputsThatDoNotMoveTheMeasureAndBreaksTiesById() {
        Sensitivity.Result r = Sensitivity.oneAtATime(inputs(), model());
        assertEquals(List.of(), r.tornado("capex").stream().filter(s -> s.input().id().equals("salary_per_staff"))
                .toList());
        Sensitivity.Input a = new Sensitivity.Input("b", Sensitivity.Kind.PARAMETER, "health", BigDecimal.ONE,
                range("0", "2"), Provenance.assumed("test"));
        Sensitivity.Input b = new Sensitivity.Input("a", Sensitivity.Kind.PARAMETER, "health", BigDecimal.ONE,
                range("0", "2"), Provenance.assumed("test"));
        Sensitivity.Result tie = Sensitivity.oneAtATime(List.of(a, b), changed -> new java.util.TreeMap<>(Map.of("x",
                changed.values().stream().findFirst().orElse(BigDecimal.ONE))));
        assertEquals(List.of("a", "b"), tie.tornado("x").stream().map(s -> s.input().id()).toList());
    }

    @Test
    void anInputOutsideItsRangeOrTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Sensitivity.Input("x", Sensitivity.Kind.UNIT_COST,
                "health", BigDecimal.TEN, range("0", "2"), Provenance.assumed("test")));
        Sensitivity.Input i = inputs().get(0);
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.oneAtATime(List.of(i, i), model()));
        assertThrows(IllegalArgumentException.class, () -> centre().with(UnitCost.Item.CAPEX, new BigDecimal("5")));
    }

    @Test
    void aTriangularDrawFollowsItsQuantilesComputedByHand() {
        Sensitivity.Input i = new Sensitivity.Input("x", Sensitivity.Kind.PARAMETER, "health", BigDecimal.ONE,
                range("0", "4"), Provenance.assumed("test"));
        Sensitivity.Distribution t = Sensitivity.Distribution.TRIANGULAR;
        // Mode 1 on 0-4: F(1) = 1/4; below it x = sqrt(u x 4 x 1), above it x = 4 - sqrt((1 - u) x 4 x 3).
        assertEquals("0.500000", Sensitivity.value(i, 0.0625, t).toPlainString());
        assertEquals("1.000000", Sensitivity.value(i, 0.25, t).toPlainString());
        assertEquals("3.133975", Sensitivity.value(i, 0.9375, t).toPlainString());
        assertEquals("2.000000", Sensitivity.value(i, 0.5, Sensitivity.Distribution.UNIFORM).toPlainString());
        Sensitivity.Input money = new Sensitivity.Input("m", Sensitivity.Kind.UNIT_COST, "health", BigDecimal.ONE,
                range("0", "4"), Provenance.assumed("test"), 2);
        assertEquals("3.13", Sensitivity.value(money, 0.9375, t).toPlainString());
    }

    @Test
    void aDrawDependsOnTheSeedAndItsNumberOnly() {
        assertEquals(Sensitivity.draw(inputs(), 7, 5, Sensitivity.Distribution.TRIANGULAR),
                Sensitivity.draw(inputs(), 7, 5, Sensitivity.Distribution.TRIANGULAR));
        assertTrue(!Sensitivity.draw(inputs(), 7, 5, Sensitivity.Distribution.TRIANGULAR).equals(
                Sensitivity.draw(inputs(), 7, 6, Sensitivity.Distribution.TRIANGULAR)));
    }

    @Test
    void theMonteCarloIsTheSameOnOneAndTwoThreadsAndItsPercentilesAreOrdered() {
        Map<String, Sensitivity.Percentiles> one = Sensitivity.monteCarlo(inputs(), model(), 300, 42,
                Sensitivity.Distribution.TRIANGULAR, 1);
        Map<String, Sensitivity.Percentiles> two = Sensitivity.monteCarlo(inputs(), model(), 300, 42,
                Sensitivity.Distribution.TRIANGULAR, 2);
        assertEquals(one, two);
        Sensitivity.Percentiles capex = one.get("capex");
        assertTrue(capex.min().compareTo(capex.p10()) <= 0 && capex.p10().compareTo(capex.p50()) < 0
                && capex.p50().compareTo(capex.p90()) < 0 && capex.p90().compareTo(capex.max()) <= 0, capex.toString());
        // Every draw lies between the cheapest and the dearest corner of the ranges: 2.2 M + 0.22 M and replacing at
        // 2.1 M on top of building two at 2.1 M.
        assertTrue(capex.min().compareTo(usd("2420000")) >= 0 && capex.max().compareTo(usd("6300000")) <= 0);
        assertEquals(300, capex.draws());
    }

    @Test
    void settingSeveralFiguresAtOnceIsSettingThemOneByOne() {
        UnitCost c = UnitCosts.defaults().all().values().stream().filter(u -> u.figures().get(UnitCost.Item.CAPEX)
                .range() != null).findFirst().orElseThrow();
        BigDecimal capex = c.figures().get(UnitCost.Item.CAPEX).range().high();
        BigDecimal repair = c.figures().get(UnitCost.Item.REPAIR_SHARE).range() == null ? c.repairShare()
                : c.figures().get(UnitCost.Item.REPAIR_SHARE).range().low();
        Map<UnitCost.Item, BigDecimal> both = new java.util.EnumMap<>(UnitCost.Item.class);
        both.put(UnitCost.Item.CAPEX, capex);
        both.put(UnitCost.Item.REPAIR_SHARE, repair);
        UnitCost once = c.with(both);
        assertEquals(c.with(UnitCost.Item.CAPEX, capex).with(UnitCost.Item.REPAIR_SHARE, repair), once);
        assertEquals(Money.of(capex, Money.USD), once.capex());
        assertEquals(c.equipment(), once.equipment());

        UnitCosts all = UnitCosts.defaults();
        UnitCosts replaced = all.with(List.of(once));
        assertEquals(once, replaced.of(c.typology()).orElseThrow());
        assertEquals(all.all().size(), replaced.all().size());
        assertEquals(all.with(c.typology(), UnitCost.Item.CAPEX, capex).with(c.typology(),
                UnitCost.Item.REPAIR_SHARE, repair).all(), replaced.all());
        UnitCost stranger = new UnitCost("NO_SUCH_TYPOLOGY", c.basis(), c.capex(), c.equipment(), c.repairShare(),
                c.maintenanceShare(), c.salaryPerStaff(), c.buildYears(), c.priceYear(), c.provenance());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> all.with(List.of(stranger)));
        assertEquals("no unit cost for typology NO_SUCH_TYPOLOGY", unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> all.with(List.of(once, once)));
        assertEquals("unit cost of typology " + c.typology() + " is given twice", twice.getMessage());
    }
}
