package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Costs a gap: for each gap line on its typology's cost basis, the deficit is built (capex of a new unit with
 * equipment; maintenance as opex), the units needing repair that the requirement counts on are refurbished — or
 * replaced when refurbishing costs more than {@link CostPolicy#replaceAboveShare()} of a new unit — and a staff
 * deficit is hired (salary as opex). A gap line on the other measure (places of a typology costed per
 * establishment) is not costed again. Unit costs are restated to the policy's price year first, rounded half-even to
 * the cent; from there every figure is an exact multiple, so cost is linear in quantities. Roll-ups add standard
 * lines to every ancestor unit; totals add all typologies of a sector. Only lines whose supply was assessed are
 * costed: a line not assessed (its deficit unknown) or partly assessed (an upper bound) is listed as not costed with
 * that reason, and the requirement of a line not assessed is costed apart, as if built new, as the ideal network
 * where supply is unknown ({@link CostReport#idealWhereUnknown()}). Every cost line carries the inventory sources and
 * the weakest status of the gap lines it comes from.
 */
public final class CostCalculator {
    /** The reason a line whose supply was not assessed is neither costed nor planned. */
    public static final String NOT_ASSESSED = "supply not assessed: the deficit is unknown, so it is neither costed"
            + " nor planned";
    /** The reason a line whose supply was partly assessed is neither costed nor planned. */
    public static final String PARTLY_ASSESSED = "supply partly assessed: the deficit is an upper bound, so it is"
            + " neither costed nor planned";
    private final UnitCosts costs;
    private final CostPolicy policy;
    /** Each typology's figures restated once, not once per line. */
    private final Map<String, Prices> prices = new HashMap<>();

    /**
     * A calculator with these costs and policy.
     *
     * @throws IllegalArgumentException naming the typologies when a unit cost is not in US dollars or its price year
     *     (or the policy's) is not covered by the policy's price index
     */
    public CostCalculator(UnitCosts costs, CostPolicy policy) {
        this.costs = Preconditions.requireNonNull(costs, "unit costs");
        this.policy = Preconditions.requireNonNull(policy, "policy");
        List<String> problems = costs.problemsWith(policy);
        Preconditions.check(problems.isEmpty(), "%s", String.join("; ", problems));
        costs.all().forEach((typology, uc) -> prices.put(typology, Prices.of(uc, policy)));
    }

    /**
     * Costs gap lines.
     *
     * @param territory for roll-ups, never null
     * @param gaps never null
     */
    public CostReport cost(Territory territory, List<Gap> gaps) {
        List<CostLine> standard = new ArrayList<>();
        List<CostLine> ideal = new ArrayList<>();
        List<Map.Entry<Gap, String>> notCosted = new ArrayList<>();
        for (Gap g : gaps) {
            if (g.assessment() != SupplyAssessment.ASSESSED) {
                notCosted.add(new AbstractMap.SimpleImmutableEntry<>(g, g.assessment()
                        == SupplyAssessment.NOT_ASSESSED ? NOT_ASSESSED : PARTLY_ASSESSED));
                if (g.assessment() == SupplyAssessment.NOT_ASSESSED && g.required() > 0) {
                    Optional<UnitCost> uc = costs.of(g.typology());
                    if (uc.isPresent()) {
                        idealLines(g, uc.get(), ideal);
                    }
                }
                continue;
            }
            Optional<UnitCost> uc = costs.of(g.typology());
            if (uc.isEmpty()) {
                if (g.deficit() > 0 || g.repairSupply() > 0) {
                    notCosted.add(new AbstractMap.SimpleImmutableEntry<>(g, "no unit cost for typology "
                            + g.typology()));
                }
                continue;
            }
            lines(g, uc.get(), standard, notCosted);
        }
        List<CostLine> all = new ArrayList<>(standard);
        all.addAll(rollUps(territory, standard));
        all.sort(CostLine.ORDER);
        List<CostLine> idealAll = new ArrayList<>(ideal);
        idealAll.addAll(idealTotals(territory, ideal));
        idealAll.sort(CostLine.ORDER);
        return new CostReport(all, notCosted, policy.priceYear(), idealAll);
    }

    /**
     * The quantities of the standard lines these gaps cost (see {@link CostQuantities}), without making the roll-ups
     * and totals: what a what-if needs to price the national and zone totals again, at a fraction of {@link #cost}.
     *
     * @param territory for the zones, never null
     * @param gaps never null
     */
    public CostQuantities quantities(Territory territory, List<Gap> gaps) {
        List<CostLine> standard = new ArrayList<>();
        List<Map.Entry<Gap, String>> ignored = new ArrayList<>();
        for (Gap g : gaps) {
            if (g.assessment() == SupplyAssessment.ASSESSED) {
                Optional<UnitCost> uc = costs.of(g.typology());
                if (uc.isPresent()) {
                    lines(g, uc.get(), standard, ignored);
                }
            }
        }
        return CostQuantities.of(territory, standard);
    }

    /**
     * The ideal network of a line whose supply is unknown: its whole requirement as if nothing existed, built (on
     * its typology's cost basis) or hired; nothing to repair.
     */
    private void idealLines(Gap g, UnitCost uc, List<CostLine> out) {
        Prices p = prices.get(g.typology());
        long n = g.required();
        if (g.measure().equals("staff")) {
            out.add(line("ideal", g, Action.HIRE, n, Money.zero(p.newUnit().currency()), p.salary().multipliedBy(n)));
        } else if (g.measure().equals(uc.basis().id())) {
            out.add(line("ideal", g, Action.BUILD, n, p.newUnit().multipliedBy(n), p.maintenance().multipliedBy(n)));
        }
    }

    /** The national totals per sector of the ideal network where supply is unknown. */
    private List<CostLine> idealTotals(Territory territory, List<CostLine> ideal) {
        Map<String, Sum> bySector = new java.util.TreeMap<>();
        for (CostLine l : ideal) {
            bySector.computeIfAbsent(l.sector(), k -> new Sum()).add(l);
        }
        List<CostLine> out = new ArrayList<>();
        Map<String, String> single = new HashMap<>();
        bySector.forEach((sector, v) -> out.add(new CostLine("ideal_total", territory.nation().code(), sector, "*",
                "*", 0, v.capex, v.opex, policy.priceYear(), "", v.sources(single), v.status)));
        return out;
    }

    /** Adds the standard lines of an assessed gap line to {@code out}, or says in {@code notCosted} why not. */
    private void lines(Gap g, UnitCost uc, List<CostLine> out, List<Map.Entry<Gap, String>> notCosted) {
        Prices p = prices.get(g.typology());
        Money zero = Money.zero(p.newUnit().currency());
        if (g.measure().equals("staff")) {
            if (g.deficit() > 0) {
                out.add(line("standard", g, Action.HIRE, g.deficit(), zero, p.salary().multipliedBy(g.deficit())));
            }
            return;
        }
        if (!g.measure().equals(uc.basis().id())) {
            if (g.deficit() > 0) {
                notCosted.add(new AbstractMap.SimpleImmutableEntry<>(g, g.typology() + " is costed per "
                        + uc.basis().id() + "; its " + g.measure() + " line is not costed again"));
            }
            return;
        }
        if (g.deficit() > 0) {
            out.add(line("standard", g, Action.BUILD, g.deficit(), p.newUnit().multipliedBy(g.deficit()),
                    p.maintenance().multipliedBy(g.deficit())));
        }
        long toRepair = Math.min(g.repairSupply(), g.required());
        if (toRepair > 0) {
            out.add(line("standard", g, p.replaces() ? Action.REPLACE : Action.REFURBISH, toRepair,
                    p.repairOrReplace().multipliedBy(toRepair), zero));
        }
    }

    /**
     * One unit's figures restated to the policy's price year, rounded half-even to the cent: every cost line is an
     * exact multiple of one of them, so totals can be re-priced from quantities ({@link CostQuantities}).
     *
     * @param newUnit capex and equipment of one new unit
     * @param maintenance yearly maintenance of one new unit
     * @param salary yearly salary of one staff member
     * @param replaces true when refurbishing costs more than the policy's replace share, so a unit needing repair is
     *     replaced
     * @param repairOrReplace what one unit needing repair costs: a new unit when it is replaced, else its refurbishing
     */
    record Prices(Money newUnit, Money maintenance, Money salary, boolean replaces, Money repairOrReplace) {
        static Prices of(UnitCost uc, CostPolicy policy) {
            int y = policy.priceYear();
            PriceIndex ix = policy.priceIndex();
            Money newUnit = ix.restate(uc.newUnit(), uc.priceYear(), y);
            boolean replace = uc.repairShare().compareTo(policy.replaceAboveShare()) > 0;
            return new Prices(newUnit, ix.restate(uc.maintenance(), uc.priceYear(), y),
                    ix.restate(uc.salaryPerStaff(), uc.salaryPriceYear(), y), replace,
                    replace ? newUnit : ix.restate(uc.repair(), uc.priceYear(), y));
        }
    }

    private CostLine line(String scope, Gap g, Action a, long quantity, Money capex, Money opex) {
        return new CostLine(scope, g.unit(), g.sector(), g.typology(), a.id(), quantity, capex, opex,
                policy.priceYear(), g.rule(), g.sources(), g.status());
    }

    /** Running sum of cost lines, with the union of their sources and their weakest status. */
    private static final class Sum {
        long quantity;
        Money capex;
        Money opex;
        /** The lines' sources texts, each kept once: thousands of lines share a handful of them. */
        final java.util.Set<String> sourcesTexts = new java.util.HashSet<>();
        io.github.desconcentra.territory.Provenance.Status status;

        void add(CostLine l) {
            quantity = Math.addExact(quantity, l.quantity());
            capex = capex == null ? l.capex() : capex.plus(l.capex());
            opex = opex == null ? l.opexPerYear() : opex.plus(l.opexPerYear());
            sourcesTexts.add(l.sources());
            if (l.status() != null) {
                status = status == null ? l.status()
                        : io.github.desconcentra.territory.Provenance.Status.weakest(status, l.status());
            }
        }

        /**
         * Every source of the lines summed, sorted, once each, joined by {@code "; "}.
         *
         * @param single the text of sums citing one sources text, by that text: most sums do, and a few hundred
         *     texts are shared by thousands of sums, so each is split and sorted once
         */
        String sources(Map<String, String> single) {
            if (sourcesTexts.size() == 1) {
                String text = sourcesTexts.iterator().next();
                String known = single.get(text);
                if (known == null) {
                    known = joined(List.of(text));
                    single.put(text, known);
                }
                return known;
            }
            return joined(sourcesTexts);
        }

        private static String joined(java.util.Collection<String> texts) {
            java.util.SortedSet<String> sources = new java.util.TreeSet<>();
            for (String text : texts) {
                int from = 0;
                while (from <= text.length()) {
                    int to = text.indexOf("; ", from);
                    String s = text.substring(from, to < 0 ? text.length() : to);
                    if (!s.isEmpty()) {
                        sources.add(s);
                    }
                    if (to < 0) {
                        break;
                    }
                    from = to + 2;
                }
            }
            return String.join("; ", sources);
        }
    }

    private List<CostLine> rollUps(Territory territory, List<CostLine> standard) {
        record Key(UnitCode unit, String sector, String typology, String action, String scope) {
            // Written out: the generated methods go through method handles (made at the first call, then not inlined
            // by the launcher's C1-only compiler), and every standard line looks up two or three keys per ancestor.
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && unit.equals(k.unit) && sector.equals(k.sector)
                        && typology.equals(k.typology) && action.equals(k.action) && scope.equals(k.scope);
            }

            @Override
            public int hashCode() {
                return (((unit.hashCode() * 31 + sector.hashCode()) * 31 + typology.hashCode()) * 31
                        + action.hashCode()) * 31 + scope.hashCode();
            }
        }
        Map<Key, Sum> sums = new HashMap<>();
        for (CostLine l : standard) {
            List<UnitCode> ancestors = territory.ancestors(l.unit());
            for (UnitCode a : ancestors) {
                sums.computeIfAbsent(new Key(a, l.sector(), l.typology(), l.action(), "rollup"), k -> new Sum()).add(l);
                sums.computeIfAbsent(new Key(a, l.sector(), "*", "*", "total"), k -> new Sum()).add(l);
            }
            sums.computeIfAbsent(new Key(l.unit(), l.sector(), "*", "*", "total"), k -> new Sum()).add(l);
        }
        List<CostLine> out = new ArrayList<>();
        Map<String, String> single = new HashMap<>();
        sums.forEach((k, v) -> out.add(new CostLine(k.scope(), k.unit(), k.sector(), k.typology(), k.action(),
                k.scope().equals("total") ? 0 : v.quantity, v.capex, v.opex, policy.priceYear(), "",
                v.sources(single), v.status)));
        return out;
    }
}
