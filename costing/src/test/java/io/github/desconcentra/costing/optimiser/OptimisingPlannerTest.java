package io.github.desconcentra.costing.optimiser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.desconcentra.costing.Action;
import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Commitments;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.Priority;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.Project;
import io.github.desconcentra.costing.Projects;
import io.github.desconcentra.territory.DistrictCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OptimisingPlannerTest {
    private static final OptimisingPlanner OPTIMISER = new OptimisingPlanner(PriorityPolicy.DEFAULT,
            new OptimisingPlanner.Limits(20_000, Duration.ofMinutes(5)));

    private static Project project(String id, String capex, String opex, int build, String score, long people,
                                   int first, int last) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return new Project(id, DistrictCode.of("17D01"), "health", "X", Action.BUILD, 1, 0,
                Money.parse(capex, Money.USD), Money.parse(opex, Money.USD), build, years, people,
                new Priority(new BigDecimal(score), first, 1, 1, 0, BigDecimal.ONE, people, people, BigDecimal.ONE),
                "rule");
    }

    private static Projects projects(int first, int last, List<Project> ps) {
        List<Project> ranked = new ArrayList<>(ps);
        ranked.sort(Projects.PRIORITY);
        Map<Integer, String> demand = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            demand.put(y, "test");
        }
        return new Projects(first, last, demand, ranked, List.of());
    }

    private static long people(Plan plan) {
        return plan.funded().stream().mapToLong(f -> f.project().peopleServed()).sum();
    }

    @Test
    void twoSmallerProjectsServeMoreThanTheOneWithTheHighestPriority() {
        Projects ps = projects(2027, 2028, List.of(project("big", "100", "0", 1, "9", 10, 2027, 2027),
                project("b", "50", "0", 1, "5", 8, 2027, 2027), project("c", "50", "0", 1, "4", 8, 2027, 2027)));
        Budget budget = Budget.perYear(Money.parse("100", Money.USD), 2027, 2028);
        Plan greedy = new Planner(PriorityPolicy.DEFAULT).plan(ps, budget);
        assertEquals(10, people(greedy));
        Plan optimised = OPTIMISER.plan(ps, budget, greedy);
        assertEquals(OptimisingPlanner.OPTIMISED, optimised.planner());
        assertEquals(16, people(optimised));
        assertEquals(OptimisingPlanner.NOT_CHOSEN, optimised.unfunded().get(0).reason());
        assertTrue(optimised.notes().get(0).contains("6 more than the greedy plan (+60.0 %)"), optimised.notes()
                .toString());
    }

    @Test
    void reachingTheSafetyCapGivesTheGreedyPlanAndSaysSo() {
        List<Project> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(project("p" + i, Integer.toString(10 + i % 17), Integer.toString(i % 3), i % 3, Integer.toString(
                    i % 11), 5 + i % 13, 2027, 2031));
        }
        Projects ps = projects(2027, 2036, many);
        Budget budget = Budget.perYear(Money.parse("200", Money.USD), 2027, 2036);
        Plan greedy = new Planner(PriorityPolicy.DEFAULT).plan(ps, budget);
        Plan capped = new OptimisingPlanner(PriorityPolicy.DEFAULT, new OptimisingPlanner.Limits(OptimisingPlanner.Limits.MAX_MOVES,
                Duration.ofMillis(1))).plan(ps, budget, greedy);
        assertEquals(Planner.GREEDY, capped.planner());
        assertEquals(greedy.funded(), capped.funded());
        assertTrue(capped.notes().get(0).startsWith("optimiser: stopped by the safety cap"), capped.notes()
                .toString());
    }

    private static Gen<Project> projects() {
        return in -> {
            int first = integers().between(2027, 2030).generate(in);
            return project("P" + integers().between(0, 100_000).generate(in),
                    Integer.toString(integers().between(0, 300).generate(in)),
                    Integer.toString(integers().between(0, 30).generate(in)), integers().between(0, 2).generate(in),
                    Integer.toString(integers().between(0, 50).generate(in)), integers().between(0, 40).generate(in),
                    first, integers().between(first, 2030).generate(in));
        };
    }

    @Test
    void theOptimisedPlanKeepsEveryCeilingServesNoFewerAndIsTheSameEveryTime() {
        qt().withExamples(30).forAll(lists().of(projects()).ofSizeBetween(1, 40), integers().between(0, 400))
                .checkAssert((ps, ceiling) -> {
                    Map<String, Project> unique = new TreeMap<>();
                    ps.forEach(p -> unique.putIfAbsent(p.id(), p));
                    Projects projects = projects(2027, 2030, List.copyOf(unique.values()));
                    Budget budget = Budget.perYear(Money.of(BigDecimal.valueOf(ceiling), Money.USD), 2027, 2030);
                    Plan greedy = new Planner(PriorityPolicy.DEFAULT).plan(projects, budget);
                    Plan once = OPTIMISER.plan(projects, budget, greedy);
                    Plan again = OPTIMISER.plan(projects, budget, greedy);
                    assertEquals(once.funded(), again.funded());
                    assertTrue(people(once) >= people(greedy), people(once) + " < " + people(greedy));
                    Commitments c = new Commitments(budget, PriorityPolicy.DEFAULT);
                    once.funded().forEach(f -> c.commit(f.project(), f.start()));
                    for (int y = 2027; y <= 2030; y++) {
                        assertTrue(!once.spendPerYear().get(y).isGreaterThan(budget.total().get(y)), "" + y);
                    }
                });
    }
}
