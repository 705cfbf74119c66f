package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A multi-year plan: which projects start in which year, and what is left unfunded with the reason.
 *
 * @param planner how it was made, e.g. {@code greedy} or {@code optimised}
 * @param budget the ceilings used
 * @param funded funded projects in start-year order, then priority order; each once
 * @param unfunded projects left out, with the reason, in priority order
 * @param notPlanned gap lines that became no project, with the reason
 * @param demand how each plan year's demand is known
 * @param notes what the reader must know about how the plan was made (a fallback, a floor that could not be met);
 *     copied
 */
public record Plan(String planner, Budget budget, List<Funded> funded, List<Unfunded> unfunded,
                   List<Projects.NotPlanned> notPlanned, Map<Integer, String> demand, List<String> notes) {
    /** Copies; checks every funded project starts within the plan and opens by its last year. */
    public Plan {
        Preconditions.requireText(planner, "planner", "plan");
        Preconditions.requireNonNull(budget, "budget");
        funded = List.copyOf(funded);
        for (Funded f : funded) {
            Preconditions.check(f.start() >= budget.firstYear() && f.opening() <= budget.lastYear(),
                    "project %s starts in %d and opens in %d, outside %d-%d", f.project().id(), f.start(),
                    f.opening(), budget.firstYear(), budget.lastYear());
        }
        unfunded = List.copyOf(unfunded);
        notPlanned = List.copyOf(notPlanned);
        demand = Collections.unmodifiableMap(new TreeMap<>(demand));
        notes = List.copyOf(notes);
    }

    /**
     * A funded project.
     *
     * @param project never null
     * @param start the year it starts (its first capex payment)
     */
    public record Funded(Project project, int start) {
        /** The year it opens. */
        public int opening() {
            return project.opening(start);
        }
    }

    /**
     * A project the plan leaves out.
     *
     * @param project never null
     * @param reason why, in words
     */
    public record Unfunded(Project project, String reason) {
    }

    /** Capex paid each plan year, all sectors. */
    public SortedMap<Integer, Money> capexPerYear() {
        return perYear((f, y) -> f.project().capexIn(f.start(), y));
    }

    /** Recurrent cost of the plan's open projects each plan year, all sectors. */
    public SortedMap<Integer, Money> recurrentPerYear() {
        return perYear((f, y) -> f.project().recurrentIn(f.start(), y));
    }

    private SortedMap<Integer, Money> perYear(java.util.function.BiFunction<Funded, Integer, Money> amount) {
        SortedMap<Integer, Money> m = zeroPerYear();
        for (Funded f : funded) {
            for (int y = f.start(); y <= budget.lastYear(); y++) {
                m.merge(y, amount.apply(f, y), Money::plus);
            }
        }
        return m;
    }

    /** Capex plus recurrent cost each plan year, all sectors. */
    public SortedMap<Integer, Money> spendPerYear() {
        SortedMap<Integer, Money> m = capexPerYear();
        recurrentPerYear().forEach((y, v) -> m.merge(y, v, Money::plus));
        return m;
    }

    /** Capex plus recurrent cost each plan year, by sector id. */
    public SortedMap<Integer, SortedMap<String, Money>> spendPerYearAndSector() {
        SortedMap<Integer, SortedMap<String, Money>> m = new TreeMap<>();
        for (int y = budget.firstYear(); y <= budget.lastYear(); y++) {
            m.put(y, new TreeMap<>());
        }
        for (Funded f : funded) {
            for (int y = f.start(); y <= budget.lastYear(); y++) {
                Money c = f.project().costIn(f.start(), y);
                if (!c.isZero()) {
                    m.get(y).merge(f.project().sector(), c, Money::plus);
                }
            }
        }
        return m;
    }

    /** The recurrent cost per year the plan commits once every funded project is open. */
    public Money recurrentCommitted() {
        return Money.total(Money.USD, funded.stream().map(f -> f.project().opexPerYear()).toList());
    }

    /** Capex of every funded project. */
    public Money fundedCapex() {
        return Money.total(Money.USD, funded.stream().map(f -> f.project().capex()).toList());
    }

    private SortedMap<Integer, Money> zeroPerYear() {
        SortedMap<Integer, Money> m = new TreeMap<>();
        for (int y = budget.firstYear(); y <= budget.lastYear(); y++) {
            m.put(y, Money.zero(Money.USD));
        }
        return m;
    }
}
