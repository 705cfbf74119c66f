package io.github.desconcentra.costing.optimiser;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Commitments;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.Project;
import io.github.desconcentra.costing.Projects;
import io.github.desconcentra.territory.internal.Preconditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses and schedules projects to serve the most people by the last plan year under the same rules as the greedy
 * planner ({@link Commitments}: capex spread over the build years plus recurrent cost within every yearly, recurrent
 * and sector ceiling; a project starts in a year it is needed and opens within the plan), then to serve them as soon
 * as possible (people-years).
 *
 * <p>It starts from the greedy plan and improves it by local search (Timefold Solver: moves that start, stop, move or
 * swap projects): late acceptance for four fifths of the moves, then tabu search, which takes the best of a thousand
 * moves at each step even when it is worse and so escapes plans that no single move improves. It keeps the best plan
 * seen, so it never serves fewer people than the greedy plan. Projects the greedy plan
 * funded to meet sector floors stay where they are. The search runs single-threaded with a fixed random seed for a
 * number of moves: the same inputs give the same plan on any machine. The wall-clock limit is only a safety cap: if
 * it is reached, the result would depend on the machine, so the greedy plan is returned, with a note saying so; the
 * same happens if the search ends on a plan that breaks a ceiling (it cannot, as it starts from a feasible plan and
 * keeps the best, but it is checked).
 */
public final class OptimisingPlanner {
    /** The name of this planner in a plan. */
    public static final String OPTIMISED = "optimised";
    /** The default number of moves the search evaluates. */
    public static final long DEFAULT_MOVES = 2_000_000;
    /** The reason of a project the optimiser left out. */
    public static final String NOT_CHOSEN = "not chosen: the ceilings serve more people with other projects";
    /** The random seed of the search (fixed: the plan must not depend on a draw). */
    private static final long SEED = 0;
    /** Late acceptance: a move is taken when it is no worse than the plan this many steps ago. */
    private static final int LATE = 400;
    /** Projects a move may not touch again soon (tabu search escapes plans that no single move improves). */
    private static final int TABU = 10;
    /** Moves weighed per step; the best of them is taken, even when it is worse (then tabu keeps it from undoing). */
    private static final int ACCEPTED = 1_000;
    private final PriorityPolicy policy;
    private final Limits limits;

    /**
     * How long the search may run.
     *
     * @param moves moves the search evaluates, 1-1,000,000,000: the result depends on this (a count of moves ends
     *     the search even in a step where no move is accepted, which a count of steps would not)
     * @param safetyCap wall-clock cap; reaching it gives back the greedy plan
     */
    public record Limits(long moves, Duration safetyCap) {
        /** The largest move budget. */
        public static final long MAX_MOVES = 1_000_000_000L;

        /** @throws IllegalArgumentException naming the value when out of range */
        public Limits {
            Preconditions.check(moves >= 1 && moves <= MAX_MOVES, "moves must be within 1-%d: %d", MAX_MOVES, moves);
            Preconditions.check(safetyCap != null && !safetyCap.isNegative() && !safetyCap.isZero(),
                    "the safety cap must be positive: %s", safetyCap);
        }
    }

    /** An optimiser with this policy's sector floors and ceilings and these limits. */
    public OptimisingPlanner(PriorityPolicy policy, Limits limits) {
        this.policy = Preconditions.requireNonNull(policy, "priority policy");
        this.limits = Preconditions.requireNonNull(limits, "limits");
    }

