package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a plan achieves, in the terms a ministry reads: the people served, the share of the gap closed by each year
 * per sector and per zone, the spending per year, the recurrent cost committed, the sectors that get nothing and why,
 * the largest items left out, and how evenly the districts are served.
 *
 * <p><b>The gap</b> of a group (a sector, a zone, the nation) is the people served by all its projects, funded or
 * not; the share <b>closed by a year</b> is the people served by its funded projects open by then, over that gap.
 * <b>Spread across districts</b> is the Gini index of the districts' shares closed by the last year: for n districts
 * with a gap and shares c, {@code G = Σ_i Σ_j |c_i - c_j| / (2 n Σ c)}: 0 when every district has the same share, near
 * 1 when one district has it all; 0 when nothing is served. Projects of a zone (hospitals, prisons) belong to no
 * district and are left out of it.
 *
 * @param firstYear first plan year
 * @param lastYear last plan year
 * @param items every project of the plan, funded or not
 */
public record PlanOutcomes(int firstYear, int lastYear, List<Item> items) {

    /**
     * One project as the outcomes see it.
     *
     * @param id the project's id
     * @param sector sector id
     * @param zone the zone holding its unit
     * @param district the district holding its unit, empty for a zone's project
     * @param peopleServed the people it serves
     * @param capex its capex
     * @param opexPerYear its recurrent cost once open
     * @param buildYears years from start to opening
     * @param start its start year, or null when unfunded
     * @param reason why it is unfunded, empty when funded
     */
    public record Item(String id, String sector, String zone, String district, long peopleServed, Money capex,
                       Money opexPerYear, int buildYears, Integer start, String reason) {
        /** True when funded. */
        public boolean funded() {
            return start != null;
        }

        /** The year it opens; throws {@link IllegalStateException} when unfunded. */
        public int opening() {
            if (start == null) {
                throw new IllegalStateException(id + " is not funded");
            }
            return start + buildYears;
        }

        /** True when funded and open by {@code year}. */
        public boolean openBy(int year) {
            return start != null && opening() <= year;
        }
    }

    /** Copies. */
    public PlanOutcomes {
        Preconditions.check(lastYear >= firstYear, "years must run forward: %d-%d", firstYear, lastYear);
        items = List.copyOf(items);
    }

    /** The outcomes of a plan on the territory its units belong to. */
    public static PlanOutcomes of(Plan plan, Territory territory) {
        List<Item> items = new ArrayList<>();
        for (Plan.Funded f : plan.funded()) {
            items.add(item(territory, f.project(), f.start(), ""));
        }
        for (Plan.Unfunded u : plan.unfunded()) {
            items.add(item(territory, u.project(), null, u.reason()));
        }
        return new PlanOutcomes(plan.budget().firstYear(), plan.budget().lastYear(), items);
    }

    private static Item item(Territory t, Project p, Integer start, String reason) {
        String[] zd = zoneAndDistrict(t, p.unit());
        return new Item(p.id(), p.sector(), zd[0], zd[1], p.peopleServed(), p.capex(), p.opexPerYear(),
                p.buildYears(), start, reason);
    }

    /** The zone and district (empty for a zone) of a planning unit. */
    public static String[] zoneAndDistrict(Territory t, UnitCode unit) {
        return new String[] {t.enclosing(unit, Level.ZONE).map(UnitCode::value).orElse(""),
                t.enclosing(unit, Level.DISTRICT).map(UnitCode::value).orElse("")};
    }

    /** People served by the funded projects open by the last year. */
    public long peopleServed() {
        return items.stream().filter(i -> i.openBy(lastYear)).mapToLong(Item::peopleServed).sum();
    }

    /** People all projects would serve: the gap in people. */
    public long peopleInGap() {
        return items.stream().mapToLong(Item::peopleServed).sum();
    }

    /** The sector ids with a gap, sorted. */
    public List<String> sectors() {
        return items.stream().map(Item::sector).distinct().sorted().toList();
    }

    /** The zones with a gap, sorted. */
    public List<String> zones() {
        return items.stream().map(Item::zone).filter(z -> !z.isEmpty()).distinct().sorted().toList();
    }

    /** Share of the whole gap closed by each year, 4 decimals. */
    public SortedMap<Integer, BigDecimal> closedByYear() {
        return closed(items);
    }

    /** Share of each sector's gap closed by each year, 4 decimals. */
    public SortedMap<String, SortedMap<Integer, BigDecimal>> closedBySector() {
        SortedMap<String, SortedMap<Integer, BigDecimal>> m = new TreeMap<>();
        for (String s : sectors()) {
            m.put(s, closed(items.stream().filter(i -> i.sector().equals(s)).toList()));
        }
        return m;
    }

    /** Share of each zone's gap closed by each year, 4 decimals. */
    public SortedMap<String, SortedMap<Integer, BigDecimal>> closedByZone() {
        SortedMap<String, SortedMap<Integer, BigDecimal>> m = new TreeMap<>();
        for (String z : zones()) {
            m.put(z, closed(items.stream().filter(i -> i.zone().equals(z)).toList()));
        }
        return m;
    }

