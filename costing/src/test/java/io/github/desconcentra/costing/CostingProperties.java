package io.github.desconcentra.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CostingProperties {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final UnitCosts COSTS = UnitCosts.defaults();
    private static final List<String> TYPOLOGIES = List.copyOf(COSTS.all().keySet());
    private static final CostCalculator CALCULATOR = new CostCalculator(COSTS, CostPolicy.DEFAULTS);

    private static Gen<Gap> gaps() {
        return in -> {
            String typology = TYPOLOGIES.get(integers().between(0, TYPOLOGIES.size() - 1).generate(in));
            UnitCost uc = COSTS.of(typology).orElseThrow();
            UnitCode unit = ECUADOR.districts().get(integers().between(0, 139).generate(in)).code();
            String measure = integers().between(0, 2).generate(in) == 0 ? "staff" : uc.basis().id();
            long required = integers().between(0, 500).generate(in);
            long deficit = integers().between(0, (int) required).generate(in);
            long repair = integers().between(0, 50).generate(in);
            return new Gap(unit, "health", typology, measure, required, deficit, repair, "rule");
        };
    }

    private static Gen<Project> projects() {
        return in -> {
            int first = integers().between(2027, 2031).generate(in);
            int last = integers().between(first, 2031).generate(in);
            return Fixtures.project("P" + integers().between(0, 1_000_000).generate(in),
                    List.of("health", "police", "fire").get(integers().between(0, 2).generate(in)),
                    Long.toString(longs().between(0, 2_000).generate(in)),
                    Long.toString(longs().between(0, 100).generate(in)), integers().between(0, 3).generate(in),
                    Integer.toString(integers().between(0, 50).generate(in)), Fixtures.years(first, last));
        };
    }

    private static Projects unique(List<Project> ps) {
        Map<String, Project> byId = new HashMap<>();
        ps.forEach(p -> byId.putIfAbsent(p.id(), p));
        return Fixtures.projects(2027, 2031, byId.values().toArray(new Project[0]));
    }

    @Test
    void costIsLinearInQuantities() {
        qt().forAll(gaps(), integers().between(1, 20)).checkAssert((g, k) -> {
            Gap scaled = new Gap(g.unit(), g.sector(), g.typology(), g.measure(), g.required() * k, g.deficit() * k,
                    g.repairSupply() * k, g.rule());
            List<CostLine> one = CALCULATOR.cost(ECUADOR, List.of(g)).standardLines();
            List<CostLine> many = CALCULATOR.cost(ECUADOR, List.of(scaled)).standardLines();
            assertEquals(one.size(), many.size());
            for (int i = 0; i < one.size(); i++) {
                assertEquals(one.get(i).capex().multipliedBy(k), many.get(i).capex());
                assertEquals(one.get(i).opexPerYear().multipliedBy(k), many.get(i).opexPerYear());
            }
        });
    }

    @Test
    void moneyTotalsDoNotDependOnOrder() {
        qt().forAll(lists().of(longs().between(-1_000_000_000L, 1_000_000_000L)).ofSizeBetween(0, 50),
                longs().all()).checkAssert((cents, seed) -> {
                    List<Money> amounts = new ArrayList<>();
                    cents.forEach(c -> amounts.add(Money.of(BigDecimal.valueOf(c, 2), Money.USD)));
                    List<Money> shuffled = new ArrayList<>(amounts);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(Money.total(Money.USD, amounts), Money.total(Money.USD, shuffled));
                });
    }

    @Test
    void capexPlusCommittedRecurrentCostNeverExceedsAYearsCeiling() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60), integers().between(0, 3_000),
                integers().between(0, 3)).checkAssert((ps, ceiling, flags) -> {
                    Budget b = Budget.perYear(Money.of(BigDecimal.valueOf(ceiling), Money.USD), 2027, 2031)
                            .withCarryForward((flags & 1) != 0);
                    PriorityPolicy policy = (flags & 2) == 0 ? PriorityPolicy.DEFAULT : PriorityPolicy.DEFAULT
                            .withSectorShares(Map.of("fire", new BigDecimal("0.2")), Map.of("health",
                                    new BigDecimal("0.5")));
                    Projects projects = unique(ps);
                    Plan plan = new Planner(policy).plan(projects, b);
                    Set<String> seen = new HashSet<>();
                    plan.funded().forEach(f -> {
                        assertTrue(seen.add(f.project().id()), f::toString);
                        assertTrue(f.project().neededIn().contains(f.start()), f::toString);
                        assertTrue(!f.project().isFree(), f::toString);
                    });
                    plan.unfunded().forEach(u -> assertTrue(seen.add(u.project().id()), u::toString));
                    assertEquals(projects.ranked().size(), seen.size());
                    Money carry = Money.zero(Money.USD);
                    Money zero = Money.zero(Money.USD);
                    for (int y = 2027; y <= 2031; y++) {
                        Money limit = b.total().get(y).plus(carry);
                        Money spent = plan.spendPerYear().get(y);
                        assertTrue(!spent.isGreaterThan(limit), y + ": spent " + spent + " of " + limit);
                        Money health = plan.spendPerYearAndSector().get(y).getOrDefault("health", zero);
                        if ((flags & 2) != 0) {
                            assertTrue(!health.isGreaterThan(b.total().get(y).multipliedBy(new BigDecimal("0.5"),
                                    java.math.RoundingMode.DOWN)), y + ": health " + health);
                        }
                        carry = b.carryForward() ? limit.minus(spent) : zero;
                    }
                });
    }

    @Test
    void withABudgetOfZeroNothingIsFunded() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60)).checkAssert(ps -> {
            Plan plan = new Planner(PriorityPolicy.DEFAULT).plan(unique(ps), Budget.perYear(Money.zero(Money.USD),
                    2027, 2031));
            assertEquals(List.of(), plan.funded());
        });
    }

    @Test
    void withAnUnlimitedBudgetEveryProjectStartsInTheFirstYearItMay() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60)).checkAssert(ps -> {
            Plan plan = new Planner(PriorityPolicy.DEFAULT).plan(unique(ps), Budget.perYear(
                    Money.parse("1000000000", Money.USD), 2027, 2031));
            plan.funded().forEach(f -> assertEquals(f.project().neededIn().stream().filter(y -> f.project()
                    .opening(y) <= 2031).findFirst().orElseThrow(), f.start(), f::toString));
            plan.unfunded().forEach(u -> assertTrue(u.project().isFree() || u.project().opening(u.project()
                    .neededIn().last()) > 2031, u::toString));
        });
    }

    @Test
    void withinAYearAHigherPriorityProjectLeftOutDidNotFit() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60), integers().between(0, 3_000))
                .checkAssert((ps, ceiling) -> {
                    Budget b = Budget.perYear(Money.of(BigDecimal.valueOf(ceiling), Money.USD), 2027, 2031);
                    Projects projects = unique(ps);
                    Plan plan = new Planner(PriorityPolicy.DEFAULT).plan(projects, b);
                    Map<String, Integer> startOf = new HashMap<>();
                    plan.funded().forEach(f -> startOf.put(f.project().id(), f.start()));
                    for (int y = 2027; y <= 2031; y++) {
                        Commitments c = new Commitments(b, PriorityPolicy.DEFAULT);
                        for (Plan.Funded f : plan.funded()) {
                            if (f.start() < y) {
                                c.commit(f.project(), f.start());
                            }
                        }
                        for (Project p : projects.ranked()) {
                            Integer s = startOf.get(p.id());
                            if (s != null && s < y) {
                                continue;
                            }
                            if (s != null && s == y) {
                                c.commit(p, y);
                            } else {
                                assertTrue(!c.fits(p, y), p.id() + " fitted in " + y);
                            }
                        }
                    }
                });
    }

    /** The order {@link CostLine#ORDER} was first written as: a chain of key extractors. */
    private static final java.util.Comparator<CostLine> ORDER_AS_KEYS = java.util.Comparator
            .comparing((CostLine l) -> l.unit().level().depth())
            .thenComparing(l -> l.unit().value())
            .thenComparing(CostLine::sector)
            .thenComparing(l -> l.scope().equals("total") ? 1 : 0)
            .thenComparing(CostLine::typology)
            .thenComparing(CostLine::action)
            .thenComparing(CostLine::scope)
            .thenComparing(CostLine::rule);

    private static Gen<CostLine> costLines() {
        List<UnitCode> units = new ArrayList<>(List.of(ECUADOR.nation().code()));
        ECUADOR.zones().forEach(z -> units.add(z.code()));
        ECUADOR.districts().subList(0, 6).forEach(d -> units.add(d.code()));
        ECUADOR.circuits().subList(0, 6).forEach(c -> units.add(c.code()));
        List<String> scopes = List.of("standard", "rollup", "total", "ideal");
        return in -> {
            Money m = Money.of(BigDecimal.valueOf(longs().between(0, 1_000_000).generate(in), 2), Money.USD);
            return new CostLine(scopes.get(integers().between(0, 3).generate(in)),
                    units.get(integers().between(0, units.size() - 1).generate(in)),
                    List.of("health", "education").get(integers().between(0, 1).generate(in)),
                    TYPOLOGIES.get(integers().between(0, 2).generate(in)),
                    List.of("build", "hire", "*").get(integers().between(0, 2).generate(in)),
                    0, m, m, 2022, List.of("", "r1", "r2").get(integers().between(0, 2).generate(in)));
        };
    }

    @Test
    void theOrderOfCostLinesIsTheOrderOfTheirKeys() {
        qt().forAll(costLines(), costLines()).checkAssert((a, b) -> {
            assertEquals(Integer.signum(ORDER_AS_KEYS.compare(a, b)), Integer.signum(CostLine.ORDER.compare(a, b)));
            assertEquals(0, CostLine.ORDER.compare(a, a));
        });
    }

    @Test
    void aSumNamesEverySourceOfTheLinesSummedOnceAndSorted() {
        List<String> texts = List.of("", "b (2020)", "a (2019); b (2020)", "c; a (2019)", "c; ", "; d");
        qt().forAll(lists().of(integers().between(0, texts.size() - 1)).ofSizeBetween(1, 8)).checkAssert(picks -> {
            List<Gap> gaps = new ArrayList<>();
            java.util.SortedSet<String> expected = new java.util.TreeSet<>();
            UnitCode circuit = ECUADOR.circuits().get(0).code();
            String typology = TYPOLOGIES.get(0);
            String basis = COSTS.of(typology).orElseThrow().basis().id();
            for (int i = 0; i < picks.size(); i++) {
                String text = texts.get(picks.get(i));
                for (String x : text.split("; ")) {
                    if (!x.isEmpty()) {
                        expected.add(x);
                    }
                }
                gaps.add(new Gap(circuit, "health", typology, basis, 3, 2, 0, "rule" + i, Set.of(typology),
                        SupplyAssessment.ASSESSED, text, null));
            }
            CostReport r = CALCULATOR.cost(ECUADOR, gaps);
            CostLine nation = r.nationalTotal("health").orElseThrow();
            assertEquals(String.join("; ", expected), nation.sources());
            assertEquals(Money.total(Money.USD, r.standardLines().stream().map(CostLine::capex).toList()),
                    nation.capex());
        });
    }
}
