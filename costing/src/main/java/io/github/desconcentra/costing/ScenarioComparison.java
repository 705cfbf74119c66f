package io.github.desconcentra.costing;

import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two cost scenarios (other standards, costs, budgets or year) per unit and sector, on their sector totals.
 */
public final class ScenarioComparison {
    private ScenarioComparison() {
    }

    /**
     * One unit and sector in both scenarios.
     *
     * @param unit the unit
     * @param sector the sector id
     * @param capexA capex in scenario A (zero when absent)
     * @param capexB capex in scenario B (zero when absent)
     * @param opexA opex per year in A
     * @param opexB opex per year in B
     */
    public record Difference(UnitCode unit, String sector, Money capexA, Money capexB, Money opexA, Money opexB) {
        /** B minus A. */
        public Money capexChange() {
            return capexB.minus(capexA);
        }

        /** B minus A. */
        public Money opexChange() {
            return opexB.minus(opexA);
        }
    }

    /**
     * Differences of the sector totals ({@code scope=total}) of two scenarios, for every unit and sector present in
     * either, sorted by unit then sector; units whose totals are equal are left out.
     */
    public static List<Difference> compare(List<CostLine> a, List<CostLine> b) {
        record Key(UnitCode unit, String sector) {
        }
        Map<Key, Money[]> m = new TreeMap<>(Comparator.comparing(Key::unit).thenComparing(Key::sector));
        Money zero = Money.zero(Money.USD);
        for (CostLine l : a) {
            if (l.scope().equals("total")) {
                Money[] v = m.computeIfAbsent(new Key(l.unit(), l.sector()), k -> new Money[] {zero, zero, zero, zero});
                v[0] = l.capex();
                v[2] = l.opexPerYear();
            }
        }
        for (CostLine l : b) {
            if (l.scope().equals("total")) {
                Money[] v = m.computeIfAbsent(new Key(l.unit(), l.sector()), k -> new Money[] {zero, zero, zero, zero});
                v[1] = l.capex();
                v[3] = l.opexPerYear();
            }
        }
        List<Difference> out = new ArrayList<>();
        m.forEach((k, v) -> {
            if (!v[0].equals(v[1]) || !v[2].equals(v[3])) {
                out.add(new Difference(k.unit(), k.sector(), v[0], v[1], v[2], v[3]));
            }
        });
        return out;
    }
}
