package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schedules the projects of a cost report over the years of a budget, serving first the highest priority.
 *
 * <p>Each year, projects are taken in priority order (score descending; ties by unit code, sector, typology, action)
 * and funded when their cost fits what is left of the year's total ceiling and of their sector's ceiling; a project
 * that does not fit is skipped, and a lower-priority one that fits is funded (greedy). A project's capex is paid in
 * its start year; it is complete after its typology's build years. When the budget says so, the opex of completed
 * projects counts against later ceilings (a project is funded only if every later year can carry its opex), and
 * unspent budget carries to the next year. What is left at the end is unfunded, with its reason.
 */
public final class Planner {
    private final UnitCosts costs;
    private final PriorityPolicy priority;

    /** A planner using these unit costs (for build years) and this priority policy. */
    public Planner(UnitCosts costs, PriorityPolicy priority) {
        this.costs = Preconditions.requireNonNull(costs, "unit costs");
        this.priority = Preconditions.requireNonNull(priority, "priority policy");
    }

    /** The projects of a report, ranked. */
    public List<Project> projects(Territory territory, CostReport report) {
        List<CostLine> lines = report.standardLines();
        Map<UnitCode, Money> gapOfUnit = new HashMap<>();
        for (CostLine l : lines) {
            gapOfUnit.merge(l.unit(), l.capex().plus(l.opexPerYear()), Money::plus);
        }
        List<Project> projects = new ArrayList<>();
        for (CostLine l : lines) {
            long population = Math.max(1, territory.population(l.unit()));
            Money own = l.capex().plus(l.opexPerYear());
            BigDecimal score;
            String inputs;
            switch (priority.kind()) {
                case PEOPLE_PER_DOLLAR -> {
                    BigDecimal dollars = own.amount().max(BigDecimal.ONE);
                    score = BigDecimal.valueOf(population).divide(dollars, 6, RoundingMode.HALF_EVEN);
                    inputs = "population=" + population + "; project_cost=" + own.toPlainString();
                }
                case POVERTY_WEIGHTED -> {
                    BigDecimal w = priority.povertyWeights().getOrDefault(l.unit(), BigDecimal.ONE);
                    score = gapOfUnit.get(l.unit()).amount().multiply(w)
                            .divide(BigDecimal.valueOf(population), 6, RoundingMode.HALF_EVEN);
                    inputs = "unit_gap_cost=" + gapOfUnit.get(l.unit()).toPlainString() + "; population=" + population
                            + "; poverty_weight=" + w.toPlainString();
                }
                default -> {
                    score = gapOfUnit.get(l.unit()).amount().divide(BigDecimal.valueOf(population), 6,
                            RoundingMode.HALF_EVEN);
                    inputs = "unit_gap_cost=" + gapOfUnit.get(l.unit()).toPlainString() + "; population=" + population;
                }
            }
            int build = costs.of(l.typology()).map(UnitCost::buildYears).orElse(0);
            if (l.action().equals(Action.HIRE.id())) {
                build = 0;
            }
            projects.add(new Project(l.unit().value() + "/" + l.typology() + "/" + l.action(), l.unit(), l.sector(),
                    l.typology(), l.action(), l.quantity(), l.capex(), l.opexPerYear(), build, score, inputs));
        }
        projects.sort(ORDER);
        return projects;
    }

    /** Priority order: score descending, then unit code, sector, typology, action. */
    public static final Comparator<Project> ORDER = Comparator.comparing(Project::priority).reversed()
            .thenComparing(p -> p.unit().value()).thenComparing(Project::sector).thenComparing(Project::typology)
            .thenComparing(Project::action);

    /** Plans the projects of a report under a budget. */
    public Plan plan(Territory territory, CostReport report, Budget budget) {
        return schedule(projects(territory, report), budget);
    }

