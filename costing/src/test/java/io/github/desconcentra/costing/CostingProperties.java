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
        return in -> new Project("P" + integers().between(0, 1_000_000).generate(in), DistrictCode.of("17D01"),
                List.of("health", "police", "fire").get(integers().between(0, 2).generate(in)), "X", "build", 1,
                Money.of(BigDecimal.valueOf(longs().between(0, 2_000).generate(in)), Money.USD),
                Money.of(BigDecimal.valueOf(longs().between(0, 100).generate(in)), Money.USD),
                integers().between(0, 3).generate(in), BigDecimal.valueOf(integers().between(0, 50).generate(in)), "");
    }

    private static List<Project> ranked(List<Project> ps) {
        Map<String, Project> unique = new HashMap<>();
        ps.forEach(p -> unique.putIfAbsent(p.id(), p));
        List<Project> list = new ArrayList<>(unique.values());
        list.sort(Planner.ORDER.thenComparing(Project::id));
        return list;
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
    void aPlanNeverExceedsACeilingAndFundsEveryProjectAtMostOnce() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60), integers().between(0, 3_000),
                integers().between(0, 3)).checkAssert((ps, ceiling, flags) -> {
                    Budget b = Budget.perYear(Money.of(BigDecimal.valueOf(ceiling), Money.USD), 2013, 2017)
                            .withPolicies((flags & 1) != 0, (flags & 2) != 0);
                    List<Project> ranked = ranked(ps);
                    Plan plan = Planner.schedule(ranked, b);
                    Set<String> seen = new HashSet<>();
                    plan.funded().forEach(f -> assertTrue(seen.add(f.project().id()), f::toString));
                    plan.unfunded().forEach(u -> assertTrue(seen.add(u.project().id()), u::toString));
                    assertEquals(ranked.size(), seen.size());
                    Money carry = Money.zero(Money.USD);
                    for (int y = 2013; y <= 2017; y++) {
                        Money limit = b.total().get(y).plus(carry);
                        Money spent = plan.spendPerYear().get(y);
                        assertTrue(!spent.isGreaterThan(limit), y + ": spent " + spent + " of " + limit);
                        carry = b.carryForward() ? limit.minus(spent) : Money.zero(Money.USD);
                    }
                });
    }

    @Test
    void withAnUnlimitedBudgetEverythingStartsInTheFirstYear() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60)).checkAssert(ps -> {
            Plan plan = Planner.schedule(ranked(ps), Budget.perYear(Money.parse("1000000000", Money.USD), 2013,
                    2021));
            assertEquals(List.of(), plan.unfunded());
            plan.funded().forEach(f -> {
                assertEquals(2013, f.year());
                assertEquals(2013 + f.project().buildYears(), f.completion());
            });
        });
    }

    @Test
    void withinAYearAHigherPriorityProjectLeftOutDidNotFit() {
        qt().forAll(lists().of(projects()).ofSizeBetween(0, 60), integers().between(0, 3_000))
                .checkAssert((ps, ceiling) -> {
                    Budget b = Budget.perYear(Money.of(BigDecimal.valueOf(ceiling), Money.USD), 2013, 2015);
                    List<Project> ranked = ranked(ps);
                    Plan plan = Planner.schedule(ranked, b);
                    Map<String, Integer> yearOf = new HashMap<>();
                    plan.funded().forEach(f -> yearOf.put(f.project().id(), f.year()));
                    for (int y = 2013; y <= 2015; y++) {
                        Money spentBefore = Money.zero(Money.USD);
                        for (Project p : ranked) {
                            Integer py = yearOf.get(p.id());
                            if (py != null && py < y) {
                                continue;
                            }
                            if (py != null && py == y) {
                                spentBefore = spentBefore.plus(p.capex());
                            } else {
                                Money left = b.total().get(y).minus(spentBefore);
                                assertTrue(p.capex().isGreaterThan(left), p.id() + " fitted in " + y);
                            }
                        }
                    }
                });
    }
}
