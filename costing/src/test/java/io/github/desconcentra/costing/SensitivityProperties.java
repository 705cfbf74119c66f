package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitivityProperties {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final UnitCosts COSTS = UnitCosts.defaults();
    private static final List<String> TYPOLOGIES = List.copyOf(COSTS.all().keySet());

    private static List<Gap> gaps(int seed, int n) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        List<Gap> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String typology = TYPOLOGIES.get(r.nextInt(TYPOLOGIES.size()));
            UnitCode unit = ECUADOR.districts().get(r.nextInt(ECUADOR.districts().size())).code();
            String measure = r.nextInt(3) == 0 ? "staff" : COSTS.of(typology).orElseThrow().basis().id();
            long required = r.nextInt(500);
            out.add(new Gap(unit, "health", typology, measure, required, r.nextLong(required + 1), r.nextInt(50),
                    "rule"));
        }
        return out;
    }

    @Test
    void quantitiesPricedAgainEqualTheCalculatorsNationalTotals() {
        qt().withExamples(30).forAll(integers().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            List<Gap> gaps = gaps(seed, n);
            CostReport report = new CostCalculator(COSTS, CostPolicy.DEFAULTS).cost(ECUADOR, gaps);
            CostQuantities.CostTotals t = CostQuantities.of(ECUADOR, report).price(COSTS, CostPolicy.DEFAULTS);
            assertEquals(report.nationalCapex(), t.capex());
            assertEquals(report.nationalOpex(), t.opex());
            assertEquals(t, new CostCalculator(COSTS, CostPolicy.DEFAULTS).quantities(ECUADOR, gaps)
                    .price(COSTS, CostPolicy.DEFAULTS));
        });
    }

    @Test
    void theCentralTotalLiesBetweenTheSwingsOfAMonotoneInput() {
        qt().withExamples(30).forAll(integers().all(), integers().between(1, 40), integers().between(0, 1_000))
                .checkAssert((seed, n, at) -> {
                    CostQuantities q = CostQuantities.of(ECUADOR, new CostCalculator(COSTS, CostPolicy.DEFAULTS)
                            .cost(ECUADOR, gaps(seed, n)));
                    String typology = TYPOLOGIES.get(Math.floorMod(seed, TYPOLOGIES.size()));
                    UnitCost c = COSTS.of(typology).orElseThrow();
                    // A capex anywhere in a range around it: more capex never costs less.
                    BigDecimal low = c.capex().amount().multiply(new BigDecimal("0.5")).setScale(2,
                            java.math.RoundingMode.HALF_EVEN);
                    BigDecimal high = c.capex().amount().multiply(new BigDecimal("1.5")).setScale(2,
                            java.math.RoundingMode.HALF_EVEN);
                    BigDecimal central = low.add(high.subtract(low).multiply(BigDecimal.valueOf(at))
                            .divide(BigDecimal.valueOf(1_000), 2, java.math.RoundingMode.HALF_EVEN));
                    Sensitivity.Input input = new Sensitivity.Input(typology + "/capex", Sensitivity.Kind.UNIT_COST,
                            "health", central, new Range(low, high, "test"), Provenance.assumed("test"));
                    UnitCosts base = free(typology);
                    Sensitivity.Result r = Sensitivity.oneAtATime(List.of(input), changed -> q.price(base.with(
                            typology, UnitCost.Item.CAPEX, changed.getOrDefault(input.id(), central)),
                            CostPolicy.DEFAULTS).measures());
                    Sensitivity.Swing s = r.swings().get(0);
                    for (String measure : List.of("capex", "opex")) {
                        BigDecimal min = s.low(measure).min(s.high(measure));
                        BigDecimal max = s.low(measure).max(s.high(measure));
                        assertTrue(min.compareTo(r.central(measure)) <= 0 && r.central(measure).compareTo(max) <= 0,
                                measure + " " + r.central(measure) + " outside " + min + "-" + max);
                    }
                });
    }

    /** The default costs with one typology's capex range lifted, so the test may move it anywhere. */
    private static UnitCosts free(String typology) {
        UnitCost c = COSTS.of(typology).orElseThrow();
        Map<UnitCost.Item, UnitCost.Figure> f = new java.util.EnumMap<>(c.figures());
        f.put(UnitCost.Item.CAPEX, new UnitCost.Figure(c.provenance(UnitCost.Item.CAPEX), null));
        List<UnitCost> all = new ArrayList<>(COSTS.all().values());
        all.replaceAll(x -> x.typology().equals(typology) ? new UnitCost(c.typology(), c.basis(), c.capex(),
                c.equipment(), c.repairShare(), c.maintenanceShare(), c.salaryPerStaff(), c.buildYears(),
                c.priceYear(), c.salaryPriceYear(), f) : x);
        return new UnitCosts(all);
    }
}