    private SortedMap<Integer, BigDecimal> closed(List<Item> group) {
        long gap = group.stream().mapToLong(Item::peopleServed).sum();
        SortedMap<Integer, BigDecimal> m = new TreeMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            int year = y;
            long served = group.stream().filter(i -> i.openBy(year)).mapToLong(Item::peopleServed).sum();
            m.put(y, share(served, gap));
        }
        return m;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole),
                4, RoundingMode.HALF_EVEN);
    }

    /** People served by the last year per sector. */
    public SortedMap<String, Long> peopleServedBySector() {
        SortedMap<String, Long> m = new TreeMap<>();
        sectors().forEach(s -> m.put(s, 0L));
        items.stream().filter(i -> i.openBy(lastYear)).forEach(i -> m.merge(i.sector(), i.peopleServed(), Long::sum));
        return m;
    }

    /** Capex paid each year. */
    public SortedMap<Integer, Money> capexPerYear() {
        return perYear((i, y) -> Project.capexIn(i.capex(), i.buildYears(), i.start(), y));
    }

    /** Recurrent cost of the open funded projects each year. */
    public SortedMap<Integer, Money> recurrentPerYear() {
        return perYear((i, y) -> y >= i.opening() ? i.opexPerYear() : Money.zero(Money.USD));
    }

    private SortedMap<Integer, Money> perYear(java.util.function.BiFunction<Item, Integer, Money> amount) {
        SortedMap<Integer, Money> m = zeroes();
        for (Item i : items) {
            if (i.funded()) {
                for (int y = i.start(); y <= lastYear; y++) {
                    m.merge(y, amount.apply(i, y), Money::plus);
                }
            }
        }
        return m;
    }

    private SortedMap<Integer, Money> zeroes() {
        SortedMap<Integer, Money> m = new TreeMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            m.put(y, Money.zero(Money.USD));
        }
        return m;
    }

    /** The recurrent cost per year committed once every funded project is open. */
    public Money recurrentCommitted() {
        return Money.total(Money.USD, items.stream().filter(Item::funded).map(Item::opexPerYear).toList());
    }

    /** Capex of the funded projects. */
    public Money fundedCapex() {
        return Money.total(Money.USD, items.stream().filter(Item::funded).map(Item::capex).toList());
    }

    /**
     * The sectors with a gap whose plan closes none of it by the last year (less than half a percent of the people
     * its projects would serve, as {@link #closedBySector()} rounds it), each with why: the most frequent reason of its
     * unfunded projects (ties: the reason first in alphabetical order), preceded, when some of its projects are funded,
     * by how many and what they close. A sector that gets a few staffing packages but none of the buildings its gap
     * needs is named here, not counted as served.
     */
    public SortedMap<String, String> sectorsWithNothing() {
        SortedMap<String, String> m = new TreeMap<>();
        BigDecimal negligible = new BigDecimal("0.005");
        for (String s : sectors()) {
            List<Item> of = items.stream().filter(i -> i.sector().equals(s)).toList();
            BigDecimal closed = closed(of).get(lastYear);
            if (closed.compareTo(negligible) >= 0) {
                continue;
            }
            Map<String, Long> counts = new TreeMap<>();
            of.stream().filter(i -> !i.funded()).forEach(i -> counts.merge(generic(i.reason()), 1L, Long::sum));
            long funded = of.stream().filter(Item::funded).count();
            String prefix = funded == 0 ? "" : String.format(Locale.ROOT, "%d of its %d projects funded, closing"
                    + " %s %% of its gap by %d; the others: ", funded, of.size(),
                    closed.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString(), lastYear);
            if (counts.isEmpty()) {
                m.put(s, prefix + "none unfunded");
                continue;
            }
            String reason = Collections.max(counts.entrySet(), Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).getKey();
            m.put(s, prefix + reason + " (" + counts.get(reason) + " of its " + (of.size() - funded)
                    + (funded == 0 ? " projects)" : " unfunded)"));
        }
        return m;
    }

    /** A reason without the figures of one project, so reasons of a sector can be counted together. */
    private static String generic(String reason) {
        int colon = reason.indexOf(": ");
        return reason.startsWith("on its own") && colon > 0 ? reason.substring(0, colon) : reason;
    }

    /** The largest unfunded projects: capex descending, then recurrent cost descending, then id. */
    public List<Item> biggestUnfunded(int n) {
        return items.stream().filter(i -> !i.funded()).sorted(Comparator.comparing(Item::capex).reversed()
                .thenComparing(Item::opexPerYear, Comparator.reverseOrder()).thenComparing(Item::id)).limit(n).toList();
    }

    /** The share of each district's gap closed by the last year, by district code. */
    public SortedMap<String, BigDecimal> closedByDistrict() {
        SortedMap<String, long[]> sums = new TreeMap<>();
        for (Item i : items) {
            if (!i.district().isEmpty()) {
                long[] v = sums.computeIfAbsent(i.district(), k -> new long[2]);
                v[1] += i.peopleServed();
                if (i.openBy(lastYear)) {
                    v[0] += i.peopleServed();
                }
            }
        }
        SortedMap<String, BigDecimal> m = new TreeMap<>();
        sums.forEach((d, v) -> {
            if (v[1] > 0) {
                m.put(d, share(v[0], v[1]));
            }
        });
        return m;
    }

    /** The Gini index of {@link #closedByDistrict()}, 4 decimals; see the type's description. */
    public BigDecimal districtGini() {
        return gini(new ArrayList<>(closedByDistrict().values()));
    }

    /**
     * The Gini index of non-negative values: {@code Σ_i Σ_j |c_i - c_j| / (2 n Σ c)}, computed on the sorted values
     * as {@code 2 Σ_i i c_(i) / (n Σ c) - (n + 1) / n}; 0 for no values or when they add up to 0. 4 decimals.
     */
    public static BigDecimal gini(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (n == 0 || sum.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            weighted = weighted.add(sorted.get(i).multiply(BigDecimal.valueOf(i + 1L)));
        }
        BigDecimal nn = BigDecimal.valueOf(n);
        BigDecimal g = weighted.multiply(BigDecimal.valueOf(2)).divide(nn.multiply(sum), MathContext.DECIMAL64)
                .subtract(nn.add(BigDecimal.ONE).divide(nn, MathContext.DECIMAL64));
        return g.max(BigDecimal.ZERO).setScale(4, RoundingMode.HALF_EVEN);
    }
}
