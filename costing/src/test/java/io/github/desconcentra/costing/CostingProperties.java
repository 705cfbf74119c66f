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
}