    /**
     * Plans the projects under the budget, starting from the greedy plan of the same projects, budget and policy.
     *
     * @param greedy the greedy plan ({@link io.github.desconcentra.costing.Planner}), never null
     * @return the optimised plan, or the greedy plan with a note when the safety cap was reached
     */
    public Plan plan(Projects projects, Budget budget, Plan greedy) {
        Preconditions.check(greedy.budget().equals(budget), "the greedy plan was made under another budget");
        Commitments check = new Commitments(budget, policy);
        Ledger ledger = new Ledger(budget, policy, projects.ranked().stream().map(Project::sector).distinct()
                .sorted().toList());
        Map<Project, Integer> greedyStart = new IdentityHashMap<>();
        greedy.funded().forEach(f -> greedyStart.put(f.project(), f.start()));
        Set<Project> floors = floorProjects(greedy, budget);
        List<Choice> choices = new ArrayList<>();
        List<Project> byChoice = new ArrayList<>();
        for (Project p : projects.ranked()) {
            List<Integer> years = p.neededIn().stream().filter(y -> check.mayStart(p, y)).toList();
            if (p.isFree() || years.isEmpty()) {
                continue;
            }
            choices.add(new Choice(choices.size(), p.sector(), Commitments.cents(p.capex()),
                    Commitments.cents(p.opexPerYear()), p.buildYears(), p.peopleServed(), budget.lastYear(), years,
                    ledger, greedyStart.get(p), floors.contains(p)));
            byChoice.add(p);
        }
        long greedyPeople = people(greedy);
        if (choices.isEmpty()) {
            return note(greedy, "optimiser: no project can be funded, so the plan is the greedy one");
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Portfolio.class)
                .withEntityClasses(Choice.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(SEED)
                .withMoveThreadCount("NONE")
                .withPhases(new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(
                                        Math.max(1, limits.moves() / 5 * 4))),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withEntityTabuSize(Math.max(1, Math.min(TABU, choices.size() / 10))))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED)))
                .withTerminationConfig(new TerminationConfig()
                        .withMoveCountLimit(limits.moves())
                        .withSpentLimit(limits.safetyCap()));
        Solver<Portfolio> solver = SolverFactory.<Portfolio>create(config).buildSolver();
        long began = System.nanoTime();
        Portfolio best = solver.solve(new Portfolio(choices));
        Duration spent = Duration.ofNanos(System.nanoTime() - began);
        if (spent.compareTo(limits.safetyCap()) >= 0) {
            return note(greedy, String.format(Locale.ROOT, "optimiser: stopped by the safety cap of %s before its"
                    + " %,d moves; its result would depend on the machine, so the plan is the greedy one",
                    limits.safetyCap(), limits.moves()));
        }
        HardMediumSoftLongScore score = best.score;
        List<Plan.Funded> funded = new ArrayList<>();
        List<Choice> chosen = new ArrayList<>(best.choices.stream().filter(c -> c.start != null).toList());
        chosen.sort(Comparator.comparingInt((Choice c) -> c.start).thenComparingInt(c -> c.index));
        for (Choice c : chosen) {
            Project p = byChoice.get(c.index);
            if (!check.fits(p, c.start)) {
                return note(greedy, "optimiser: its plan broke a ceiling (" + p.id() + " in " + c.start + ", score "
                        + score + "), so the plan is the greedy one");
            }
            check.commit(p, c.start);
            funded.add(new Plan.Funded(p, c.start));
        }
        funded.sort(Comparator.comparingInt(Plan.Funded::start).thenComparing(Plan.Funded::project,
                Projects.PRIORITY));
        Set<Project> in = new HashSet<>();
        funded.forEach(f -> in.add(f.project()));
        List<Plan.Unfunded> unfunded = new ArrayList<>();
        for (Project p : projects.ranked()) {
            if (!in.contains(p)) {
                unfunded.add(new Plan.Unfunded(p, check.whyNot(p, NOT_CHOSEN)));
            }
        }
        Plan plan = new Plan(OPTIMISED, budget, funded, unfunded, projects.notPlanned(), projects.demand(),
                List.of());
        long people = people(plan);
        if (people < greedyPeople) {
            return note(greedy, "optimiser: its plan served fewer people than the greedy one, so the plan is the"
                    + " greedy one");
        }
        String gain = greedyPeople == 0 ? "" : String.format(Locale.ROOT, " (%+.1f %%)",
                (people - greedyPeople) * 100.0 / greedyPeople);
        return new Plan(OPTIMISED, budget, funded, unfunded, projects.notPlanned(), projects.demand(), List.of(
                String.format(Locale.ROOT, "optimised from the greedy plan in %,d moves (%.1f s): %,d people"
                        + " served by %d, %,d more than the greedy plan%s", limits.moves(),
                        spent.toMillis() / 1000.0, people, budget.lastYear(), people - greedyPeople, gain)));
    }

    /** People served by the funded projects of a plan (all open by its last year). */
    static long people(Plan plan) {
        return plan.funded().stream().mapToLong(f -> f.project().peopleServed()).sum();
    }

    private static Plan note(Plan greedy, String note) {
        List<String> notes = new ArrayList<>(greedy.notes());
        notes.add(note);
        return new Plan(greedy.planner(), greedy.budget(), greedy.funded(), greedy.unfunded(), greedy.notPlanned(),
                greedy.demand(), notes);
    }

    /** The projects the greedy plan funded in its floor pass: kept where they are. */
    private Set<Project> floorProjects(Plan greedy, Budget budget) {
        Set<Project> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (policy.sectorFloors().isEmpty()) {
            return kept;
        }
        Commitments replay = new Commitments(budget, policy);
        for (Plan.Funded f : greedy.funded()) {
            java.math.BigDecimal floor = policy.sectorFloors().get(f.project().sector());
            if (floor != null && replay.fitsWithin(f.project(), f.start(), floor)) {
                kept.add(f.project());
            }
            replay.commit(f.project(), f.start());
        }
        return kept;
    }
}
