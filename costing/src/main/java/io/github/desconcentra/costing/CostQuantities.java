package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The quantities behind a cost report's standard lines — units to build, units needing repair, staff to hire — per
 * sector, typology and planning zone, so the report's national and zone totals can be priced again with other unit
 * costs without evaluating or costing line by line again. {@link CostCalculator} prices each line as an exact
 * multiple of a unit's restated figure, so {@link #price} gives the same totals to the cent as costing the gaps with
 * those unit costs (repair or replace decided again with each unit cost's repair share). Immutable.
 */
public final class CostQuantities {
    /** Where a line's quantities count: its sector, typology and zone (null for a line of the nation itself). */
    private record Key(String sector, String typology, UnitCode zone) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = sector.compareTo(o.sector);
            c = c != 0 ? c : typology.compareTo(o.typology);
            return c != 0 ? c : (zone == null ? "" : zone.value()).compareTo(o.zone == null ? "" : o.zone.value());
        }
    }

    /** Units built, units repaired or replaced, staff hired. */
    private record Counts(long build, long repair, long hire) {
        Counts plus(Counts o) {
            return new Counts(Math.addExact(build, o.build), Math.addExact(repair, o.repair),
                    Math.addExact(hire, o.hire));
        }
    }

    private final SortedMap<Key, Counts> counts;

    private CostQuantities(SortedMap<Key, Counts> counts) {
        this.counts = Collections.unmodifiableSortedMap(counts);
    }

    /**
     * The quantities of a report's standard lines, each counted in the zone holding its unit.
     *
     * @param territory the territory the report was costed on, never null
     * @param report never null
     */
    public static CostQuantities of(Territory territory, CostReport report) {
        return of(territory, report.standardLines());
    }

    /** The quantities of standard cost lines, each counted in the zone holding its unit. */
    static CostQuantities of(Territory territory, List<CostLine> standardLines) {
        Preconditions.requireNonNull(territory, "territory");
        SortedMap<Key, Counts> m = new TreeMap<>();
        Map<UnitCode, UnitCode> zones = new java.util.HashMap<>();
        for (CostLine l : standardLines) {
            UnitCode zone = zones.computeIfAbsent(l.unit(), u -> zoneOf(territory, u));
            long q = l.quantity();
            Counts c = switch (Action.valueOf(l.action().toUpperCase(java.util.Locale.ROOT))) {
                case BUILD -> new Counts(q, 0, 0);
                case REFURBISH, REPLACE -> new Counts(0, q, 0);
                case HIRE -> new Counts(0, 0, q);
            };
            m.merge(new Key(l.sector(), l.typology(), zone), c, Counts::plus);
        }
        return new CostQuantities(m);
    }

    private static UnitCode zoneOf(Territory t, UnitCode u) {
        if (u.level() == Level.ZONE) {
            return u;
        }
        for (UnitCode a : t.ancestors(u)) {
            if (a.level() == Level.ZONE) {
                return a;
            }
        }
        return null;
    }

    /** The sectors with quantities, sorted. */
    public Set<String> sectors() {
        Set<String> out = new java.util.TreeSet<>();
        counts.keySet().forEach(k -> out.add(k.sector()));
        return out;
    }

    /**
     * These quantities with those of the given sectors taken from {@code other} instead (a what-if that moved only
     * those sectors' standards).
     *
     * @param sectors sector ids, never null
     * @param other never null
     */
    public CostQuantities withSectors(Set<String> sectors, CostQuantities other) {
        SortedMap<Key, Counts> m = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (!sectors.contains(k.sector())) {
                m.put(k, v);
            }
        });
        other.counts.forEach((k, v) -> {
            if (sectors.contains(k.sector())) {
                m.put(k, v);
            }
        });
        return new CostQuantities(m);
    }

    /**
     * Prices the quantities with these unit costs and policy.
     *
     * @throws IllegalArgumentException naming the typology when a quantity's typology has no unit cost
     */
    public CostTotals price(UnitCosts costs, CostPolicy policy) {
        Map<String, CostCalculator.Prices> prices = new TreeMap<>();
        SortedMap<String, Money> capexBySector = new TreeMap<>();
        SortedMap<String, Money> opexBySector = new TreeMap<>();
        SortedMap<UnitCode, Money> capexByZone = new TreeMap<>(java.util.Comparator.comparing(UnitCode::value));
        SortedMap<String, Long> builtBySector = new TreeMap<>();
        SortedMap<String, Long> hiredBySector = new TreeMap<>();
        Money zero = Money.zero(Money.USD);
        for (Map.Entry<Key, Counts> e : counts.entrySet()) {
            Key k = e.getKey();
            Counts c = e.getValue();
            CostCalculator.Prices p = prices.computeIfAbsent(k.typology(), t -> CostCalculator.Prices.of(costs.of(t)
                    .orElseThrow(() -> new IllegalArgumentException("no unit cost for typology " + t)), policy));
            Money capex = p.newUnit().multipliedBy(c.build()).plus(p.repairOrReplace().multipliedBy(c.repair()));
            Money opex = p.maintenance().multipliedBy(c.build()).plus(p.salary().multipliedBy(c.hire()));
            capexBySector.merge(k.sector(), capex, Money::plus);
            opexBySector.merge(k.sector(), opex, Money::plus);
            if (k.zone() != null) {
                capexByZone.merge(k.zone(), capex, Money::plus);
            }
            builtBySector.merge(k.sector(), c.build(), Math::addExact);
            hiredBySector.merge(k.sector(), c.hire(), Math::addExact);
        }
        return new CostTotals(Money.total(Money.USD, new ArrayList<>(capexBySector.values())),
                Money.total(Money.USD, new ArrayList<>(opexBySector.values())), capexBySector, opexBySector,
                capexByZone, builtBySector, hiredBySector, policy.priceYear());
    }

    /**
     * National and zone totals of a priced set of quantities.
     *
     * @param capex national capital cost, all sectors
     * @param opex national recurrent cost per year, all sectors
     * @param capexBySector per sector id, sorted
     * @param opexBySector per sector id, sorted
     * @param capexByZone per planning zone, sorted by code (lines of the nation itself count in no zone)
     * @param builtBySector units to build per sector (the costed deficit, on each typology's cost basis)
     * @param hiredBySector staff to hire per sector (the costed staff deficit)
     * @param priceYear the year of the prices
     */
    public record CostTotals(Money capex, Money opex, SortedMap<String, Money> capexBySector,
                             SortedMap<String, Money> opexBySector, SortedMap<UnitCode, Money> capexByZone,
                             SortedMap<String, Long> builtBySector, SortedMap<String, Long> hiredBySector,
                             int priceYear) {
        /** Copies. */
        public CostTotals {
            capexBySector = Collections.unmodifiableSortedMap(new TreeMap<>(capexBySector));
            opexBySector = Collections.unmodifiableSortedMap(new TreeMap<>(opexBySector));
            SortedMap<UnitCode, Money> z = new TreeMap<>(java.util.Comparator.comparing(UnitCode::value));
            z.putAll(capexByZone);
            capexByZone = Collections.unmodifiableSortedMap(z);
            builtBySector = Collections.unmodifiableSortedMap(new TreeMap<>(builtBySector));
            hiredBySector = Collections.unmodifiableSortedMap(new TreeMap<>(hiredBySector));
        }

        /**
         * Every figure by a stable name, sorted: {@code capex}, {@code opex}, {@code capex/<sector>},
         * {@code opex/<sector>}, {@code capex/zone/<code>}, {@code build/<sector>} (units), {@code hire/<sector>}
         * (staff). Money in US dollars of {@link #priceYear}.
         */
        public SortedMap<String, BigDecimal> measures() {
            SortedMap<String, BigDecimal> m = new TreeMap<>();
            m.put("capex", capex.amount());
            m.put("opex", opex.amount());
            capexBySector.forEach((s, v) -> m.put("capex/" + s, v.amount()));
            opexBySector.forEach((s, v) -> m.put("opex/" + s, v.amount()));
            capexByZone.forEach((z, v) -> m.put("capex/zone/" + z.value(), v.amount()));
            builtBySector.forEach((s, v) -> m.put("build/" + s, BigDecimal.valueOf(v)));
            hiredBySector.forEach((s, v) -> m.put("hire/" + s, BigDecimal.valueOf(v)));
            return Collections.unmodifiableSortedMap(m);
        }
    }
}
