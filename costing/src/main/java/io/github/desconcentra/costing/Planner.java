package io.github.desconcentra.costing;

import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The greedy planner: year by year, the highest-priority projects first.
 *
 * <p>Each year, first every sector with a floor is offered its share of the year's total ceiling: its projects, in
 * priority order, are funded while the sector's spending of that year stays within the floor. Then all projects
 * needed that year, in priority order, are funded when they fit (see {@link Commitments}: capex spread over the
 * build years plus the recurrent cost of everything open, in every later year, within the ceilings). A project that
 * does not fit is skipped and a lower-priority one that fits is funded. What is left at the end is unfunded, with the
 * reason.
 */
public final class Planner {
    /** The name of this planner in a plan. */
    public static final String GREEDY = "greedy";
    /** The reason of a project left out because the ceilings went to higher-priority projects. */
    public static final String SPENT_ELSEWHERE = "the ceilings of the years it is needed went to higher-priority"
            + " projects";
    private final PriorityPolicy policy;

    /** A planner with this policy's sector floors and ceilings. */
    public Planner(PriorityPolicy policy) {
        this.policy = Preconditions.requireNonNull(policy, "priority policy");
    }

    /**
     * Plans ranked projects under a budget.
     *
     * @param projects never null; their years must be those of the budget
     * @throws IllegalArgumentException when the years of the projects and of the budget differ
     */
    public Plan plan(Projects projects, Budget budget) {
        Preconditions.check(projects.firstYear() == budget.firstYear() && projects.lastYear() == budget.lastYear(),
                "the projects are of %d-%d but the budget of %d-%d", projects.firstYear(), projects.lastYear(),
                budget.firstYear(), budget.lastYear());
        Commitments c = new Commitments(budget, policy);
        Set<Project> left = new LinkedHashSet<>(projects.ranked());
        List<Plan.Funded> funded = new ArrayList<>();
        for (int y = budget.firstYear(); y <= budget.lastYear(); y++) {
            for (Map.Entry<String, BigDecimal> floor : policy.sectorFloors().entrySet()) {
                for (Project p : new ArrayList<>(left)) {
                    if (p.sector().equals(floor.getKey()) && c.fitsWithin(p, y, floor.getValue())) {
                        c.commit(p, y);
                        funded.add(new Plan.Funded(p, y));
                        left.remove(p);
                    }
                }
            }
            for (Project p : new ArrayList<>(left)) {
                if (c.fits(p, y)) {
                    c.commit(p, y);
                    funded.add(new Plan.Funded(p, y));
                    left.remove(p);
                }
            }
        }
        funded.sort(java.util.Comparator.comparingInt(Plan.Funded::start).thenComparing(Plan.Funded::project,
                Projects.PRIORITY));
        List<Plan.Unfunded> unfunded = new ArrayList<>();
        for (Project p : left) {
            unfunded.add(new Plan.Unfunded(p, c.whyNot(p, SPENT_ELSEWHERE)));
        }
        return new Plan(GREEDY, budget, funded, unfunded, projects.notPlanned(), projects.demand(), List.of());
    }
}