    /** Schedules ranked projects under a budget. */
    public static Plan schedule(List<Project> ranked, Budget budget) {
        Set<Project> left = new LinkedHashSet<>(ranked);
        Map<Integer, Money> committedOpex = new TreeMap<>();
        Map<Integer, Map<String, Money>> committedSectorOpex = new TreeMap<>();
        Map<Integer, Money> spend = new TreeMap<>();
        List<Plan.Funded> funded = new ArrayList<>();
        Money zero = Money.zero(Money.USD);
        Money cumulative = zero;
        Money carry = zero;
        for (int y = budget.firstYear(); y <= budget.lastYear(); y++) {
            Money available = budget.total().get(y).plus(carry).minus(committedOpex.getOrDefault(y, zero));
            Money spent = zero;
            Map<String, Money> sectorSpent = new HashMap<>();
            for (Project p : new ArrayList<>(left)) {
                int completion = y + p.buildYears();
                Money cost = budget.opexCountsAgainstBudget() && completion <= y ? p.capex().plus(p.opexPerYear())
                        : p.capex();
                if (cost.isGreaterThan(available.minus(spent))) {
                    continue;
                }
                Money sectorUsed = sectorSpent.getOrDefault(p.sector(), zero)
                        .plus(committedSectorOpex.getOrDefault(y, Map.of()).getOrDefault(p.sector(), zero));
                if (budget.sectorCeiling(y, p.sector()).map(c -> cost.isGreaterThan(c.minus(sectorUsed)))
                        .orElse(false)) {
                    continue;
                }
                if (budget.opexCountsAgainstBudget() && !laterYearsCarry(p, y, budget, committedOpex,
                        committedSectorOpex)) {
                    continue;
                }
                spent = spent.plus(cost);
                sectorSpent.merge(p.sector(), cost, Money::plus);
                cumulative = cumulative.plus(p.capex());
                if (budget.opexCountsAgainstBudget()) {
                    for (int later = Math.max(completion, y + 1); later <= budget.lastYear(); later++) {
                        committedOpex.merge(later, p.opexPerYear(), Money::plus);
                        committedSectorOpex.computeIfAbsent(later, k -> new HashMap<>())
                                .merge(p.sector(), p.opexPerYear(), Money::plus);
                    }
                }
                funded.add(new Plan.Funded(y, completion, p, cumulative));
                left.remove(p);
            }
            spend.put(y, spent.plus(committedOpex.getOrDefault(y, zero)));
            carry = budget.carryForward() ? available.minus(spent) : zero;
            if (carry.isNegative()) {
                carry = zero;
            }
        }
        Money largest = budget.total().values().stream().max(Money::compareTo).orElse(zero);
        List<Plan.Unfunded> unfunded = new ArrayList<>();
        for (Project p : left) {
            String reason = p.capex().isGreaterThan(largest) ? "its capex " + p.capex().toPlainString()
                    + " exceeds every year's ceiling (largest " + largest.toPlainString() + ")"
                    : "the budget " + budget.firstYear() + "-" + budget.lastYear()
                    + " was spent on higher-priority projects first";
            unfunded.add(new Plan.Unfunded(p, reason));
        }
        return new Plan(budget, funded, unfunded, spend);
    }

    private static boolean laterYearsCarry(Project p, int start, Budget budget, Map<Integer, Money> committed,
                                           Map<Integer, Map<String, Money>> committedSector) {
        Money zero = Money.zero(Money.USD);
        for (int y = Math.max(start + p.buildYears(), start + 1); y <= budget.lastYear(); y++) {
            if (committed.getOrDefault(y, zero).plus(p.opexPerYear()).isGreaterThan(budget.total().get(y))) {
                return false;
            }
            Money sectorCommitted = committedSector.getOrDefault(y, Map.of()).getOrDefault(p.sector(), zero);
            if (budget.sectorCeiling(y, p.sector()).map(c -> sectorCommitted.plus(p.opexPerYear())
                    .isGreaterThan(c)).orElse(false)) {
                return false;
            }
        }
        return true;
    }
}
