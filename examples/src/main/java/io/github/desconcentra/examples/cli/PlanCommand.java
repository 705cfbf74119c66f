package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.GapSeries;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.Projects;
import io.github.desconcentra.costing.TypologySize;
import io.github.desconcentra.costing.optimiser.OptimisingPlanner;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra plan}: a multi-year plan under a budget. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Evaluate, cost and plan: write DIR/costs.csv, DIR/not_costed.csv, DIR/plan.csv,"
                + " DIR/unfunded.csv, DIR/excluded.csv and DIR/rejected.csv, and print what the plan achieves.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    TerritoryOptions territory;

    @Mixin
    InventoryOptions inventory;

    @Mixin
    EvaluateCommand.EvaluationArgs evaluation;

    @Mixin
    CostOptions costOptions;

    @Mixin
    PlanOptions planOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @ParentCommand
    Desconcentra root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        Horizon horizon = planOptions.horizon(t, root.clock);
        EvaluateCommand.EvaluationArgs.Evaluated done = evaluation.evaluate(t, territory.isReference(), inventory, w, spec.commandLine().getErr());
        CostReport report = costOptions.cost(t, done.evaluation());
        GapSeries series = horizon.series(t, done.whatIf(), evaluation.options().threads(), s -> { });
        Plan plan = planOptions.plan(series, done.engine(), costOptions, horizon);
        done.writeLeftOut(out);
        CostingCsv.writeCosts(report, t, out.resolve("costs.csv"));
        CostingCsv.writeNotCosted(report, t, out.resolve("not_costed.csv"));
        CostingCsv.writePlan(plan, t, out.resolve("plan.csv"));
        CostingCsv.writeUnfunded(plan, t, out.resolve("unfunded.csv"));
        printPlan(w, plan, PlanOutcomes.of(plan, t));
        return 0;
    }

    static void printPlan(PrintWriter w, Plan plan, PlanOutcomes o) {
        Map<Integer, Money> capex = plan.capexPerYear();
        Map<Integer, Money> recurrent = plan.recurrentPerYear();
        w.printf(Locale.ROOT, "%-6s %16s %16s %16s %16s  %s%n", "year", "ceiling (USD M)", "capex (USD M)",
                "recurrent (USD M)", "gap closed", "demand");
        for (int y = plan.budget().firstYear(); y <= plan.budget().lastYear(); y++) {
            w.printf(Locale.ROOT, "%-6d %,16.1f %,16.1f %,16.1f %15.1f%%  %s%n", y,
                    millions(plan.budget().total().get(y)), millions(capex.get(y)), millions(recurrent.get(y)),
                    o.closedByYear().get(y).movePointRight(2), plan.demand().get(y));
        }
        w.printf(Locale.ROOT, "%s plan: funded %d projects, unfunded %d; people served by %d: %,d of %,d%n",
                plan.planner(), plan.funded().size(), plan.unfunded().size(), plan.budget().lastYear(),
                o.peopleServed(), o.peopleInGap());
        plan.notes().forEach(n -> w.println("NOTE: " + n));
    }

    static BigDecimal millions(Money m) {
        return m.amount().divide(BigDecimal.valueOf(1_000_000), 1, java.math.RoundingMode.HALF_EVEN);
    }

    /** Years, budget, priority and planner options; shared by plan and run. */
    static final class PlanOptions {
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        BudgetSource budgetSource;

        static final class BudgetSource {
            @Option(names = "--budget-per-year", paramLabel = "AMOUNT", converter = OptionConverters.Decimal.class,
                    description = "The same total ceiling (USD) every plan year (default 1500000000): capex and the"
                            + " recurrent cost of what the plan opens count against it.")
            BigDecimal perYear;

            @Option(names = "--budget", paramLabel = "FILE",
                    description = "Ceilings CSV year,sector,amount (empty sector = the year's total); it sets the"
                            + " plan years (at most " + Budget.MAX_YEARS + ").")
            Path file;
        }

        @Option(names = "--first-year", paramLabel = "Y",
                description = "First plan year. Default: the first year after the population year that is not over"
                        + " (next year, e.g. 2027 in 2026). Not before the population year unless --allow-past-years;"
                        + " with projected demand, within the projections' years (INEC: 2010-2035).")
        Integer firstYear;

        @Option(names = "--last-year", paramLabel = "Y",
                description = "Last plan year. Default: first year + 9; at most " + Budget.MAX_YEARS
                        + " years in all. A year after the last projected one (INEC: 2035) holds that year's demand,"
                        + " and the reports say so.")
        Integer lastYear;

        @Option(names = "--scenario", paramLabel = Horizon.SENPLADES,
                description = "A named scenario: " + Horizon.SENPLADES + " replays the seed's plan, 2013-2021, on the"
                        + " population year's demand.")
        String scenario;

        @Option(names = "--allow-past-years", description = "Allow plan years before the population year.")
        boolean allowPastYears;

        @Option(names = "--demand", defaultValue = "projected", paramLabel = "projected|population-year",
                description = "projected (default): re-evaluate the standards on each plan year's projected"
                        + " population; population-year: hold the population year's demand every year.")
        String demand;

        @Option(names = "--priority", defaultValue = "largest-deficit",
                paramLabel = "largest-deficit|people-per-dollar|poverty-weighted",
                description = "How projects are ranked (default ${DEFAULT-VALUE}: the share of the standard unmet"
                        + " when the project comes, ties to the unit with more people unserved).")
        String priority;

        @Option(names = "--poverty-weights", paramLabel = "FILE",
                description = "CSV code,weight for --priority poverty-weighted (missing units weigh 1).")
        Path povertyWeights;

        @Option(names = "--sector-floor", paramLabel = "SECTOR=SHARE", split = ",",
                description = "Offer a sector this share of each year's ceiling first, e.g. rehabilitation=0.05.")
        Map<String, String> sectorFloors = new LinkedHashMap<>();

        @Option(names = "--sector-ceiling", paramLabel = "SECTOR=SHARE", split = ",",
                description = "Let a sector spend at most this share of each year's ceiling, e.g. health=0.5.")
        Map<String, String> sectorCeilings = new LinkedHashMap<>();

        @Option(names = "--carry-forward", description = "Carry unspent budget to the next year.")
        boolean carryForward;

        @Option(names = "--recurrent-per-year", paramLabel = "AMOUNT",
                description = "A separate ceiling (USD) for recurrent cost: capex then counts against the total"
                        + " ceiling and recurrent cost against this one.")
        BigDecimal recurrentPerYear;

        @Option(names = "--planner", defaultValue = "greedy", paramLabel = "greedy|optimised",
                description = "greedy (default): year by year, highest priority first; optimised: choose and"
                        + " schedule projects to serve the most people, starting from the greedy plan.")
        String planner;

        @Option(names = "--optimiser-moves", defaultValue = "" + OptimisingPlanner.DEFAULT_MOVES, paramLabel = "N",
                description = "Moves the optimiser evaluates (default ${DEFAULT-VALUE}; 1-1000000000): the result"
                        + " depends on this, not on the machine.")
        long optimiserMoves;

        @Option(names = "--optimiser-time-limit", defaultValue = "600", paramLabel = "SECONDS",
                description = "Safety cap on the optimiser's wall-clock time (default ${DEFAULT-VALUE}; 1-86400): if"
                        + " reached, the greedy plan is used and the reports say so.")
        long optimiserTimeLimit;

        /** Default ceiling when no budget is given: USD 1,500 million a year. */
        static final BigDecimal DEFAULT_PER_YEAR = new BigDecimal("1500000000");

        private Budget fileBudget;

        /** The plan years, checked. */
        Horizon horizon(Territory t, Clock clock) {
            int[] fileYears = null;
            if (budgetSource != null && budgetSource.file != null) {
                fileBudget = Budget.read(budgetSource.file);
                fileYears = new int[] {fileBudget.firstYear(), fileBudget.lastYear()};
            }
            return Horizon.resolve(t, firstYear, lastYear, fileYears, scenario, allowPastYears, demand, clock);
        }

        Budget budget(Horizon h) {
            Budget b;
            if (fileBudget != null) {
                b = fileBudget;
            } else {
                BigDecimal amount = budgetSource != null && budgetSource.perYear != null ? budgetSource.perYear
                        : DEFAULT_PER_YEAR;
                b = Budget.perYear(amount("--budget-per-year", amount), h.first(), h.last());
            }
            b = b.withCarryForward(carryForward);
            return recurrentPerYear == null ? b : b.withRecurrentCeiling(amount("--recurrent-per-year",
                    recurrentPerYear));
        }

        private static Money amount(String option, BigDecimal amount) {
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
                throw new InputException(Problem.of(option, "must be an amount in USD, not below 0, with at most 2"
                        + " decimals and 15 digits: " + amount.toPlainString()));
            }
            return Money.of(amount, Money.USD);
        }

        PriorityPolicy priorityPolicy() throws Exception {
            PriorityPolicy.Kind kind = null;
            for (PriorityPolicy.Kind k : PriorityPolicy.Kind.values()) {
                if (k.id().equals(priority)) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new InputException(Problem.of("--priority", "unknown priority \"" + priority
                        + "\" (expected largest-deficit, people-per-dollar or poverty-weighted)"));
            }
            try {
                return new PriorityPolicy(kind, weights(), shares("--sector-floor", sectorFloors),
                        shares("--sector-ceiling", sectorCeilings));
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.of("--sector-floor/--sector-ceiling", e.getMessage()));
            }
        }

        private static Map<String, BigDecimal> shares(String option, Map<String, String> given) {
            Map<String, BigDecimal> m = new TreeMap<>();
            List<Problem> problems = new ArrayList<>();
            given.forEach((s, v) -> {
                try {
                    Sector.fromId(s);
                    BigDecimal share = new BigDecimal(v.trim());
                    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                        throw new NumberFormatException();
                    }
                    m.put(s, share);
                } catch (NumberFormatException e) {
                    problems.add(Problem.of(option, "must be SECTOR=SHARE with a share within [0, 1]: " + s + "="
                            + v));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(option, e.getMessage()));
                }
            });
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return m;
        }

        /**
         * Builds the projects of the series and plans them with the chosen planner.
         *
         * @param progress told what the optimiser does
         */
        Plan plan(GapSeries series, StandardsEngine engine, CostOptions costs, Horizon h, Consumer<String> progress)
                throws Exception {
            PriorityPolicy policy = priorityPolicy();
            Budget budget = budget(h);
            if (!planner.equals("greedy") && !planner.equals("optimised")) {
                throw new InputException(Problem.of("--planner", "must be greedy or optimised: " + planner));
            }
            if (optimiserMoves < 1 || optimiserMoves > OptimisingPlanner.Limits.MAX_MOVES) {
                throw new InputException(Problem.of("--optimiser-moves", "must be within 1-"
                        + OptimisingPlanner.Limits.MAX_MOVES + ": " + optimiserMoves));
            }
            if (optimiserTimeLimit < 1 || optimiserTimeLimit > 86_400) {
                throw new InputException(Problem.of("--optimiser-time-limit", "must be within 1-86400 seconds: "
                        + optimiserTimeLimit));
            }
            Projects projects = Projects.of(series, costs.unitCosts(), costs.policy(), sizes(engine), policy);
            Plan greedy = new Planner(policy).plan(projects, budget);
            if (planner.equals("greedy")) {
                return greedy;
            }
            progress.accept("optimising " + projects.ranked().size() + " projects over " + h.years() + " ("
                    + optimiserMoves + " moves)");
            return new OptimisingPlanner(policy, new OptimisingPlanner.Limits(optimiserMoves,
                    Duration.ofSeconds(optimiserTimeLimit))).plan(projects, budget, greedy);
        }

        Plan plan(GapSeries series, StandardsEngine engine, CostOptions costs, Horizon h) throws Exception {
            return plan(series, engine, costs, h, s -> { });
        }

        static List<TypologySize> sizes(StandardsEngine engine) {
            return engine.catalogue().typologies().values().stream()
                    .map(t -> new TypologySize(t.code(), t.capacity(), t.staffTotal())).toList();
        }

        private Map<UnitCode, BigDecimal> weights() throws Exception {
            Map<UnitCode, BigDecimal> m = new HashMap<>();
            if (povertyWeights == null) {
                return m;
            }
            List<Problem> problems = new ArrayList<>();
            String name = povertyWeights.toString();
            try (InputStream in = InputFiles.open(povertyWeights, CsvTable.MAX_BYTES)) {
                CsvTable t = CsvTable.read(name, in, List.of("code", "weight"), List.of(), null, problems);
                Cells cells = new Cells(name, problems);
                for (CsvTable.Row row : t.rows()) {
                    UnitCode code = cells.parse(row, "code", UnitCode::parse);
                    BigDecimal weight = cells.parse(row, "weight", v -> {
                        BigDecimal d = Cells.parseDecimal(v);
                        if (d.signum() < 0) {
                            throw new IllegalArgumentException("must not be negative");
                        }
                        return d;
                    });
                    if (code != null && weight != null && m.putIfAbsent(code, weight) != null) {
                        cells.problem(row, "code", code.value(), "weight given twice");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return m;
        }
    }
}
