package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.CostingCsv;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.standards.InventoryIo;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desconcentra plan}: a multi-year plan under a budget. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Evaluate, cost and plan: write DIR/costs.csv, DIR/not_costed.csv, DIR/plan.csv,"
                + " DIR/unfunded.csv and DIR/rejected.csv.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    TerritoryOptions territory;

    @Mixin
    EvaluateCommand.EvaluationArgs evaluation;

    @Mixin
    CostOptions costOptions;

    @Mixin
    PlanOptions planOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        OutputFolder.prepare("--out", out);
        Territory t = territory.load();
        EvaluateCommand.EvaluationArgs.Evaluated done = evaluation.evaluate(t, w, spec.commandLine().getErr());
        CostReport report = costOptions.cost(t, done.evaluation());
        Plan plan = planOptions.planner(costOptions).plan(t, report, planOptions.budget());
        InventoryIo.writeRejected(done.inventory().rejected(), out.resolve("rejected.csv"), true);
        CostingCsv.writeCosts(report, out.resolve("costs.csv"));
        CostingCsv.writeNotCosted(report, out.resolve("not_costed.csv"));
        CostingCsv.writePlan(plan, out.resolve("plan.csv"));
        CostingCsv.writeUnfunded(plan, out.resolve("unfunded.csv"));
        printPlan(w, plan);
        return 0;
    }

    static void printPlan(PrintWriter w, Plan plan) {
        for (Map.Entry<Integer, Money> y : new java.util.TreeMap<>(plan.spendPerYear()).entrySet()) {
            w.printf(Locale.ROOT, "%d  spend %,20.0f  of %,20.0f%n", y.getKey(), y.getValue().amount(),
                    plan.budget().total().get(y.getKey()).amount());
        }
        w.printf(Locale.ROOT, "funded %d projects, unfunded %d%n", plan.funded().size(), plan.unfunded().size());
    }

    /** Budget and priority options; shared by plan and run. */
    static final class PlanOptions {
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        BudgetSource budgetSource;

        static final class BudgetSource {
            @Option(names = "--budget-per-year", paramLabel = "AMOUNT", converter = OptionConverters.Decimal.class,
                    description = "The same ceiling (USD) every year of --first-year..--last-year.")
            BigDecimal perYear;

            @Option(names = "--budget", paramLabel = "FILE",
                    description = "Ceilings CSV year,sector,amount (empty sector = the year's total).")
            Path file;
        }

        @Option(names = "--first-year", defaultValue = "2013", paramLabel = "Y",
                description = "First year of a --budget-per-year plan (default ${DEFAULT-VALUE}).")
        int firstYear;

        @Option(names = "--last-year", defaultValue = "2021", paramLabel = "Y",
                description = "Last year of a --budget-per-year plan (default ${DEFAULT-VALUE}).")
        int lastYear;

        @Option(names = "--priority", defaultValue = "deficit-per-capita",
                paramLabel = "deficit-per-capita|people-per-dollar|poverty-weighted",
                description = "How projects are ranked (default ${DEFAULT-VALUE}).")
        String priority;

        @Option(names = "--poverty-weights", paramLabel = "FILE",
                description = "CSV code,weight for --priority poverty-weighted (missing units weigh 1).")
        Path povertyWeights;

        @Option(names = "--carry-forward", description = "Carry unspent budget to the next year.")
        boolean carryForward;

        @Option(names = "--opex-counts", description = "Count the opex of completed projects against later years.")
        boolean opexCounts;

        /** Default ceiling when no budget is given: USD 1,500 million a year. */
        static final BigDecimal DEFAULT_PER_YEAR = new BigDecimal("1500000000");

        Budget budget() {
            Budget b;
            if (budgetSource != null && budgetSource.file != null) {
                b = Budget.read(budgetSource.file);
            } else {
                BigDecimal amount = budgetSource != null && budgetSource.perYear != null ? budgetSource.perYear
                        : DEFAULT_PER_YEAR;
                if (amount.signum() < 0 || amount.scale() > 2) {
                    throw new InputException(Problem.of("--budget-per-year", "must be an amount not below 0 with at"
                            + " most 2 decimals: " + amount.toPlainString()));
                }
                b = Budget.perYear(Money.of(amount, Money.USD), firstYear, lastYear);
            }
            return b.withPolicies(carryForward, opexCounts);
        }

        Planner planner(CostOptions costs) throws Exception {
            PriorityPolicy.Kind kind = switch (priority) {
                case "deficit-per-capita" -> PriorityPolicy.Kind.DEFICIT_PER_CAPITA;
                case "people-per-dollar" -> PriorityPolicy.Kind.PEOPLE_PER_DOLLAR;
                case "poverty-weighted" -> PriorityPolicy.Kind.POVERTY_WEIGHTED;
                default -> throw new InputException(Problem.of("--priority", "unknown priority \"" + priority
                        + "\" (expected deficit-per-capita, people-per-dollar or poverty-weighted)"));
            };
            return new Planner(costs.unitCosts(), new PriorityPolicy(kind, weights()));
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
